package convenio.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.GlosaGroup;
import convenio.model.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's specification, run as it is on the embedded H2 file and on a real PostgreSQL server. The figures are
 * those of {@link Fixture}, worked out by hand in each test.
 */
abstract class StoreSuite {
  @TempDir
  Path dir;

  /** A fresh, empty history, as a {@code --db} value. */
  abstract String newDb();

  HistoryStore store;
  List<Path> files;

  @BeforeEach
  void setUp() throws Exception {
    files = Fixture.write(dir);
    store = HistoryStore.open(newDb());
  }

  @org.junit.jupiter.api.AfterEach
  void tearDown() {
    store.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void everyKindIsRecognisedByContentAndRecordedOnce() {
    List<AddOutcome> first = store.add(List.of(dir));
    assertEquals(6, first.size());
    for (AddOutcome o : first) assertEquals(AddOutcome.Status.RECORDED, o.status(), o.toString());
    Map<MessageKind, Integer> counts = store.counts();
    assertEquals(2, counts.get(MessageKind.LOTE));
    assertEquals(2, counts.get(MessageKind.ANALISE));
    assertEquals(1, counts.get(MessageKind.RECURSO));
    assertEquals(1, counts.get(MessageKind.RESPOSTA));
    // the lote A has 3 items, its demonstrativo the same 3: lines per file
    assertEquals(3, first.stream().filter(o -> o.file().getFileName().toString().equals("lote-a.yaml")).findFirst().orElseThrow().lines());
    List<AddOutcome> again = store.add(List.of(dir));
    for (AddOutcome o : again) assertEquals(AddOutcome.Status.ALREADY_RECORDED, o.status(), o.toString());
    assertEquals(counts, store.counts());
  }

  @Test
  void theSameNumbersInAnotherFileAreNotRecordedTwice() throws Exception {
    store.add(files.get(0));
    Path copy = dir.resolve("copy.yaml");
    Files.writeString(copy, Files.readString(files.get(0)) + "\n# the same lote, sent again\n");
    AddOutcome o = store.add(copy);
    assertEquals(AddOutcome.Status.ALREADY_RECORDED, o.status());
    assertTrue(o.detail().contains("101"), o.detail());
  }

  @Test
  void aBrokenFileIsReportedWithItsPlaceAndTheOthersAreRecorded() throws Exception {
    Path bad = dir.resolve("z-broken.xml");
    String demo = Files.readString(files.get(1), java.nio.charset.StandardCharsets.ISO_8859_1);
    // cut in the middle of the message: not well-formed
    Files.writeString(bad, demo.substring(0, demo.length() / 2), java.nio.charset.StandardCharsets.ISO_8859_1);
    List<AddOutcome> out = store.add(List.of(dir));
    AddOutcome broken = out.stream().filter(o -> o.file().equals(bad)).findFirst().orElseThrow();
    assertEquals(AddOutcome.Status.FAILED, broken.status());
    assertTrue(broken.toString().matches("(?s).*z-broken\\.xml:\\d+:\\d+: .*"), broken.toString());
    assertEquals(6, out.stream().filter(o -> o.status() == AddOutcome.Status.RECORDED).count());
    // nothing of the broken file stayed: one demonstrativo per operator
    assertEquals(2, store.counts().get(MessageKind.ANALISE));
  }

  @Test
  void theIndicatorsPerOperator() {
    store.add(List.of(dir));
    Indicators i = store.indicators(IndicatorQuery.all(Dimension.OPERATOR));
    assertEquals(2, i.rows().size());
    Indicators.Row a = i.rows().get(0);
    assertEquals("111111", a.key().get(Dimension.OPERATOR));
    assertEquals(Money.of("350.00"), a.presented());      // 100 + 50 + 200
    assertEquals(Money.of("15.00"), a.glosed());          // 10 + 5
    assertEquals(d("4.29"), a.rate());                    // 15 / 350 × 100 = 4.2857…
    assertTrue(a.aboveTarget());                          // > 2%
    assertEquals(Money.of("15.00"), a.appealed());
    assertEquals(Money.of("10.00"), a.recovered());
    assertEquals(d("66.67"), a.recoveryRate());           // 10 / 15 × 100 = 66.666…
    assertEquals(Money.ZERO, a.notAppealed());
    assertEquals(Money.of("5.00"), a.finalGlosed());      // 15 − 10
    assertEquals(d("1.43"), a.finalRate());               // 5 / 350 × 100 = 1.4285…
    assertEquals(d("20.0"), a.averageDaysToAnswer());     // 2026-02-20 → 2026-03-12: 8 + 12 days, both items
    Indicators.Row b = i.rows().get(1);
    assertEquals(Money.of("1000.00"), b.presented());
    assertEquals(d("1.00"), b.rate());                    // 10 / 1000 × 100
    assertTrue(!b.aboveTarget());
    assertEquals(Money.of("10.00"), b.notAppealed());
    assertNull(b.recoveryRate());                         // nothing appealed
    assertNull(b.averageDaysToAnswer());
    assertEquals(d("1.85"), i.pooledRate());              // 25 / 1350 × 100 = 1.8518…
    assertEquals(d("2.64"), i.meanOperatorRate());        // (4.2857… + 1.00) / 2 = 2.6428…
  }

  @Test
  void byCodeTheRatesAreSharesOfTheOperatorsRate() {
    store.add(List.of(dir));
    Indicators i = store.indicators(IndicatorQuery.all(Dimension.OPERATOR, Dimension.CODE));
    assertEquals(3, i.rows().size());
    Indicators.Row r1705 = i.rows().get(0);
    assertEquals("1705", r1705.key().get(Dimension.CODE));
    assertEquals(Money.of("350.00"), r1705.presented());  // presented of the operator's items
    assertEquals(d("2.86"), r1705.rate());                // 10 / 350 × 100 = 2.857…
    assertEquals(d("1.43"), i.rows().get(1).rate());      // 2001: 5 / 350 × 100
    assertEquals("222222", i.rows().get(2).key().get(Dimension.OPERATOR));
    // Pareto: 1705 and 1801 R$ 10 each (40% of R$ 25), then 2001 R$ 5 (20%); ties in code order
    assertEquals(List.of("1705", "1801", "2001"), i.pareto().stream().map(Indicators.Pareto::code).toList());
    assertEquals(d("40.00"), i.pareto().get(0).share());
    assertEquals(d("80.00"), i.pareto().get(1).cumulativeShare());
    assertEquals(d("100.00"), i.pareto().get(2).cumulativeShare());
  }

  @Test
  void administrativeAndTechnicalByDefaultAndOverriddenPerOperator() {
    store.add(List.of(dir));
    Indicators i = store.indicators(IndicatorQuery.all(Dimension.CLASS));
    // 1705 (17xx) administrative R$ 10; 2001 (20xx) and 1801 (18xx) technical R$ 5 + R$ 10
    assertEquals("administrative", i.rows().get(0).key().get(Dimension.CLASS));
    assertEquals(Money.of("10.00"), i.rows().get(0).glosed());
    assertEquals(Money.of("15.00"), i.rows().get(1).glosed());
    store.classify("222222", "18", GlosaGroup.ADMINISTRATIVE);
    i = store.indicators(IndicatorQuery.all(Dimension.CLASS));
    assertEquals(Money.of("20.00"), i.rows().get(0).glosed()); // 10 + operator B's 1801 now administrative
    assertEquals(Money.of("5.00"), i.rows().get(1).glosed());
  }

  @Test
  void competenciaFiltersAndGuideTypeAndItemKindComeFromTheLote() {
    store.add(List.of(dir));
    Indicators none = store.indicators(new IndicatorQuery(YearMonth.of(2026, 2), null, List.of(Dimension.MONTH), null));
    assertTrue(none.rows().isEmpty(), "both lotes are of 2026-01");
    Indicators t = store.indicators(IndicatorQuery.all(Dimension.GUIDE_TYPE, Dimension.ITEM_KIND));
    // CONSULTA/PROCEDURE: G2 R$ 200 no glosa; SP_SADT/MATERIAL: G1/2 R$ 50, R$ 5; SP_SADT/PROCEDURE: G1/1 + H1/1
    assertEquals(3, t.rows().size());
    assertEquals(Money.of("200.00"), t.rows().get(0).presented());
    assertEquals(d("10.00"), t.rows().get(1).rate());      // 5 / 50 × 100
    assertEquals(Money.of("1100.00"), t.rows().get(2).presented());
    assertEquals(d("1.82"), t.rows().get(2).rate());       // 20 / 1100 × 100 = 1.8181…
  }

  @Test
  void whatIsDueAndWhen() {
    store.add(List.of(dir));
    store.prazo("222222", 15, 30);
    List<Due> due = store.due(LocalDate.of(2026, 3, 1));
    // B's glosa is not appealed: demonstrativo 2026-02-15 + 15 days = 2026-03-02, one day left on 2026-03-01
    assertEquals(1, due.size());
    Due b = due.get(0);
    assertEquals(Due.Kind.APPEAL, b.kind());
    assertEquals(LocalDate.of(2026, 3, 2), b.dueOn());
    assertEquals(1, b.daysLeft());
    assertEquals(Money.of("10.00"), b.amount());
  }

  @Test
  void theContractsPrazoAppliesUnlessOneIsRecordedForTheOperator() {
    store.add(List.of(dir));
    java.util.Map<String, convenio.model.RecursoPrazo> contracts = java.util.Map.of("222222",
        new convenio.model.RecursoPrazo(20, 20, new convenio.model.SourcePos("b.convenio", 5, 3)));
    // B's contract: recurso in 20 days after demonstrativo; 2026-02-15 + 20 days = 2026-03-07 (February 2026 has 28
    // days: 13 + 7), 6 days left on 2026-03-01. A prazo recorded for every operator ('*') does not override it.
    store.prazo("*", 45, 45);
    Due b = store.due(LocalDate.of(2026, 3, 1), contracts).get(0);
    assertEquals(LocalDate.of(2026, 3, 7), b.dueOn());
    assertEquals(6, b.daysLeft());
    assertEquals(20, b.prazoDays());
    assertEquals("the contract's clause, b.convenio:5", b.prazoSource());
    // One recorded for the operator does: 15 days, 2026-03-02.
    store.prazo("222222", 15, 30);
    assertEquals(LocalDate.of(2026, 3, 2), store.due(LocalDate.of(2026, 3, 1), contracts).get(0).dueOn());
  }

  @Test
  void theSchemaIsVersioned() throws Exception {
    try (Statement s = store.connection().createStatement();
         ResultSet rs = s.executeQuery("SELECT version, name FROM schema_history ORDER BY version")) {
      assertTrue(rs.next());
      assertEquals(1, rs.getInt(1));
      assertEquals("V1__history.sql", rs.getString(2));
    }
    // opening again applies nothing and keeps the data
    store.add(files.get(0));
    store.close();
    store = HistoryStore.open(store.database());
    assertEquals(1, store.counts().get(MessageKind.LOTE));
  }
}
