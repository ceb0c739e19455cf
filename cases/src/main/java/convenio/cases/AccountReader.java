package convenio.cases;

import convenio.model.Account;
import java.nio.file.Path;

/**
 * Reads the accounts cases refer to. The runner does not know TISS XML or the YAML account form: the command line
 * passes the tiss module's readers, tests can pass their own.
 */
public interface AccountReader {
  /** A TISS XML lote, or an account in the YAML/JSON form, by its extension. */
  Read read(Path file);

  /** An account written inline in a case file, starting at {@code line} of {@code caseFile}. */
  Read readInline(String yaml, Path caseFile, int line);

  /** The account, or why there is none (a message with file and line when known). */
  record Read(Account account, String problem) {
    public static Read ok(Account a) {
      return new Read(a, null);
    }

    public static Read failed(String problem) {
      return new Read(null, problem);
    }
  }
}
