package convenio.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.ContractRegistry;
import convenio.bench.workload.AccountGenerator;
import convenio.bench.workload.LoteXmlWriter;
import convenio.model.Account;
import convenio.tiss.TissReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class LoteImportTest {
  @Test
  void aFolderOfTissLotesIsPricedAsTheJvmPricesEachFile() throws IOException {
    SparkSession spark = LocalSpark.session();
    TestWorkload w = TestWorkload.get();
    Path root = Path.of("target", "spark-test-lotes");
    if (Files.exists(root)) org.apache.hadoop.fs.FileUtil.fullyDelete(root.toFile());
    // generated TISS 4.03.00 lotes of provider 0001234, the bundled São Lucas lotes, and a file cut short
    Map<String, Path> files = new TreeMap<>();
    for (Account a : new AccountGenerator(w.bench.tables(), 2105).lotes(60)) {
      Path f = Files.createDirectories(root.resolve("bench")).resolve("lote-" + a.loteNumber() + ".xml");
      LoteXmlWriter.write(a, f);
      files.put("bench/" + f.getFileName(), f);
    }
    Path saoLucas = Path.of("..", "contracts", "hospital-sao-lucas", "lotes");
    for (String name : List.of("lote-2025-03.xml", "lote-2025-03-sadt.xml")) {
      Path f = Files.createDirectories(root.resolve("sao-lucas")).resolve(name);
      Files.copy(saoLucas.resolve(name), f);
      files.put("sao-lucas/" + name, f);
    }
    byte[] whole = Files.readAllBytes(files.get("sao-lucas/lote-2025-03.xml"));
    Path broken = Files.createDirectories(root.resolve("quebrado")).resolve("lote-cortado.xml");
    Files.write(broken, java.util.Arrays.copyOf(whole, whole.length / 2));

    LoteImport.Imported imported = LoteImport.read(spark, root.toString(), false);
    assertEquals(files.size() + 1, imported.lotes());
    assertEquals(1, imported.lotesLeftOut());
    assertTrue(imported.problems().stream().anyMatch(p -> p.startsWith("quebrado/lote-cortado.xml:")),
        imported.problems().toString());
    assertTrue(imported.problems().contains("quebrado/lote-cortado.xml: left out of the table: the lote could not "
        + "be read whole") || imported.problems().contains("quebrado/lote-cortado.xml: left out of the table"),
        imported.problems().toString());

    // through Parquet, as the command line goes: the table written and read back is priced
    Path table = root.resolve("accounts.parquet");
    imported.accounts().write().parquet(table.toString());
    List<Row> priced = PricingJob.price(spark, spark.read().parquet(table.toString()), w.bundle(w.before))
        .collectAsList();

    Map<String, List<Row>> byAccount = new HashMap<>();
    for (Row r : priced) byAccount.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    assertEquals(files.keySet(), new java.util.TreeSet<>(byAccount.keySet()), "one account per lote read whole");
    try (ContractRegistry jvm = ContractRegistry.open(w.before)) {
      for (Map.Entry<String, Path> e : files.entrySet()) {
        Account a = new TissReader().read(e.getValue()).account();
        int n = a.guides().stream().mapToInt(g -> g.items().size()).sum();
        assertEquals(Lines.jvm(jvm.price(a), n), Lines.spark(byAccount.get(e.getKey())), e.getKey());
      }
    }
    assertTrue(priced.stream().anyMatch(r -> "sao-lucas/lote-2025-03.xml".equals(r.getString(0))
        && r.getAs("error") == null && r.getAs("contract_file").equals("sao-lucas.cvc")));
  }
}
