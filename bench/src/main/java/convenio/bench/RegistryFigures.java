package convenio.bench;

import convenio.api.ContractRegistry;
import convenio.api.Priced;
import convenio.api.ReloadReport;
import convenio.model.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The registry's figures, through the public ContractRegistry: a folder holding the artifact of the 100,000-row contract;
 * reload latency when a new version of the artifact replaces it; and items/s of threads pricing through the registry,
 * first with no reload, then while reloads run back to back.
 */
final class RegistryFigures {
  private RegistryFigures() {}

  record Figures(double openMs, double[] reloadMs, double itemsPerSecQuiet, double itemsPerSecReloading, int reloads) {}

  /** {@code artifacts}: two artifact files of the same contract that differ (the what-if's two mark-ups). */
  static Figures run(Path folder, Path[] artifacts, List<Account> lotes, int threads, double windowSeconds)
      throws Exception {
    Files.createDirectories(folder);
    Path live = folder.resolve("bench-sintetico.cvc");
    Files.copy(artifacts[0], live, StandardCopyOption.REPLACE_EXISTING);
    long t0 = System.nanoTime();
    try (ContractRegistry registry = ContractRegistry.open(folder)) {
      double openMs = (System.nanoTime() - t0) / 1e6;
      requireOk(registry.lastReload());
      double[] reloadMs = new double[5];
      for (int i = 0; i < reloadMs.length; i++) reloadMs[i] = replaceAndReload(registry, artifacts[(i + 1) % 2], live);
      Arrays.sort(reloadMs);
      double quiet = itemsPerSecond(registry, lotes, threads, windowSeconds, null, live, artifacts);
      int[] reloads = new int[1];
      double busy = itemsPerSecond(registry, lotes, threads, windowSeconds, reloads, live, artifacts);
      return new Figures(openMs, reloadMs, quiet, busy, reloads[0]);
    }
  }

  private static double replaceAndReload(ContractRegistry registry, Path from, Path live) throws Exception {
    Path tmp = live.resolveSibling(live.getFileName() + ".tmp");
    Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmp, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    long t0 = System.nanoTime();
    ReloadReport r = registry.reload();
    double ms = (System.nanoTime() - t0) / 1e6;
    requireOk(r);
    if (!r.changed()) throw new IllegalStateException("the registry did not see the new artifact");
    return ms;
  }

  /** Items/s of {@code threads} threads pricing for the window; with {@code reloads} set, reloading meanwhile. */
  private static double itemsPerSecond(ContractRegistry registry, List<Account> lotes, int threads, double seconds,
      int[] reloads, Path live, Path[] artifacts) throws Exception {
    LongAdder items = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      int start = t;
      Thread th = new Thread(() -> {
        try {
          for (int i = start; !stop.get(); i++) {
            Account a = lotes.get(i % lotes.size());
            Priced p = registry.price(a);
            if (!p.ok()) throw new IllegalStateException(p.error());
            int n = 0;
            for (var g : a.guides()) n += g.items().size();
            items.add(n);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }, "pricer-" + t);
      workers.add(th);
    }
    long t0 = System.nanoTime();
    workers.forEach(Thread::start);
    long end = t0 + (long) (seconds * 1e9);
    int i = 0;
    while (System.nanoTime() < end) {
      if (reloads != null) {
        replaceAndReload(registry, artifacts[i++ % 2], live);
        reloads[0]++;
      } else {
        Thread.sleep(20);
      }
    }
    stop.set(true);
    for (Thread th : workers) th.join();
    double elapsed = (System.nanoTime() - t0) / 1e9;
    if (!failures.isEmpty()) throw new IllegalStateException("pricing through the registry failed", failures.get(0));
    return items.sum() / elapsed;
  }

  private static void requireOk(ReloadReport r) {
    if (!r.ok()) throw new IllegalStateException("the registry refused the benchmark artifact: " + r.problems());
  }
}
