package convenio.bench.workload;

import convenio.model.Account;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a workload to disk without benchmarking it: {@code GenerateMain DIR [materialRows] [guides]} leaves the
 * contract, its CSV tables and the TISS XML lotes under {@code DIR/rows-N/}, to inspect, validate or price by hand.
 */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "target/workload");
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int guides = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    Workload w = Workload.prepare(root, rows);
    List<Account> lotes = w.lotes(guides);
    List<Path> files = w.writeLotes(lotes);
    long items = lotes.stream().flatMap(a -> a.guides().stream()).mapToLong(g -> g.items().size()).sum();
    System.out.printf("%s: contract with a %,d-row materials table; %d lotes, %,d guides, %,d items%n",
        w.dir(), rows, files.size(), lotes.stream().mapToInt(a -> a.guides().size()).sum(), items);
  }
}
