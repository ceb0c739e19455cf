package convenio.artifact;

import convenio.syntax.Program;
import convenio.tables.TableLoader;

/**
 * The decoded content of a compiled contract: its header, the checked program (the AST of every file, with the source
 * texts for showing diagnostics and explanations), and the loaded tables. {@code checksum} is the hex SHA-256 the
 * file ends with, which names this exact artifact. Its content digest was checked before it was decoded.
 */
public record Artifact(ArtifactHeader header, Program program, TableLoader.Result tables, String checksum) {}
