package convenio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.artifact.ArtifactWriter;
import convenio.model.Account;
import convenio.model.PricingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real artifacts swapped under a registry while it prices: every result equals a single-threaded run of the version
 * that priced it, and many reloads leave the heap where it was.
 */
class RegistryUnderLoadTest {
  @TempDir Path dir;

  /** The artifact bytes of two versions of one contract (same file name, different prices). */
  private byte[][] twoVersions(int extraRows) throws Exception {
    byte[][] versions = new byte[2][];
    for (int v = 0; v < 2; v++) {
      Path src = SampleContract.write(dir.resolve("src" + v), "clinica", String.valueOf(v + 1), "2025-01-01", null,
          20 + 10 * v, extraRows);
      Path out = dir.resolve("build/v" + v + ".cvc");
      Compilation c = Artifacts.compile(src, out);
      assertTrue(c.ok(), c.diagnostics().toString());
      versions[v] = Files.readAllBytes(out);
    }
    return versions;
  }

  @Test
  void manyThreadsPricingWhileReloadingGiveTheSingleThreadedResults() throws Exception {
    byte[][] versions = twoVersions(0);
    Path live = dir.resolve("live");
    Path file = live.resolve("clinica.cvc");
    ArtifactWriter.write(versions[0], file);

    List<Account> accounts = SampleContract.accounts(80, 11);
    Map<String, List<PricingResult>> expected = new HashMap<>();
    for (int v = 0; v < 2; v++) {
      Path one = dir.resolve("one" + v + ".cvc");
      Files.write(one, versions[v]);
      Contract c = Artifacts.load(one).contract();
      List<PricingResult> results = new ArrayList<>();
      for (Account a : accounts) results.add(c.price(a));
      expected.put(c.version(), results);
    }
    assertTrue(!expected.get("1").equals(expected.get("2")), "the two versions price differently");

    ContractRegistry registry = ContractRegistry.open(live);
    AtomicBoolean pricing = new AtomicBoolean(true);
    AtomicInteger reloads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(7);
    Future<?> reloader = pool.submit(() -> {
      for (int i = 1; pricing.get(); i++) {
        ArtifactWriter.write(versions[i % 2], file);
        ReloadReport r = registry.reload();
        assertTrue(r.ok(), r.problems().toString());
        reloads.incrementAndGet();
      }
      return null;
    });
    List<Future<Map<String, Integer>>> workers = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      int offset = t;
      workers.add(pool.submit(() -> {
        Map<String, Integer> byVersion = new HashMap<>();
        // at least 4 rounds, and on until the reloader has swapped the contract 5 times: a fast machine (or a faster
        // engine) must not finish pricing before the reloads this test is about have happened
        for (int round = 0; round < 4 || reloads.get() < 5 && round < 2_000; round++) {
          for (int i = 0; i < accounts.size(); i++) {
            int k = (i + offset * 13) % accounts.size();
            Priced p = registry.price(accounts.get(k));
            assertTrue(p.ok(), p.error());
            String version = p.result().contractVersion();
            assertEquals(expected.get(version).get(k), p.result(), "account " + k + " on version " + version);
            byVersion.merge(version, 1, Integer::sum);
          }
        }
        return byVersion;
      }));
    }
    Map<String, Integer> total = new HashMap<>();
    for (Future<Map<String, Integer>> w : workers) w.get(120, TimeUnit.SECONDS).forEach((k, v) -> total.merge(k, v, Integer::sum));
    pricing.set(false);
    reloader.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    assertTrue(reloads.get() >= 5, "reloads happened during pricing: " + reloads.get());
    // whole rounds, at least 4 per thread: more when the reloads took longer than 4 rounds of pricing
    int priced = total.values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(0, priced % accounts.size(), "whole rounds: " + priced);
    assertTrue(priced >= 6 * 4 * accounts.size(), "at least 4 rounds a thread: " + priced);
    assertTrue(total.size() == 2, "both versions priced some accounts: " + total);
  }

  @Test
  void twoHundredReloadsLeaveTheHeapFlat() throws Exception {
    byte[][] versions = twoVersions(10_000);
    Path live = dir.resolve("live");
    Path file = live.resolve("clinica.cvc");
    ArtifactWriter.write(versions[0], file);
    ContractRegistry registry = ContractRegistry.open(live);
    Account account = SampleContract.accounts(1, 3).get(0);

    long baseline = 0;
    for (int i = 1; i <= 200; i++) {
      ArtifactWriter.write(versions[i % 2], file);
      ReloadReport r = registry.reload();
      assertTrue(r.changed() && r.ok(), r.toString());
      assertTrue(registry.price(account).ok());
      if (i == 20) baseline = usedHeapAfterGc();
    }
    long end = usedHeapAfterGc();
    long limit = 2 * baseline + 20L * 1024 * 1024;
    assertTrue(end < limit, "heap after 200 reloads " + mb(end) + " MB, baseline after 20 " + mb(baseline)
        + " MB (limit " + mb(limit) + " MB)");
    assertEquals(201, registry.snapshot().generation());
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }
}
