package convenio.syntax;

import convenio.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A contract file with everything it imports, parsed: {@code files} in dependency order (imports before importers,
 * the main file last), their sources by name (for rendering diagnostics with the source line), and every diagnostic
 * found while reading and parsing them.
 */
public record Program(List<ContractFile> files, Map<String, SourceFile> sources, List<Diagnostic> diagnostics) {
  public Program {
    files = List.copyOf(files);
    sources = Map.copyOf(sources);
    diagnostics = List.copyOf(diagnostics);
  }

  public ContractFile main() {
    return files.isEmpty() ? null : files.get(files.size() - 1);
  }

  /** The directory a file's relative paths resolve against, or null for the standard library and in-memory sources. */
  public Path dirOf(String fileName) {
    SourceFile s = sources.get(fileName);
    return s == null ? null : s.dir();
  }
}
