package convenio.cases;

import convenio.model.Account;
import convenio.tiss.AccountFiles;
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

  /**
   * The readers of the tiss module ({@link AccountFiles}). For test cases an account read with errors (a guide
   * skipped) is not run: its result would mislead.
   */
  static AccountReader ofFiles() {
    return new AccountReader() {
      @Override
      public Read read(Path file) {
        return Read.of(AccountFiles.load(file));
      }

      @Override
      public Read readInline(String yaml, Path caseFile, int line) {
        return Read.of(AccountFiles.yaml(yaml, caseFile, line));
      }
    };
  }

  /** The account, or why there is none (a message with file and line when known). */
  record Read(Account account, String problem) {
    public static Read ok(Account a) {
      return new Read(a, null);
    }

    public static Read failed(String problem) {
      return new Read(null, problem);
    }

    static Read of(AccountFiles.Loaded l) {
      if (l.account() == null || !l.errors().isEmpty()) {
        String more = l.errors().size() > 1 ? CaseTexts.M.get("run.more", l.errors().size() - 1) : "";
        return failed(l.firstError() + more);
      }
      return ok(l.account());
    }
  }
}
