package convenio.cli;

import convenio.api.Compilation;
import convenio.cases.AccountReader;
import java.nio.file.Path;

/** The compiler and the account readers as the commands use them, in one place so tests can swap them. */
final class CommandInputs {
  private CommandInputs() {}

  static Compilation compile(Path contract) {
    return ContractLoading.compile(contract); // a source or a compiled artifact (.cvc)
  }

  static AccountReader accounts() {
    return AccountReader.ofFiles();
  }
}
