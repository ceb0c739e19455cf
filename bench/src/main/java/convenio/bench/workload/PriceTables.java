package convenio.bench.workload;

import convenio.model.ItemKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The generated price tables of the benchmark contract, kept as plain arrays so that the account generator and the
 * baseline pricer see exactly the rows the engine compiles from the CSV files.
 *
 * <p>Only the materials table (Simpro, TISS table 19) scales with the workload size (1,000 / 100,000 / 1,000,000
 * rows): materials catalogues are the big tables in practice. Procedures (CBHPM) and medications (Brasíndice) have a
 * fixed 2,000 rows each, the hospital's own table (daily rates, fees, gases) 100.
 */
public final class PriceTables {
  public static final int CBHPM_ROWS = 2_000;
  public static final int BRASINDICE_ROWS = 2_000;
  public static final int DAILY_ROWS = 30;
  public static final int FEE_ROWS = 50;
  public static final int GAS_ROWS = 20;
  /** Codes the contract prices one by one (specific rules); kept out of the tables on purpose. */
  public static final String CONSULTATION = "10101012";
  public static final String LIMITED = "40301010";

  // CBHPM: clinical (chapter 1), surgical (3) and diagnostic/therapeutic (4) acts, in that order.
  public final String[] cbhpmCodes = new String[CBHPM_ROWS];
  public final long[] porteCents = new long[CBHPM_ROWS];
  public final int[] ucoTenths = new int[CBHPM_ROWS];
  public final long[] anestCents = new long[CBHPM_ROWS];
  public final int clinicalEnd = CBHPM_ROWS / 4;
  public final int surgicalEnd = CBHPM_ROWS * 3 / 5;

  public final String[] simproCodes;
  public final long[] pfCents;

  public final String[] brasindiceCodes = new String[BRASINDICE_ROWS];
  public final long[] pmcCents = new long[BRASINDICE_ROWS];

  // Own table: daily rates, then fees, then gases.
  public final String[] propriosCodes = new String[DAILY_ROWS + FEE_ROWS + GAS_ROWS];
  public final long[] propriosCents = new long[propriosCodes.length];

  private PriceTables(int materialRows) {
    simproCodes = new String[materialRows];
    pfCents = new long[materialRows];
  }

  public static PriceTables generate(int materialRows, long seed) {
    PriceTables t = new PriceTables(materialRows);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < CBHPM_ROWS; i++) {
      String chapter = i < t.clinicalEnd ? "1" : i < t.surgicalEnd ? "3" : "4";
      String c = Codes.code(chapter, 7, i);
      if (c.equals(CONSULTATION) || c.equals(LIMITED)) c = Codes.code(chapter, 7, i + 5_000_000L);
      t.cbhpmCodes[i] = c;
      t.porteCents[i] = logUniform(r, 2_000, 480_000);          // porte 1A … 14C, R$ 20 to R$ 4.800
      t.ucoTenths[i] = r.nextInt(0, 500);                        // 0,0 to 49,9 UCO
      t.anestCents[i] = logUniform(r, 30_000, 150_000);          // anaesthetist's porte value
    }
    for (int i = 0; i < materialRows; i++) {
      t.simproCodes[i] = Codes.code("7", 7, i);
      t.pfCents[i] = logUniform(r, 50, 500_000);                 // R$ 0,50 gauze to R$ 5.000 devices
    }
    for (int i = 0; i < BRASINDICE_ROWS; i++) {
      t.brasindiceCodes[i] = Codes.code("90", 6, i);
      t.pmcCents[i] = logUniform(r, 100, 200_000);
    }
    for (int i = 0; i < t.propriosCodes.length; i++) {
      String prefix = i < DAILY_ROWS ? "6000" : i < DAILY_ROWS + FEE_ROWS ? "6001" : "6002";
      t.propriosCodes[i] = Codes.code(prefix, 4, i);
      t.propriosCents[i] = logUniform(r, 5_000, 120_000);
    }
    return t;
  }

  public ItemKind propriosKind(int row) {
    return row < DAILY_ROWS ? ItemKind.DAILY_RATE : row < DAILY_ROWS + FEE_ROWS ? ItemKind.FEE : ItemKind.GAS;
  }

  public int materialRows() {
    return simproCodes.length;
  }

  /** Writes cbhpm.csv, simpro.csv, brasindice.csv and proprios.csv (';'-separated, plain decimals) into dir. */
  public void writeCsv(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("cbhpm.csv"), StandardCharsets.UTF_8)) {
      w.write("code;porte;uco;anest\n");
      for (int i = 0; i < CBHPM_ROWS; i++) {
        w.write(cbhpmCodes[i] + ";" + plain(porteCents[i]) + ";" + (ucoTenths[i] / 10) + "." + (ucoTenths[i] % 10)
            + ";" + plain(anestCents[i]) + "\n");
      }
    }
    writeTwoColumns(dir.resolve("simpro.csv"), "code;pf", simproCodes, pfCents);
    writeTwoColumns(dir.resolve("brasindice.csv"), "code;pmc", brasindiceCodes, pmcCents);
    writeTwoColumns(dir.resolve("proprios.csv"), "code;price", propriosCodes, propriosCents);
  }

  private static void writeTwoColumns(Path file, String header, String[] codes, long[] cents) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(header);
      w.write('\n');
      for (int i = 0; i < codes.length; i++) {
        w.write(codes[i]);
        w.write(';');
        w.write(plain(cents[i]));
        w.write('\n');
      }
    }
  }

  /** Cents as a plain decimal with two places ({@code 1234.56}); money stays integral all the way. */
  static String plain(long cents) {
    long abs = Math.abs(cents);
    String frac = Long.toString(abs % 100);
    return (cents < 0 ? "-" : "") + abs / 100 + "." + (frac.length() == 1 ? "0" + frac : frac);
  }

  /** A value between lo and hi (cents), more of the small ones, as price lists are; integer arithmetic only. */
  private static long logUniform(SplittableRandom r, long lo, long hi) {
    long span = hi - lo;
    long a = r.nextLong(span + 1);
    long b = r.nextLong(span + 1);
    return lo + a * b / span; // product of two uniforms: skewed to the low end
  }
}
