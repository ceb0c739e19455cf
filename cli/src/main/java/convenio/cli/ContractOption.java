package convenio.cli;

import convenio.api.Contract;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --contract} of the commands that price with one contract (a picocli mixin), and its loading. */
final class ContractOption {
  @Option(names = {"-c", "--contract"}, required = true, paramLabel = "C",
      description = "the contract (.convenio, or a compiled .cvc)")
  Path file;

  @Option(names = "--verify-sources", description = "for a compiled .cvc: also parse its sources again and compare"
      + " each file's rules with them (slower; every load already checks the artifact's digests and source hash)")
  boolean verifySources;

  /** The contract, or null after printing why there is none (see {@link ContractLoading#load}). */
  Contract load(PrintWriter err) {
    return ContractLoading.load(file, verifySources, err);
  }
}
