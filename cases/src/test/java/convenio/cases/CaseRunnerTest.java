package convenio.cases;

import static convenio.cases.FakeAccounts.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.cases.CaseResult.Status;
import convenio.model.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRunnerTest {
  @TempDir
  Path dir;

  /** 10101012 costs R$ 180,00; presented R$ 200,00 → paid 180,00, glosa 1705 of 20,00 (hand-computed). */
  private CaseRunner runner() {
    FakeContract contract = new FakeContract(Map.of("10101012", Money.parse("180,00"), "40301010", Money.parse("7,50")));
    FakeAccounts accounts = new FakeAccounts(Map.of("lote.xml", FakeAccounts.account("G-1",
        List.of(item(1, "10101012", "1", "200,00"), item(2, "40301010", "2", "7,50")))));
    return new CaseRunner(p -> new Compilation(List.of(), contract, Map.of()), accounts);
  }

  private TestReport run(String caseText) throws IOException {
    Files.writeString(dir.resolve("c.convenio"), "contract \"x\"\n");
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(cases.resolve("a.yaml"), caseText);
    Files.writeString(cases.resolve("account.yaml"), "guides: []\n"); // an account, not a case file: skipped
    Path copy = Files.createDirectories(dir.resolve("target/classes/cases")); // build output: skipped
    Files.writeString(copy.resolve("a.yaml"), caseText);
    return runner().run(List.of(dir));
  }

  @Test
  void passingAndFailingCasesWithExpectedVersusActual() throws IOException {
    TestReport report = run("""
        contract: ../c.convenio
        cases:
          - name: passes
            account: lote.xml
            expect:
              totals:
                presented: R$ 215,00
                paid: R$ 195,00
                glosed: R$ 20,00
                glosa_rate: 9,3%
              items:
                - { seq: 1, paid: "R$ 180,00", glosas: [ { code: "1705", value: "R$ 20,00" } ] }
                - code: "40301010"
                  allowed: R$ 15,00
                  glosas: []
          - name: fails
            account: lote.xml
            expect:
              items:
                - seq: 1
                  paid: R$ 200,00
                  glosas: []
          - name: skipped
            skip: waiting for the 2025 table
            account: lote.xml
        """);
    assertEquals(1, report.files().size(), "account.yaml in cases/ is not a case file, target/ is not searched");
    List<CaseResult> results = report.files().get(0).results();
    assertEquals(Status.PASSED, results.get(0).status(), results.get(0).mismatches().toString());
    assertEquals(Status.FAILED, results.get(1).status());
    assertEquals(Status.SKIPPED, results.get(2).status());
    List<Mismatch> ms = results.get(1).mismatches();
    assertEquals(2, ms.size());
    assertEquals("item seq 1: paid", ms.get(0).subject());
    assertEquals("R$ 200,00", ms.get(0).expected());
    assertEquals("R$ 180,00", ms.get(0).actual());
    assertEquals(20, ms.get(0).line());
    assertEquals("no glosa", ms.get(1).expected());
    assertTrue(ms.get(1).actual().startsWith("1705 R$ 20,00"), ms.get(1).actual());
    assertTrue(!report.ok());

    String text = TextReport.render(report, false);
    assertTrue(text.contains("FAIL   fails"), text);
    assertTrue(text.contains("a.yaml:20  item seq 1: paid"), text);
    assertTrue(text.contains("expected R$ 200,00"), text);
    assertTrue(text.contains("actual   R$ 180,00"), text);
    assertTrue(text.contains("fake.convenio:10"), "the item's trace is shown: " + text);
    assertTrue(text.contains("1 passed, 1 failed, 0 broken, 1 skipped in 1 file"), text);
  }

  @Test
  void anItemThatIsNotThereOrIsAmbiguousIsAFailureThatListsTheItems() throws IOException {
    TestReport report = run("""
        contract: ../c.convenio
        cases:
          - name: missing
            account: lote.xml
            expect: { items: [ { seq: 9, paid: "R$ 1,00" } ] }
        """);
    Mismatch m = report.files().get(0).results().get(0).mismatches().get(0);
    assertEquals("exactly one item", m.expected());
    assertTrue(m.actual().contains("seq 1 code 10101012, seq 2 code 40301010"), m.actual());
  }

  @Test
  void aBrokenFileAndAnUnreadableAccountDoNotStopTheOtherCases() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(cases.resolve("broken.yaml"), "contract: ../c.convenio\ncases:\n  - name: [\n");
    TestReport report = run("""
        contract: ../c.convenio
        cases:
          - name: no account
            account: missing.xml
          - name: no contract
            contract: ../nope.convenio
            account: lote.xml
          - name: runs
            account: lote.xml
            expect: { totals: { paid: "R$ 195,00" } }
        """);
    assertEquals(2, report.files().size());
    FileOutcome good = report.files().get(0);
    assertEquals(Status.BROKEN, good.results().get(0).status());
    assertTrue(good.results().get(0).message().contains("missing.xml"));
    assertEquals(Status.BROKEN, good.results().get(1).status());
    assertTrue(good.results().get(1).message().contains("does not exist"));
    assertEquals(Status.PASSED, good.results().get(2).status());
    FileOutcome broken = report.files().get(1);
    assertEquals(1, broken.problems().size());
    String text = TextReport.render(report, false);
    assertTrue(text.contains("broken.yaml:4: not valid YAML"), text);
  }

  @Test
  void inlineAccountsReachTheAccountReader() throws IOException {
    TestReport report = run("""
        contract: ../c.convenio
        cases:
          - name: inline
            account:
              lines:
                - 10101012 2 R$ 190,00
            expect:
              totals:
                presented: R$ 380,00
                paid: R$ 360,00
        """);
    CaseResult r = report.files().get(0).results().get(0);
    assertEquals(Status.PASSED, r.status(), r.message() + r.mismatches());
  }

  @Test
  void anAccountWrittenOnceIsReusedWithYamlAnchorsAndMergeKeys() throws IOException {
    TestReport report = run("""
        contract: ../c.convenio
        cases:
          - name: base
            account: &base
              lines:
                - 10101012 1 R$ 200,00
            expect:
              totals:
                paid: R$ 180,00
          - name: reused
            account: *base
            expect:
              items:
                - &consulta
                  seq: 1
                  allowed: R$ 180,00
                  paid: R$ 180,00
                - <<: *consulta
                  code: "10101012"
        """);
    List<CaseResult> results = report.files().get(0).results();
    assertEquals(List.of(), report.files().get(0).problems());
    assertEquals(Status.PASSED, results.get(0).status(), results.get(0).message());
    assertEquals(Status.PASSED, results.get(1).status(), results.get(1).message() + results.get(1).mismatches());
    assertEquals(2, results.get(1).testCase().expect().items().size());
    assertEquals("10101012", results.get(1).testCase().expect().items().get(1).code());
    assertEquals(Money.parse("180,00"), results.get(1).testCase().expect().items().get(1).paid());
  }
}
