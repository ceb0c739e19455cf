package convenio.cases;

import java.nio.file.Path;

/** Something wrong in a case file (bad YAML, unknown key, a value that is not money …), with its place. */
public record CaseProblem(Path file, int line, String message) {
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
