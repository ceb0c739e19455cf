package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Contract;
import convenio.tiss.AccountFiles;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.report.TraceText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convenio explain --contract C LOTE --guide G --item N}: the trace of one item. */
@Command(name = "explain", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Show why one item was priced as it was: the rule that priced it, every step of the trace with its"
        + " file:line and the value before and after, and the glosas."},
    footer = {"", "Examples:",
        "  ./convenio explain \\",
        "      -c contracts/hospital-sao-lucas/hospital-sao-lucas.convenio \\",
        "      contracts/hospital-sao-lucas/lotes/lote-2025-03.xml -g RI-1001 -i 3",
        "  ./convenio explain -c C.convenio conta.yaml -i 1   (one guide: no --guide)",
        "", "Exit codes (docs/commands.md): 0 explained; 1 the contract has errors; 2 usage error (--guide missing on"
        + " an account of several guides); 3 the account cannot be read or has no such guide or item."})
final class ExplainCommand implements Callable<Integer> {
  @Mixin
  ContractOption contract;

  @Parameters(index = "0", paramLabel = "ACCOUNT", description = "a TISS .xml lote or a .yaml/.json account")
  Path account;

  @Option(names = {"-g", "--guide"}, paramLabel = "G",
      description = "the guide number (numeroGuiaPrestador); may be left out when the account has one guide")
  String guide;

  @Option(names = {"-i", "--item"}, required = true, paramLabel = "N", description = "the item's seq in its guide")
  int item;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Contract c = contract.load(err);
    if (c == null) return ExitCode.INPUT_ERRORS;
    AccountFiles.Loaded loaded = AccountPricing.load(account, err, false);
    if (loaded.account() == null) return ExitCode.FILES;
    PricingResult result = AccountPricing.price(c, loaded, err);
    if (result == null) return ExitCode.FILES;
    if (guide == null && result.guides().size() > 1) {
      List<String> numbers = new ArrayList<>();
      for (GuideResult g : result.guides()) numbers.add(g.guide().number());
      throw new ParameterException(spec.commandLine(), MESSAGES.get("explain.which.guide", account, numbers.size(),
          String.join(", ", numbers)));
    }
    GuideResult g = findGuide(result, err);
    if (g == null) return ExitCode.FILES;
    for (ItemResult r : g.items()) {
      if (r.item().seq() == item) {
        out.println(MESSAGES.get("explain.heading", g.guide().number(), result.contractId(),
            result.contractVersion()));
        out.print(TraceText.render(r, ""));
        out.flush();
        return 0;
      }
    }
    List<String> seqs = new ArrayList<>();
    for (ItemResult r : g.items()) seqs.add(r.item().seq() + " (" + r.item().code() + ")");
    err.println(MESSAGES.get("explain.no.item", account, g.guide().number(), item, String.join(", ", seqs)));
    return ExitCode.FILES;
  }

  private GuideResult findGuide(PricingResult result, PrintWriter err) {
    List<String> numbers = new ArrayList<>();
    for (GuideResult g : result.guides()) numbers.add(g.guide().number());
    if (guide == null) {
      if (result.guides().size() == 1) return result.guides().get(0);
      err.println(MESSAGES.get("explain.which.guide", account, numbers.size(), String.join(", ", numbers)));
      return null;
    }
    for (GuideResult g : result.guides()) if (guide.equals(g.guide().number())) return g;
    err.println(MESSAGES.get("explain.no.guide", account, guide, String.join(", ", numbers)));
    return null;
  }
}
