package convenio.bench;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.api.Convenio;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measurement in a fresh JVM, run by {@link BenchMain} as a child process, because what a user waits for is the
 * first compile or load in a process that has not warmed up, and heap is only measurable in a heap that holds nothing
 * else. Prints {@code RESULT key=value} lines for the parent.
 *
 * <pre>
 *   compile FILE.convenio   time of the first compile
 *   load FILE.cvc           time of the first artifact load (and this thread's CPU time for it, on Linux)
 *   heap FILE               retained heap of the compiled contract (after full GCs, before and after)
 *   allocations ROOT        exact allocations per priced item (run with -XX:-UseTLAB)
 *   e2e DIR                 end to end over DIR/lotes/*.xml with DIR/contrato.convenio (run with a small -Xmx)
 * </pre>
 */
public final class Cold {
  private Cold() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path file = Path.of(args[1]);
    switch (mode) {
      case "compile" -> {
        long t0 = System.nanoTime();
        Contract c = BenchContracts.compile(file);
        result("ms", (System.nanoTime() - t0) / 1e6);
        result("id", c.id());
      }
      case "load" -> {
        // nothing of the engine is loaded before t0: the load pays its own class loading, as a server's first does
        long cpu0 = threadCpuNanos();
        long t0 = System.nanoTime();
        Compilation c = Artifacts.load(file);
        double ms = (System.nanoTime() - t0) / 1e6;
        long cpu = threadCpuNanos() - cpu0;
        BenchContracts.contractOf(c, file);
        result("ms", ms);
        if (cpu0 >= 0) result("cpuMs", cpu / 1e6);
      }
      case "heap" -> heap(file);
      case "allocations" -> AllocationCount.run(file);
      case "e2e" -> {
        List<Path> lotes;
        try (var files = Files.list(file.resolve("lotes"))) {
          lotes = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        EndToEnd.Timing t = EndToEnd.run(BenchContracts.compile(file.resolve("contrato.convenio")), lotes,
            file.resolve("demonstrativos-small-heap"));
        result("guides", t.guides());
        result("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  /**
   * The CPU time this thread has run (Linux: {@code /proc/thread-self/schedstat}), or -1: what the load cost without
   * the waits other processes cause on a shared machine (the JIT's own threads are not in it). Read with the
   * FileInputStream the JVM has loaded at boot, so that measuring loads nothing the load would use.
   */
  private static long threadCpuNanos() {
    try (java.io.FileInputStream in = new java.io.FileInputStream("/proc/thread-self/schedstat")) {
      byte[] b = new byte[64];
      int n = in.read(b);
      long v = 0;
      for (int i = 0; i < n && b[i] >= '0' && b[i] <= '9'; i++) v = v * 10 + (b[i] - '0');
      return n > 0 ? v : -1;
    } catch (java.io.IOException notLinux) {
      return -1;
    }
  }

  private static void heap(Path file) {
    // Load the engine's classes first, so that the "before" figure does not count them against the table.
    Convenio.compile("warm.convenio", "module warm\nlet x = 1\n");
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(mx);
    List<Contract> keep = new ArrayList<>();
    long t0 = System.nanoTime();
    keep.add(BenchContracts.compile(file));
    double ms = (System.nanoTime() - t0) / 1e6;
    long after = usedAfterGc(mx);
    result("bytes", after - before);
    result("compileMs", ms);
    result("peakBytes", peak());
    result("kept", keep.size()); // keeps the contract reachable until after the measurement
  }

  private static long usedAfterGc(MemoryMXBean mx) {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return mx.getHeapMemoryUsage().getUsed();
  }

  private static long peak() {
    long sum = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  private static void result(String key, Object value) {
    System.out.println("RESULT " + key + "=" + value);
  }

  /** Runs {@code Cold mode file} in a child JVM with the same classpath; returns its RESULT values by key. */
  static Map<String, String> run(String mode, Path file, String... jvmArgs) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(jvmArgs));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Cold.class.getName());
    cmd.add(mode);
    cmd.add(file.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Map<String, String> out = new LinkedHashMap<>();
    StringBuilder all = new StringBuilder();
    try (var r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      String line;
      while ((line = r.readLine()) != null) {
        all.append(line).append('\n');
        if (line.startsWith("RESULT ")) {
          int eq = line.indexOf('=');
          out.put(line.substring(7, eq), line.substring(eq + 1));
        }
      }
    }
    if (p.waitFor() != 0) throw new IllegalStateException("child JVM (" + mode + " " + file + ") failed:\n" + all);
    out.put("output", all.toString());
    return out;
  }
}
