package convenio.syntax;

import java.nio.file.Path;

/**
 * A rule file's text and where it came from. {@code name} is how diagnostics name it (a path as the user gave it, or
 * {@code std/tiss/glosas.convenio} for the standard library); {@code dir} resolves relative table and import paths,
 * and is null for files that are not on disk (strings, classpath resources).
 */
public record SourceFile(String name, String text, Path dir) {}
