package convenio.cases;

import java.nio.file.Path;

/** Where a case's account comes from: a file (TISS XML, YAML or JSON), or YAML written inline in the case. */
public sealed interface AccountRef {
  /** The line of the case file that names or holds the account, for error messages. */
  int line();

  record FromFile(Path path, int line) implements AccountRef {}

  /** {@code yaml} is the inline account re-serialized on its own; {@code line} is where it starts in the case file. */
  record Inline(String yaml, int line) implements AccountRef {}
}
