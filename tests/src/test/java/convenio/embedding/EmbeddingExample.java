package convenio.embedding;

import convenio.api.ContractRegistry;
import convenio.api.Priced;
import convenio.model.Account;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.TraceEvent;
import convenio.tiss.TissReader;
import java.io.PrintStream;
import java.nio.file.Path;

public final class EmbeddingExample {
  public static void main(String[] args) {
    run(Path.of(args[0]), Path.of(args[1]), System.out);
  }

  static void run(Path contractsFolder, Path tissLote, PrintStream out) {
    // Every *.cvc (convenio compile) and *.convenio of the folder; reload() or watch(...) picks up new versions.
    try (ContractRegistry registry = ContractRegistry.open(contractsFolder)) {
      registry.lastReload().problems().forEach(p -> out.println("rejected: " + p.headline()));

      Account account = new TissReader().read(tissLote).account();
      // The contract version whose operator, provider and vigência cover the account.
      Priced priced = registry.price(account);
      if (!priced.ok()) {
        out.println("not priced: " + priced.error());
        return;
      }
      out.println("contract " + priced.result().contractId() + " version " + priced.result().contractVersion()
          + " (" + priced.result().artifactHash().substring(0, 12) + "), paid " + priced.result().totals().paid());
      for (GuideResult guide : priced.result().guides()) {
        for (ItemResult item : guide.items()) {
          out.println("guide " + guide.guide().number() + " item " + item.item().seq() + " " + item.item().code()
              + ": presented " + item.presented() + ", paid " + item.paid() + ", glosed " + item.glosed());
          for (TraceEvent step : item.trace()) {
            out.println("    " + step.kind() + " " + step.pos() + " " + step.detail());
          }
        }
      }
    }
  }
}
