package convenio.bench;

import convenio.api.Artifacts;
import convenio.api.Contract;
import convenio.bench.baseline.BaselinePricer;
import convenio.bench.jmh.PricingBenchmark;
import convenio.bench.workload.ContractText;
import convenio.bench.workload.Workload;
import convenio.model.Account;
import convenio.syntax.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the whole benchmark on a fixed workload and prints one table of figures against the speed and memory targets
 * listed in docs/benchmarks.md. {@code bench/run} builds and starts it; {@code bench/run --quick} is a short smoke
 * version (fewer guides, short JMH iterations, 100,000 rows instead of 1,000,000 for the heap figure) for checking
 * that it works.
 *
 * <p>In-memory throughput runs under JMH (forked JVM, warm-up, several iterations); the one-shot figures (compile,
 * load, heap) run in fresh child JVMs, since a user's first compile happens in a cold process.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    boolean profile = Arrays.asList(args).contains("--profile");
    if (Arrays.asList(args).contains("--e2e")) {
      EndToEndOnly.main(args);
      return;
    }
    if (Arrays.asList(args).contains("--small-guides")) {
      smallGuidesAndLoad(quick);
      return;
    }
    Path root = Path.of(System.getProperty("convenio.bench.dir", "bench/target/workload")).toAbsolutePath();
    int cores = Runtime.getRuntime().availableProcessors();
    int guides = quick ? 600 : 2_000;
    int whatIfGuides = quick ? 2_000 : 10_000;
    int heapRows = quick ? 100_000 : 1_000_000;
    Report report = new Report();
    String machine = String.format("%d cores, %s %s, max heap %,d MB, %s %s", cores,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"));
    System.out.println("Convenio benchmarks" + (quick ? " (quick smoke run: figures are indicative only)" : ""));
    System.out.println("machine: " + machine + "; workload under " + root + ", seed " + Workload.SEED);

    System.out.println("\n[workload]");
    Workload w = Workload.prepare(root, 100_000);
    Workload small = Workload.prepare(root, 1_000);
    Workload big = Workload.prepare(root, heapRows);
    List<Account> lotes = w.lotes(guides);
    long items = count(lotes);
    report.info("in-memory workload", String.format("%,d lotes, %,d guides, %,d items", lotes.size(),
        lotes.stream().mapToInt(a -> a.guides().size()).sum(), items));

    System.out.println("\n[agreement: engine vs plain-Java baseline]");
    Contract contract = BenchContracts.compile(w.contract());
    BaselinePricer baseline = new BaselinePricer(w.tables(), 15);
    Agreement.Outcome agreement = Agreement.check(contract, baseline, lotes, report);
    report.info("engine = baseline (paid per item, " + String.format("%,d", items) + " items)",
        agreement.agree() ? "yes, R$ " + Agreement.cents(agreement.enginePaid()).substring(3) + " paid"
            : "NO, " + agreement.mismatches() + " items differ");

    System.out.println("\n[in-memory pricing, JMH]");
    double[] engine1 = jmh("engine", 1, 100_000, guides, root, quick);
    double[] baseline1 = jmh("baseline", 1, 100_000, guides, root, quick);
    double e1 = engine1[0] * items;
    double b1 = baseline1[0] * items;
    double en = jmh("engine", cores, 100_000, guides, root, quick)[0] * items;
    double bn = jmh("baseline", cores, 100_000, guides, root, quick)[0] * items;
    report.atLeast("items/s, engine, 1 thread", e1, 1_000_000, "items/s", ">= 1,000,000 per core");
    report.info("items/s, baseline, 1 thread", Report.fmt(b1) + " items/s");
    report.atLeast("items/s, engine, " + cores + " threads", en, 1_000_000.0 * cores, "items/s",
        String.format(">= %,d (%d cores)", 1_000_000 * cores, cores));
    report.info("items/s, baseline, " + cores + " threads", Report.fmt(bn) + " items/s");
    report.below("engine/baseline time ratio, 1 thread", b1 / e1, 2.0, "x", "< 2x");
    report.info("engine/baseline items/s, 1 thread", String.format("%.2f", e1 / b1));
    if (cores >= 2) {
      double e2 = cores == 2 ? en : jmh("engine", 2, 100_000, guides, root, quick)[0] * items;
      report.atLeast("engine, 2 threads / 1 thread", e2 / e1, 1.8, "x", ">= 1.8x");
    }
    smallGuides(w, root, guides, cores, quick, report);
    report.info("bytes allocated per item: engine / baseline", String.format("%,.0f / %,.0f",
        engine1[1] / items, baseline1[1] / items));
    for (int rows : new int[] {1_000, heapRows}) {
      if (rows == 100_000) continue; // --quick: already measured above
      // The same accounts against a smaller and a bigger materials table: what table size costs per lookup.
      List<Account> other = Workload.prepare(root, rows).lotes(guides);
      report.info(String.format("items/s, engine, 1 thread, %,d-row table", rows),
          Report.fmt(jmh("engine", 1, rows, guides, root, quick)[0] * count(other)) + " items/s");
    }
    Map<String, String> alloc = Cold.run("allocations", root, "-XX:-UseTLAB", "-Xmx2g");
    allocations = alloc.get("output");
    report.info("objects allocated per item, engine (exact, steady state)", alloc.get("allocationsPerItem"));

    System.out.println("\n[end to end: TISS XML -> demonstrativo XML]");
    List<Account> xmlLotes = w.lotes(quick ? 300 : 1_000);
    List<Path> files = w.writeLotes(xmlLotes);
    // Steady state, as every other figure here: one whole pass warms the JIT up, then the median of five passes
    // (`--e2e` prints every pass, the best and the median, and the reader alone on lotes in memory).
    EndToEnd.run(contract, files, w.dir().resolve("demonstrativos"));
    List<EndToEnd.Timing> passes = new ArrayList<>();
    for (int pass = 0; pass < (quick ? 2 : 5); pass++) {
      passes.add(EndToEnd.run(contract, files, w.dir().resolve("demonstrativos")));
    }
    passes.sort(Comparator.comparingDouble(EndToEnd.Timing::totalS));
    EndToEnd.Timing e2e = passes.get(passes.size() / 2);
    BaselinePricer.Tally xmlTally = new BaselinePricer.Tally();
    for (Account a : xmlLotes) baseline.price(a, xmlTally, null, 0);
    if (xmlTally.paidCents != e2e.paidCents() || xmlTally.items != e2e.items()) {
      // The lotes went through XML and the tiss reader: a difference here is in the writer or the reader mapping.
      report.note(String.format("WARNING: lotes read back from XML priced R$ %s for %,d items; the same lotes in "
          + "memory, by the baseline, R$ %s for %,d items", Agreement.cents(e2e.paidCents()), e2e.items(),
          Agreement.cents(xmlTally.paidCents), xmlTally.items));
    }
    report.info("lotes read back from XML price as in memory", xmlTally.paidCents == e2e.paidCents() ? "yes" : "NO");
    double mbs = e2e.bytes() / 1e6 / e2e.totalS();
    report.atLeast("end to end MB/s, 1 thread (median of passes)", mbs, 50, "MB/s", ">= 50 MB/s per core");
    report.info("end to end guides/s, 1 thread", Report.fmt(e2e.guides() / e2e.totalS()) + " guides/s");
    double total = e2e.totalS();
    report.info("end to end split: read / price / write", String.format(
        "%.0f%% / %.0f%% / %.0f%% of %.2f s for %.1f MB", 100 * e2e.readS() / total, 100 * e2e.priceS() / total,
        100 * e2e.writeS() / total, total, e2e.bytes() / 1e6));
    report.info("reader alone MB/s (same pass)", Report.fmt(e2e.bytes() / 1e6 / e2e.readS()) + " MB/s");
    Map<String, String> smallHeap = Cold.run("e2e", w.dir(), "-Xmx128m");
    report.info("end to end in a 128 MB heap (constant memory)", "all " + smallHeap.get("guides") + " guides, "
        + Report.fmt(e2e.bytes() / 1e6) + " MB of lotes: ok");

    System.out.println("\n[compile and load: 100,000-row table]");
    Map<String, String> cold = Cold.run("compile", w.contract());
    report.below("compile, 100,000-row table, cold JVM", Double.parseDouble(cold.get("ms")), 1000, "ms", "< 1 s");
    double warm = median(3, () -> time(() -> BenchContracts.compile(w.contract())));
    report.below("compile, 100,000-row table, warm JVM (median of 3)", warm, 1000, "ms", "< 1 s");
    report.info("compile, 1,000-row table, cold JVM", Report.fmt(Double.parseDouble(
        Cold.run("compile", small.contract()).get("ms"))) + " ms");
    Path artifact = w.dir().resolve("bench-sintetico.cvc");
    BenchContracts.contractOf(Artifacts.compile(w.contract(), artifact), artifact);
    report.info("artifact size, 100,000-row table", String.format("%,d bytes", Files.size(artifact)));
    Map<String, String> coldLoad = Cold.run("load", artifact);
    report.below("artifact load, 100,000-row table, cold JVM", Double.parseDouble(coldLoad.get("ms")), 200, "ms",
        "< 200 ms");
    double warmLoad = median(5, () -> time(() -> BenchContracts.contractOf(Artifacts.load(artifact), artifact)));
    report.below("artifact load, 100,000-row table, warm JVM (median of 5)", warmLoad, 200, "ms", "< 200 ms");

    System.out.println("\n[heap of a " + String.format("%,d", heapRows) + "-row table]");
    Map<String, String> heap = Cold.run("heap", big.contract(), "-Xmx3g");
    double mb = Long.parseLong(heap.get("bytes")) / 1e6;
    report.below(String.format("heap retained, contract with a %,d-row table", heapRows), mb, 300, "MB",
        "< 300 MB (1,000,000 rows)");
    report.info(String.format("peak heap while compiling it (%.1f s)", Double.parseDouble(heap.get("compileMs")) / 1e3),
        Report.fmt(Long.parseLong(heap.get("peakBytes")) / 1e6) + " MB");

    System.out.println("\n[REPL what-if: one let changed, " + whatIfGuides + " accounts re-priced]");
    whatIf(w, whatIfGuides, report);

    System.out.println("\n[registry]");
    Path artifact16 = w.dir().resolve("bench-sintetico-16.cvc");
    Path source16 = w.dir().resolve("contrato-16.convenio");
    Files.writeString(source16, ContractText.source(16));
    BenchContracts.contractOf(Artifacts.compile(source16, artifact16), artifact16);
    RegistryFigures.Figures reg = RegistryFigures.run(w.dir().resolve("registry"), new Path[] {artifact, artifact16},
        lotes, cores, quick ? 3 : 10);
    report.below("registry open (one 100,000-row artifact)", reg.openMs(), 200, "ms", "< 200 ms (load)");
    report.info("reload latency, new artifact version (median of 5)", Report.fmt(reg.reloadMs()[2]) + " ms");
    report.info("items/s through the registry, " + cores + " threads, no reload", Report.fmt(reg.itemsPerSecQuiet())
        + " items/s");
    report.info("items/s through the registry while reloading (" + reg.reloads() + " reloads)",
        Report.fmt(reg.itemsPerSecReloading()) + " items/s");

    report.print("Convenio benchmarks — " + machine);
    if (profile) profile(w, contract, lotes, items, files, artifact);
  }

  /**
   * The small-guide workload (1–8 procedures a guide, like the peers' side-by-side run) beside the hospital month:
   * engine and baseline on one thread, the engine on two.
   */
  private static void smallGuides(Workload w, Path root, int guides, int cores, boolean quick, Report report)
      throws Exception {
    System.out.println("\n[small guides, like the peers' workload]");
    int small = guides * 5; // about as many items as the mixed workload
    List<Account> lotes = w.smallGuideLotes(small);
    long items = count(lotes);
    report.info("small-guide workload", String.format("%,d guides of 1–8 procedures, %,d items", small, items));
    Agreement.Outcome agreement = Agreement.check(BenchContracts.compile(w.contract()),
        new BaselinePricer(w.tables(), 15), lotes, report);
    report.info("engine = baseline on small guides (paid per item)", agreement.agree() ? "yes"
        : "NO, " + agreement.mismatches() + " items differ");
    double e1 = jmh("engine", 1, 100_000, small, "small", root, quick)[0] * items;
    double b1 = jmh("baseline", 1, 100_000, small, "small", root, quick)[0] * items;
    report.info("items/s, engine, 1 thread, small guides", Report.fmt(e1) + " items/s");
    report.info("items/s, baseline, 1 thread, small guides", Report.fmt(b1) + " items/s");
    report.info("engine/baseline items/s, 1 thread, small guides", String.format("%.2f", e1 / b1));
    if (cores >= 2) {
      double e2 = jmh("engine", 2, 100_000, small, "small", root, quick)[0] * items;
      report.info("items/s, engine, 2 threads, small guides", Report.fmt(e2) + " items/s");
      report.atLeast("engine, 2 threads / 1 thread, small guides", e2 / e1, 1.8, "x", ">= 1.8x");
    }
  }

  /** {@code --small-guides}: only the small-guide figures and the cold artifact load, a short run. */
  private static void smallGuidesAndLoad(boolean quick) throws Exception {
    Path root = Path.of(System.getProperty("convenio.bench.dir", "bench/target/workload")).toAbsolutePath();
    Report report = new Report();
    Workload w = Workload.prepare(root, 100_000);
    smallGuides(w, root, quick ? 600 : 2_000, Runtime.getRuntime().availableProcessors(), quick, report);
    System.out.println("\n[artifact load: 100,000-row table]");
    Path artifact = w.dir().resolve("bench-sintetico.cvc");
    BenchContracts.contractOf(Artifacts.compile(w.contract(), artifact), artifact);
    double[] cold = new double[3];
    double[] cpu = new double[3];
    for (int i = 0; i < cold.length; i++) {
      Map<String, String> run = Cold.run("load", artifact);
      cold[i] = Double.parseDouble(run.get("ms"));
      cpu[i] = Double.parseDouble(run.getOrDefault("cpuMs", "NaN"));
    }
    report.info("artifact size, 100,000-row table", String.format("%,d bytes", Files.size(artifact)));
    report.below("artifact load, 100,000-row table, cold JVM (best of 3)", Arrays.stream(cold).min().orElseThrow(),
        200, "ms", "< 200 ms");
    report.info("artifact load, cold JVM, all 3 runs (main thread's CPU)", String.format(
        "%.0f / %.0f / %.0f ms (%.0f / %.0f / %.0f ms CPU)", cold[0], cold[1], cold[2], cpu[0], cpu[1], cpu[2]));
    withClassArchive(artifact, root, report);
    report.print("Convenio benchmarks (--small-guides) — " + Runtime.getRuntime().availableProcessors() + " cores");
  }

  /**
   * The same cold load in JVMs started with a class data archive that one earlier load wrote at its exit, as
   * embedding.md tells a server to do ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}): the
   * engine's classes come parsed and verified. Shown beside the plain figure, which stays the target's.
   */
  private static void withClassArchive(Path artifact, Path root, Report report) throws Exception {
    Path archive = root.resolve("load.jsa");
    Files.deleteIfExists(archive);
    Cold.run("load", artifact, "-XX:ArchiveClassesAtExit=" + archive);
    if (!Files.isRegularFile(archive)) {
      report.notMeasured("artifact load, cold JVM, with a class data archive", "this JVM wrote no archive");
      return;
    }
    double[] ms = new double[3];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = Double.parseDouble(Cold.run("load", artifact, "-XX:SharedArchiveFile=" + archive).get("ms"));
    }
    report.info("artifact load, cold JVM, with a class data archive (3 runs)", String.format(
        "%.0f / %.0f / %.0f ms", ms[0], ms[1], ms[2]));
  }

  /** The child JVM's allocation breakdown, printed in full by {@code --profile}. */
  private static String allocations = "";

  /** Where the time and the allocations go, for the figures that miss their targets ({@code --profile}). */
  private static void profile(Workload w, Contract contract, List<Account> lotes, long items, List<Path> files,
      Path artifact) throws Exception {
    long[] rounds = new long[1];
    long end = System.nanoTime() + 15_000_000_000L;
    HotSpots.profile("in-memory pricing (engine, 15 s)", () -> {
      while (System.nanoTime() < end) {
        for (Account a : lotes) contract.price(a);
        rounds[0]++;
      }
    }, () -> rounds[0] * items, "item");
    System.out.print(allocations.substring(allocations.indexOf("\nexact allocations")));
    HotSpots.profile("compile, 100,000-row table (x3)", () -> {
      for (int i = 0; i < 3; i++) BenchContracts.compile(w.contract());
    }, () -> 3, "compile");
    HotSpots.profile("artifact load, 100,000-row table (x5)", () -> {
      for (int i = 0; i < 5; i++) BenchContracts.contractOf(Artifacts.load(artifact), artifact);
    }, () -> 5, "load");
    HotSpots.profile("end to end (all lotes once)", () -> EndToEnd.run(contract, files,
        w.dir().resolve("demonstrativos")), () -> files.size(), "lote");
  }

  private static void whatIf(Workload w, int guides, Report report) {
    List<Account> accounts = w.lotes(guides);
    WhatIfRepricing repl = new WhatIfRepricing(w.contract());
    Program changed = repl.withLetFrom(WhatIfRepricing.parse("what-if.convenio", ContractText.source(16)),
        ContractText.WHAT_IF_LET);
    WhatIfRepricing.Timing first = repl.run(changed, accounts); // warm-up
    WhatIfRepricing.Timing t = repl.run(changed, accounts);
    BaselinePricer.Tally tally = new BaselinePricer.Tally();
    BaselinePricer b16 = new BaselinePricer(w.tables(), 16);
    for (Account a : accounts) b16.price(a, tally, null, 0);
    if (tally.paidCents != t.paidCents() || first.paidCents() != t.paidCents()) {
      report.note("WARNING: what-if totals differ from the baseline with the changed mark-up");
    }
    report.info(String.format("what-if: recompile + re-price %,d accounts (%,d items)",
        accounts.stream().mapToInt(a -> a.guides().size()).sum(), count(accounts)),
        String.format("%s ms (compile %s ms, price %s ms)", Report.fmt(t.compileMs() + t.priceMs()),
            Report.fmt(t.compileMs()), Report.fmt(t.priceMs())));
  }

  /** Ops/s and bytes allocated per op of one JMH benchmark method of {@link PricingBenchmark}. */
  private static double[] jmh(String method, int threads, int rows, int guides, Path root, boolean quick)
      throws Exception {
    return jmh(method, threads, rows, guides, "mixed", root, quick);
  }

  private static double[] jmh(String method, int threads, int rows, int guides, String shape, Path root,
      boolean quick) throws Exception {
    Options opt = new OptionsBuilder()
        .include(PricingBenchmark.class.getName() + "." + method + "$")
        .param("guides", Integer.toString(guides))
        .param("shape", shape)
        .param("materialRows", Integer.toString(rows))
        .threads(threads)
        // Two forks in the full run: the figures are dominated by cache misses in the tables, and where the heap
        // lays the rows out differs from one JVM to the next by ±20%.
        .forks(quick || rows != 100_000 ? 1 : 2)
        .warmupIterations(quick ? 2 : 3)
        .warmupTime(TimeValue.seconds(quick ? 1 : 2))
        .measurementIterations(quick ? 3 : 4)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2))
        .jvmArgsAppend("-Dconvenio.bench.dir=" + root, "-Xmx2g")
        .addProfiler(GCProfiler.class)
        .verbosity(VerboseMode.SILENT)
        .build();
    RunResult r = new Runner(opt).runSingle();
    double ops = r.getPrimaryResult().getScore();
    Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
    if (norm == null) norm = r.getSecondaryResults().get("\u00b7gc.alloc.rate.norm");
    double bytesPerOp = norm == null ? Double.NaN : norm.getScore();
    System.out.printf("  %s (%s), %d thread(s): %.2f ops/s (± %.2f), %,.0f bytes/op%n", method, shape, threads, ops,
        r.getPrimaryResult().getScoreError(), bytesPerOp);
    return new double[] {ops, bytesPerOp};
  }

  private static long count(List<Account> lotes) {
    long n = 0;
    for (Account a : lotes) for (var g : a.guides()) n += g.items().size();
    return n;
  }

  interface Timed {
    double ms() throws Exception;
  }

  private static double time(ThrowingRunnable r) throws Exception {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1e6;
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static double median(int n, Timed t) throws Exception {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = t.ms();
    Arrays.sort(v);
    return v[n / 2];
  }
}
