package convenio.bench;

import convenio.api.Contract;
import convenio.bench.workload.Workload;
import convenio.model.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Exact allocations per priced item, by class and by the Convenio line that allocates: run in a child JVM with
 * thread-local allocation buffers off ({@code -XX:-UseTLAB}), so that JFR records every allocation the JIT did not
 * eliminate (jdk.ObjectAllocationOutsideTLAB), after a warm-up so that what is counted is the steady state.
 */
final class AllocationCount {
  private AllocationCount() {}

  static void run(Path root) throws Exception {
    Workload w = Workload.prepare(root, 100_000);
    Contract contract = BenchContracts.compile(w.contract());
    List<Account> lotes = w.lotes(600);
    long items = 0;
    for (Account a : lotes) for (var g : a.guides()) items += g.items().size();
    for (int i = 0; i < 20; i++) for (Account a : lotes) contract.price(a); // warm-up: let the JIT do its work
    Path file = Files.createTempFile("convenio-alloc", ".jfr");
    try (Recording r = new Recording()) {
      r.enable("jdk.ObjectAllocationOutsideTLAB").withStackTrace();
      r.start();
      for (Account a : lotes) contract.price(a);
      r.stop();
      r.dump(file);
    }
    Map<String, long[]> byClass = new HashMap<>();
    Map<String, long[]> bySite = new HashMap<>();
    long count = 0;
    long bytes = 0;
    String me = Thread.currentThread().getName();
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (e.getThread() == null || !me.equals(e.getThread().getJavaName())) continue;
      long size = e.getLong("allocationSize");
      count++;
      bytes += size;
      add(byClass, e.getClass("objectClass").getName(), size);
      add(bySite, site(e), size);
    }
    Files.deleteIfExists(file);
    System.out.printf("RESULT allocationsPerItem=%.1f%n", (double) count / items);
    System.out.printf("RESULT bytesPerItem=%.0f%n", (double) bytes / items);
    System.out.printf("%nexact allocations while pricing %,d items: %.1f objects, %,.0f bytes per item%n", items,
        (double) count / items, (double) bytes / items);
    print("by class", byClass, items);
    print("by the Convenio line allocating", bySite, items);
  }

  private static void add(Map<String, long[]> m, String key, long size) {
    long[] v = m.computeIfAbsent(key, k -> new long[2]);
    v[0]++;
    v[1] += size;
  }

  private static String site(RecordedEvent e) {
    if (e.getStackTrace() == null) return "(no stack)";
    for (RecordedFrame f : e.getStackTrace().getFrames()) {
      String cls = f.getMethod().getType().getName();
      if (cls.startsWith("convenio.") && !cls.startsWith("convenio.bench.")) {
        return cls + "." + f.getMethod().getName() + ":" + f.getLineNumber();
      }
    }
    return "(outside Convenio)";
  }

  private static void print(String title, Map<String, long[]> m, long items) {
    System.out.println("  " + title + ":");
    m.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(15)
        .forEach(en -> System.out.printf("  %6.2f objects %6.0f bytes per item  %s%n",
            (double) en.getValue()[0] / items, (double) en.getValue()[1] / items, en.getKey()));
  }
}
