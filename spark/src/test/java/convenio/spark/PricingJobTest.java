package convenio.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.ContractRegistry;
import convenio.model.Account;
import convenio.model.Provider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PricingJobTest {
  static TestWorkload w;
  static List<Row> priced;
  static SparkSession spark;

  @BeforeAll
  static void priceTheWorkload() {
    spark = LocalSpark.session();
    w = TestWorkload.get();
    // Spread every account's rows over eight partitions: the job must bring each account together again.
    Dataset<Row> table = TestWorkload.table(w.accounts).repartition(8);
    priced = PricingJob.price(spark, table, w.bundle(w.before)).collectAsList();
  }

  @Test
  void everyItemIsPricedAsTheJvmPricesTheSameAccount() {
    Map<String, List<Row>> byAccount = new HashMap<>();
    for (Row r : priced) byAccount.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    int items = 0;
    try (ContractRegistry jvm = ContractRegistry.open(w.before)) {
      for (Map.Entry<String, Account> e : w.accounts.entrySet()) {
        Account a = e.getValue();
        int n = a.guides().stream().mapToInt(g -> g.items().size()).sum();
        List<String> expected = Lines.jvm(jvm.price(a), n);
        assertEquals(expected, Lines.spark(byAccount.getOrDefault(e.getKey(), List.of())), e.getKey());
        items += n;
      }
    }
    assertEquals(items, priced.size(), "one row per item, no more");
    assertTrue(items > 5_000, "a data set of some size: " + items + " items");
  }

  @Test
  void theRegistryChoosesTheVersionByProviderAndDate() {
    Map<String, Set<String>> versions = new LinkedHashMap<>();
    for (Row r : priced) {
      String group = r.getString(0).substring(0, r.getString(0).indexOf('/'));
      versions.computeIfAbsent(group, k -> new TreeSet<>()).add(r.getAs("contract_id") + " v"
          + r.getAs("contract_version") + (r.getAs("error") == null ? "" : " error"));
    }
    assertEquals(Set.of("bench-sintetico v1"), versions.get("y2025"));
    assertEquals(Set.of("bench-sintetico v2"), versions.get("y2026"));
    assertEquals(Set.of("bench-outro v1"), versions.get("outro"));
    assertEquals(Set.of("null vnull error"), versions.get("sem-contrato"));
  }

  @Test
  void theDataSetExercisesGlosasAcrossTheAccount() {
    Set<String> codes = new TreeSet<>();
    for (Row r : priced) if (r.getAs("glosa_codes") != null) codes.addAll(r.getList(r.fieldIndex("glosa_codes")));
    // 1705 excess over the contract value, 1820 the per-day limit (counted across guides of one beneficiary)
    assertTrue(codes.containsAll(Set.of("1705", "1820")), "glosa codes seen: " + codes);
  }

  @Test
  void everyPricedItemReconcilesToTheCent() {
    Dataset<Row> out = spark.createDataFrame(priced, PricedTable.SCHEMA).filter(col("error").isNull());
    assertEquals(DataTypes.createDecimalType(15, 2), out.schema().apply("paid").dataType());
    assertEquals(0, out.filter(expr("presented + raised <> paid + glosed")).count());
    assertEquals(0, out.filter(expr("glosed <> aggregate(glosas, cast(0 as decimal(25,2)), (s, g) -> cast(s + g.value as decimal(25,2)))"))
        .count());
    assertTrue(out.count() > 5_000);
  }

  @Test
  void aPerDayLimitCountsAcrossGuidesInDifferentPartitions() {
    // Two SP/SADT guides of one beneficiary on Wednesday 2025-03-12, each with procedure 40301010, which the contract
    // prices at R$ 45,00 and limits to 1 per day outpatient (else glosa 1820). Guide G1 is the first: paid R$ 45,00.
    // Guide G2 is the second that day: the whole R$ 45,00 is glosed with 1820, paid R$ 0,00 (45,00 = 0,00 + 45,00).
    LocalDate day = LocalDate.of(2025, 3, 12);
    Account a = Account.of("999999", new Provider(TestWorkload.PROVIDER_1, null, null, null, null), List.of(
        TestWorkload.sadt("G1", "0000000000000001", "40301010", day, "R$ 45,00"),
        TestWorkload.sadt("G2", "0000000000000001", "40301010", day, "R$ 45,00")));
    Dataset<Row> table = TestWorkload.table(Map.of("limite/conta", a)).repartition(2, col("guide_pos"));
    assertEquals(2, table.rdd().getNumPartitions());
    List<Row> rows = PricingJob.price(spark, table, w.bundle(w.before)).orderBy("guide_pos").collectAsList();
    assertEquals(2, rows.size());
    assertEquals(new BigDecimal("45.00"), rows.get(0).getAs("paid"));
    assertEquals(new BigDecimal("0.00"), rows.get(0).getAs("glosed"));
    assertEquals(new BigDecimal("0.00"), rows.get(1).getAs("paid"));
    assertEquals(new BigDecimal("45.00"), rows.get(1).getAs("glosed"));
    assertEquals(List.of("1820"), rows.get(1).getList(rows.get(1).fieldIndex("glosa_codes")));
  }

  @Test
  void anAccountWithoutAContractSaysWhyOnEachItem() {
    long rows = priced.stream().filter(r -> r.getString(0).startsWith("sem-contrato/")).count();
    long errors = priced.stream().filter(r -> r.getString(0).startsWith("sem-contrato/"))
        .filter(r -> r.getAs("paid") == null && ((String) r.getAs("error")).contains("000001")).count();
    assertTrue(rows > 0);
    assertEquals(rows, errors, "every item of the account names the operator no contract covers");
  }

  @Test
  void moneyInADoubleColumnIsRefused() {
    Dataset<Row> table = TestWorkload.table(Map.of("x", w.accounts.values().iterator().next()))
        .withColumn("unit_value", col("unit_value").cast("double"));
    JobException e = assertThrows(JobException.class, () -> PricingJob.price(spark, table, w.bundle(w.before)));
    assertTrue(e.getMessage().contains("column unit_value is double: expected decimal(15,2) (money is exact"),
        e.getMessage());
  }

  @Test
  void aFolderWithoutCompiledContractsIsRefused() {
    JobException e = assertThrows(JobException.class, () -> w.bundle(w.bench.dir().resolve("tables")));
    assertTrue(e.getMessage().contains("no compiled contract (*.cvc) in this folder"), e.getMessage());
  }
}
