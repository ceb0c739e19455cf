package convenio.bench.jmh;

import convenio.api.Contract;
import convenio.bench.BenchContracts;
import convenio.bench.baseline.BaselinePricer;
import convenio.bench.workload.Workload;
import convenio.model.Account;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-memory pricing: one operation prices every generated lote (about 24 items per guide, so ~48,000 items for the
 * default 2,000 guides; with {@code shape=small}, guides of 1–8 procedures like the peers' workload) with the compiled
 * contract, or with the hand-written baseline. Items/s = ops/s × items per
 * operation, which {@code BenchMain} reports; the lotes and the contract are shared read-only by all threads, as a
 * billing system shares one compiled contract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PricingBenchmark {
  /** Rows of the materials table (the contract's big table). */
  @Param("100000")
  public int materialRows;

  @Param("2000")
  public int guides;

  /** {@code mixed}: the hospital month of {@link Workload#lotes}; {@code small}: {@link Workload#smallGuideLotes}. */
  @Param("mixed")
  public String shape;

  private Contract contract;
  private BaselinePricer baseline;
  private List<Account> lotes;

  @Setup
  public void setup() throws IOException {
    Workload w = Workload.prepare(Path.of(System.getProperty("convenio.bench.dir", "target/bench-workload")),
        materialRows);
    contract = BenchContracts.compile(w.contract());
    baseline = new BaselinePricer(w.tables(), 15);
    lotes = "small".equals(shape) ? w.smallGuideLotes(guides) : w.lotes(guides);
  }

  @Benchmark
  public void engine(Blackhole bh) {
    for (Account a : lotes) bh.consume(contract.price(a));
  }

  @Benchmark
  public long baseline() {
    BaselinePricer.Tally t = new BaselinePricer.Tally();
    for (Account a : lotes) baseline.price(a, t, null, 0);
    return t.paidCents;
  }
}
