package convenio.cases;

import java.nio.file.Path;

/** Where a case's account comes from: a file (TISS XML, YAML or JSON), or YAML written inline in the case. */
public sealed interface AccountRef {
  /** The line of the case file that names or holds the account, for error messages. */
  int line();

  record FromFile(Path path, int line) implements AccountRef {}

  /**
   * {@code yaml} is the inline account as written, on the case file's lines from {@code line} on (or, when it takes
   * parts from elsewhere in the file, re-serialized on its own).
   */
  record Inline(String yaml, int line) implements AccountRef {}
}
