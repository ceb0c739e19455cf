package convenio.artifact;

import java.nio.file.Path;

/**
 * A compiled contract that cannot be used, with a message that names the file and a hint. Callers turn it into a
 * {@link convenio.diagnostics.Diagnostic} (see {@code convenio.api.Artifacts}); nothing of the file is kept.
 */
public final class ArtifactException extends Exception {
  private final String file;
  private final String hint;

  public ArtifactException(String file, String problem, String hint) {
    super(file + " " + problem);
    this.file = file;
    this.hint = hint;
  }

  public ArtifactException(Path file, String problem, String hint) {
    this(file.toString(), problem, hint);
  }

  public String file() {
    return file;
  }

  public String hint() {
    return hint;
  }
}
