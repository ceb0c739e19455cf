package convenio.bench.workload;

import convenio.model.Account;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark workload on disk: {@code DIR/contrato.convenio} and its CSV tables under {@code DIR/tables/}, with a
 * materials table of the given size, plus the in-memory tables the generators and the baseline share. Everything
 * derives from {@link #SEED}, so two runs on two machines price the same accounts against the same contract.
 */
public final class Workload {
  public static final long SEED = 20_251_126L;

  private final Path dir;
  private final PriceTables tables;

  private Workload(Path dir, PriceTables tables) {
    this.dir = dir;
    this.tables = tables;
  }

  /** Generates the tables and writes the contract and its CSV files under {@code root/rows-N}. */
  public static Workload prepare(Path root, int materialRows) throws IOException {
    Path dir = root.resolve("rows-" + materialRows);
    PriceTables tables = PriceTables.generate(materialRows, SEED);
    tables.writeCsv(dir.resolve("tables"));
    Workload w = new Workload(dir, tables);
    w.writeContract(15);
    return w;
  }

  /** Rewrites contrato.convenio with another materials mark-up (the REPL what-if); returns its path. */
  public Path writeContract(int materialsMarkupPercent) throws IOException {
    Path file = contract();
    Files.writeString(file, ContractText.source(materialsMarkupPercent), StandardCharsets.UTF_8);
    return file;
  }

  public Path contract() {
    return dir.resolve("contrato.convenio");
  }

  public Path dir() {
    return dir;
  }

  public PriceTables tables() {
    return tables;
  }

  /** The in-memory lotes: about {@code guides} guides, same seed → same lotes. */
  public List<Account> lotes(int guides) {
    return new AccountGenerator(tables, SEED + 1).lotes(guides);
  }

  /** Lotes of small guides (1–8 procedures each, like the peers' workload): about {@code guides} guides. */
  public List<Account> smallGuideLotes(int guides) {
    return new AccountGenerator(tables, SEED + 2).smallGuideLotes(guides);
  }

  /**
   * Writes each lote as a TISS XML file under {@code dir/lotes/} (replacing what an earlier run left there, so the
   * folder holds exactly these lotes); returns the files in lote order.
   */
  public List<Path> writeLotes(List<Account> lotes) throws IOException {
    Path out = dir.resolve("lotes");
    Files.createDirectories(out);
    try (var old = Files.list(out)) {
      for (Path p : old.filter(f -> f.toString().endsWith(".xml")).toList()) Files.delete(p);
    }
    List<Path> files = new ArrayList<>();
    for (Account a : lotes) {
      Path f = out.resolve("lote-" + a.loteNumber() + ".xml");
      LoteXmlWriter.write(a, f);
      files.add(f);
    }
    return files;
  }
}
