package convenio.bench;

import convenio.api.Contract;
import convenio.bench.workload.Workload;
import convenio.model.Account;
import convenio.tiss.TissReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench/run --e2e [--profile]}: only the end-to-end figures (TISS XML lotes → priced → demonstrativo XML, one
 * thread), repeated, for working on the XML reader and writer without the four-minute full run. Prints each pass
 * and the best and median of them, then the reader alone on the lotes held in memory; on a shared machine the best
 * pass is the one least disturbed, and MB per CPU second (the thread's own CPU time) is the figure other load moves
 * least. {@code -Dconvenio.bench.passes=N}.
 */
final class EndToEndOnly {
  private EndToEndOnly() {}

  static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    Path root = Path.of(System.getProperty("convenio.bench.dir", "bench/target/workload")).toAbsolutePath();
    Workload w = Workload.prepare(root, 100_000);
    Contract contract = BenchContracts.compile(w.contract());
    List<Account> xmlLotes = w.lotes(quick ? 300 : 1_000);
    List<Path> files = w.writeLotes(xmlLotes);
    Path out = w.dir().resolve("demonstrativos");
    EndToEnd.run(contract, files.subList(0, Math.min(files.size(), 4)), out); // warm-up
    int passes = Integer.getInteger("convenio.bench.passes", quick ? 3 : 7);
    List<EndToEnd.Timing> runs = new ArrayList<>();
    for (int i = 0; i < passes; i++) {
      EndToEnd.Timing t = EndToEnd.run(contract, files, out);
      runs.add(t);
      System.out.printf("pass %d: %s%n", i + 1, line(t));
    }
    runs.sort((a, b) -> Double.compare(a.totalS(), b.totalS()));
    System.out.printf("best:   %s%nmedian: %s%n", line(runs.get(0)), line(runs.get(runs.size() / 2)));
    double[] readers = runs.stream().mapToDouble(t -> t.bytes() / 1e6 / t.readS()).sorted().toArray();
    double[] readerCpu = runs.stream().mapToDouble(t -> t.bytes() / 1e6 / t.readCpuS()).sorted().toArray();
    System.out.printf("reader alone MB/s: best %.1f, median %.1f; MB per CPU second: best %.1f, median %.1f%n",
        readers[readers.length - 1], readers[readers.length / 2], readerCpu[readerCpu.length - 1],
        readerCpu[readerCpu.length / 2]);
    readerInMemory(files, quick ? 5 : 15);
    if (Arrays.asList(args).contains("--profile")) {
      HotSpots.profile("end to end (all lotes x3)", () -> {
        for (int i = 0; i < 3; i++) EndToEnd.run(contract, files, out);
      }, () -> 3 * files.size(), "lote");
    }
  }

  /**
   * The reader alone on lotes already in memory (no file system, no pricing, no writing between lotes): all of them
   * read {@code rounds} times, the best round by the thread's CPU time. The figure to compare readers by.
   */
  private static void readerInMemory(List<Path> files, int rounds) throws IOException {
    List<byte[]> lotes = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      lotes.add(b);
      bytes += b.length;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    TissReader reader = new TissReader();
    double bestCpu = Double.MAX_VALUE;
    double bestWall = Double.MAX_VALUE;
    long guides = 0;
    for (int i = 0; i < rounds; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      guides = 0;
      for (byte[] b : lotes) guides += reader.read(new ByteArrayInputStream(b)).account().guides().size();
      bestWall = Math.min(bestWall, (System.nanoTime() - t0) / 1e9);
      bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    System.out.printf("reader alone, lotes in memory (%d guides, best of %d rounds): %.1f MB per CPU second, "
        + "%.1f MB/s%n", guides, rounds, bytes / 1e6 / bestCpu, bytes / 1e6 / bestWall);
  }

  private static String line(EndToEnd.Timing t) {
    double total = t.totalS();
    return String.format("%.1f MB in %.3f s = %.1f MB/s end to end (read %.0f%% / price %.0f%% / write %.0f%%), "
        + "reader alone %.1f MB/s (%.1f MB per CPU second), writer alone %.1f MB/s; %.1f MB per CPU second",
        t.bytes() / 1e6, total, t.bytes() / 1e6 / total, 100 * t.readS() / total, 100 * t.priceS() / total,
        100 * t.writeS() / total, t.bytes() / 1e6 / t.readS(), t.bytes() / 1e6 / t.readCpuS(),
        t.bytes() / 1e6 / t.writeS(), t.bytes() / 1e6 / t.cpuS());
  }
}
