package convenio.cli;

import static convenio.cli.Main.MESSAGES;

import convenio.api.Contract;
import convenio.tiss.AccountFiles;
import convenio.model.PricingResult;
import convenio.report.DiffText;
import convenio.report.ComparedContract;
import convenio.report.ResultDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convenio diff --before A --after B LOTE...}: what a new contract version changes on real accounts. */
@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Price the same accounts under two contract versions and show the difference per item, per code"
        + " and in total: what a renegotiation would have changed on last year's accounts."},
    footer = {"", "Examples:",
        "  ./convenio diff --before contrato-v3.convenio \\",
        "      --after contrato-v4.convenio lotes-2024/",
        "  ./convenio diff --before C.cvc --after C-proposta.convenio \\",
        "      lote-0042.xml conta.yaml --format json",
        "  ./convenio diff --before C.cvc --after C-proposta.convenio \\",
        "      lotes-2024/ --format csv > diferencas.csv",
        "", "Exit codes (docs/commands.md): 0 compared; 1 a contract has errors; 2 usage error; 3 some files could"
        + " not be read or priced (the others were compared)."})
final class DiffCommand implements Callable<Integer> {
  @Option(names = "--before", required = true, paramLabel = "A", description = "the contract in force")
  Path before;

  @Option(names = "--after", required = true, paramLabel = "B", description = "the contract proposed")
  Path after;

  enum Format { text, json, csv }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default), json (docs/result.schema.json, $defs/diff) or csv (one row per changed item)")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "ACCOUNT", description = "TISS .xml lotes, .yaml/.json accounts, or folders")
  List<Path> inputs;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Contract a = ContractLoading.load(before, err);
    Contract b = ContractLoading.load(after, err);
    if (a == null || b == null) return 1;
    List<String> missing = new ArrayList<>();
    List<Path> files = LoteFiles.expand(inputs, missing);
    int failed = missing.size();
    for (String m : missing) err.println(m);
    ResultDiff diff = new ResultDiff();
    for (Path f : files) {
      AccountFiles.Loaded loaded = AccountPricing.load(f, err, false);
      if (!loaded.errors().isEmpty()) failed++;
      if (loaded.account() == null) continue;
      PricingResult ra = AccountPricing.price(a, loaded, err);
      PricingResult rb = ra == null ? null : AccountPricing.price(b, loaded, err);
      if (rb == null) {
        if (loaded.errors().isEmpty()) failed++;
        continue;
      }
      diff.add(f.getFileName().toString(), ra, rb);
    }
    out.print(switch (format) {
      case json -> DiffText.json(diff, compared(before, a), compared(after, b));
      case csv -> DiffText.csv(diff);
      case text -> DiffText.render(diff, MESSAGES.get("contract.version", before, a.id(), a.version()),
          MESSAGES.get("contract.version", after, b.id(), b.version()));
    });
    out.flush();
    return failed > 0 ? 3 : 0;
  }

  private static ComparedContract compared(Path file, Contract c) {
    return new ComparedContract(file.toString(), c.id(), c.version(), c.sourceHash());
  }
}
