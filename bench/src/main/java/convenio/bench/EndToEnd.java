package convenio.bench;

import convenio.api.Contract;
import convenio.model.Account;
import convenio.model.PricingResult;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import convenio.tiss.TissReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * TISS XML on disk → demonstrativo XML on disk, lote by lote, on one thread: the tiss module's streaming reader, the
 * compiled contract, the tiss module's one-pass demonstrativo writer (hashing as it writes; the schema check is the
 * tests' job, not this path's).
 * Memory is bounded by one lote: the reader streams guides, and a lote holds at most 100 guides (TISS schema), which
 * is also what the demonstrativo answers. Read, price and write are timed apart, to say where the time goes.
 */
final class EndToEnd {
  private EndToEnd() {}

  /**
   * Seconds of wall-clock time per stage, and the CPU time the thread used in all and in reading (the figures a busy
   * machine moves least).
   */
  record Timing(long bytes, long guides, long items, long paidCents, double readS, double priceS, double writeS,
      double cpuS, double readCpuS) {
    double totalS() {
      return readS + priceS + writeS;
    }
  }

  static Timing run(Contract contract, List<Path> lotes, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    TissReader reader = new TissReader();
    long bytes = 0;
    long guides = 0;
    long items = 0;
    long paid = 0;
    long read = 0;
    long price = 0;
    long write = 0;
    long readCpu = 0;
    int n = 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    for (Path file : lotes) {
      bytes += Files.size(file);
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Account account = reader.read(file).account();
      long t1 = System.nanoTime();
      readCpu += mx.getCurrentThreadCpuTime() - c0;
      PricingResult result = contract.price(account);
      long t2 = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outDir.resolve("demonstrativo-"
          + account.loteNumber() + ".xml")))) {
        DemonstrativoWriter.write(result, header(account, ++n), out);
      }
      long t3 = System.nanoTime();
      read += t1 - t0;
      price += t2 - t1;
      write += t3 - t2;
      guides += account.guides().size();
      paid += result.totals().paid().cents();
      for (var g : account.guides()) items += g.items().size();
    }
    return new Timing(bytes, guides, items, paid, read / 1e9, price / 1e9, write / 1e9,
        (mx.getCurrentThreadCpuTime() - cpu0) / 1e9, readCpu / 1e9);
  }

  private static DemonstrativoHeader header(Account a, int n) {
    LocalDate today = LocalDate.of(2025, 12, 20);
    return new DemonstrativoHeader(a.operatorAns(), "OPERADORA BENCH", "12345678000190", Integer.toString(n), today,
        LocalTime.NOON, "P" + a.loteNumber(), today, null, Integer.toString(n));
  }
}
