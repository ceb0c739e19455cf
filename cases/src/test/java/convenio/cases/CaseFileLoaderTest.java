package convenio.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFileLoaderTest {
  private static final Path FILE = Path.of("/x/contracts/c/cases/a.yaml");

  private static CaseFile parse(String text) {
    return new CaseFileLoader().parse(FILE, text);
  }

  @Test
  void readsEveryKindOfExpectationInTheLanguagesNotation() {
    CaseFile f = parse("""
        contract: ../c.convenio
        cases:
          - name: consulta
            account: accounts/lote.xml
            expect:
              totals:
                presented: R$ 1.234,56
                paid: 1.000,00
                glosed: "R$ 234,56"
                glosa_rate: 19%
              guides:
                - guide: "G-1"
                  critiques: []
              items:
                - guide: "G-1"
                  seq: 2
                  code: "0010101012"
                  degree: "01"
                  unit_price: R$ 180,00
                  paid_quantity: 1,5
                  glosas:
                    - { code: "1705", value: "R$ 0,56", text: "a maior" }
        """);
    assertEquals(List0.of(), f.problems());
    TestCase c = f.cases().get(0);
    assertEquals(Path.of("/x/contracts/c/c.convenio"), c.contract());
    assertEquals(3, c.line());
    AccountRef.FromFile account = assertInstanceOf(AccountRef.FromFile.class, c.account());
    assertEquals(Path.of("/x/contracts/c/cases/accounts/lote.xml"), account.path());
    assertEquals(Money.ofCents(123456), c.expect().totals().presented());
    assertEquals(Money.ofCents(100000), c.expect().totals().paid());
    assertEquals(Percent.of(19), c.expect().totals().glosaRate());
    assertEquals(0, c.expect().guides().get(0).critiques().size());
    var item = c.expect().items().get(0);
    assertEquals("0010101012", item.code()); // quoted: leading zeros survive
    assertEquals(2, item.seq());
    assertEquals(0, new BigDecimal("1.5").compareTo(item.paidQuantity()));
    assertEquals(Money.ofCents(56), item.glosas().get(0).value());
    assertEquals(15, item.line());
    assertNull(item.allowed()); // not written, not checked
  }

  @Test
  void inlineAccountIsKeptAsYamlWithItsLine() {
    CaseFile f = parse("""
        contract: c.convenio
        cases:
          - name: inline
            account:
              guides:
                - number: "G-1"
        """);
    assertEquals(List0.of(), f.problems());
    AccountRef.Inline inline = assertInstanceOf(AccountRef.Inline.class, f.cases().get(0).account());
    assertEquals(5, inline.line());
    assertTrue(inline.yaml().contains("number: \"G-1\"") || inline.yaml().contains("number: G-1"), inline.yaml());
  }

  @Test
  void everyProblemIsReportedWithItsLineAndGoodCasesAreKept() {
    CaseFile f = parse("""
        contract: c.convenio
        cases:
          - name: good
            account: a.xml
            expect: { totals: { paid: "R$ 10,00" } }
          - name: typo in a key
            account: a.xml
            expect:
              items:
                - seq: 1
                  payd: R$ 10,00
          - name: not money
            account: a.xml
            expect: { totals: { paid: dez reais } }
          - name: good
            account: b.xml
        """);
    assertEquals(1, f.cases().size());
    assertEquals("good", f.cases().get(0).name());
    assertEquals(3, f.problems().size(), f.problems().toString());
    assertEquals(11, f.problems().get(0).line());
    assertTrue(f.problems().get(0).message().contains("unknown key 'payd' in an item expectation: did you mean paid?"),
        f.problems().get(0).message());
    assertEquals(14, f.problems().get(1).line());
    assertTrue(f.problems().get(1).message().contains("'dez reais' is not money"));
    assertEquals(15, f.problems().get(2).line());
    assertTrue(f.problems().get(2).message().contains("a second case named 'good'"));
  }

  @Test
  void moneyCutByTheCommaOfAOneLineMappingIsAnErrorNotAnotherValue() {
    CaseFile f = parse("""
        contract: c.convenio
        cases:
          - name: trap
            account: a.xml
            expect: { totals: { paid: R$ 1.000,00 } }
        """);
    assertEquals(0, f.cases().size());
    assertTrue(f.problems().stream().anyMatch(p -> p.line() == 5 && p.message().contains("'1.000' is ambiguous")
        || p.message().contains("'R$ 1.000' is ambiguous")), f.problems().toString());
    assertTrue(f.problems().stream().anyMatch(p -> p.message().contains("unknown key '00'")), f.problems().toString());
  }

  @Test
  void brokenYamlIsOneProblemWithALine() {
    CaseFile f = parse("contract: c.convenio\ncases:\n  - name: [unclosed\n");
    assertEquals(0, f.cases().size());
    assertEquals(1, f.problems().size());
    assertTrue(f.problems().get(0).line() >= 3, f.problems().toString());
    assertTrue(f.problems().get(0).message().startsWith("not valid YAML"));
  }

  @Test
  void aCaseNeedsAContractAndAnAccount() {
    CaseFile f = parse("cases:\n  - name: x\n");
    assertEquals(0, f.cases().size());
    assertEquals(2, f.problems().size(), f.problems().toString());
    assertTrue(f.problems().get(0).message().contains("no contract"));
    assertTrue(f.problems().get(1).message().contains("no 'account:'"));
  }

  /** List.of with a type the assertion can compare to the problems list. */
  private static final class List0 {
    static List<CaseProblem> of() {
      return List.of();
    }
  }
}
