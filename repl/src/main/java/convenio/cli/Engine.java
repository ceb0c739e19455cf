package convenio.cli;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.cases.AccountReader;
import java.nio.file.Path;

/** The compiler and the account readers as the commands use them, in one place so tests can swap them. */
final class Engine {
  private Engine() {}

  static Compilation compile(Path contract) {
    return Convenio.compile(contract);
  }

  /** For test cases an account read with errors (a guide skipped) is not run: its result would mislead. */
  static AccountReader accounts() {
    return new AccountReader() {
      @Override
      public Read read(Path file) {
        return toRead(AccountFiles.load(file));
      }

      @Override
      public Read readInline(String yaml, Path caseFile, int line) {
        return toRead(YamlAccounts.parse(yaml, caseFile, line));
      }
    };
  }

  private static AccountReader.Read toRead(AccountFiles.Loaded l) {
    if (l.account() == null || !l.errors().isEmpty()) {
      String more = l.errors().size() > 1 ? " (and " + (l.errors().size() - 1) + " more)" : "";
      return AccountReader.Read.failed(l.firstError() + more);
    }
    return AccountReader.Read.ok(l.account());
  }
}
