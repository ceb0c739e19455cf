package convenio.runtime;

import convenio.api.Contract;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;


/** Problems stay on their guide; ties are critiques; the trace tells the story in order; constants are readable. */
class RobustnessAndTraceTest {
  @Test
  void aRuleThatCannotBeEvaluatedIsACritiqueOnItsGuideOnly() {
    Contract c = contract("""
        map preco { "A" -> R$ 10,00 }
        table t type 00 effective 2025-01-01 columns (code, letra) { "1" "A"  "2" "Z" }
        price fees from t = preco[t.letra]
        """.replace("\"A\"  \"2\"", "\"A\"\n  \"2\""));
    PricingResult r = price(c, guide("G1").add(item(ItemKind.FEE, "2", 1, "10,00")).build(),
        guide("G2").add(item(ItemKind.FEE, "1", 1, "10,00")).build());
    assertEquals(List.of("1707"), codes(item(r, "G1", 1)));
    assertTrue(item(r, "G1", 1).glosas().get(0).text().contains("map preco has no entry"), item(r, "G1", 1).glosas().get(0).text());
    assertEquals(1, r.guides().get(0).critiques().size());
    assertTrue(item(r, "G2", 1).glosas().isEmpty());
    assertTrue(r.guides().get(1).critiques().isEmpty());
  }

  @Test
  void aRuntimeErrorPointsAtTheSubExpressionThatFailedNotAtTheRule() {
    // lines 1–4 are the header; the rule starts on line 6, and the lookup that fails is on line 8, column 5
    Contract c = contract("""
        map preco { "A" -> R$ 10,00 }
        price fees =
          R$ 1,00
          + preco[code]
        """);
    PricingResult r = price(c, guide("G").add(item(ItemKind.FEE, "B", 1, "11,00")).build());
    var critique = r.guides().get(0).critiques().get(0);
    assertEquals("runtime", critique.code());
    assertTrue(critique.message().contains("map preco has no entry"), critique.message());
    assertEquals("teste.convenio:8:5", critique.pos().toString()); // "  + preco[code]": two spaces, "+", a space
    assertTrue(critique.rule().startsWith("price fees ="), critique.rule());
  }

  @Test
  void twoRulesOfTheSameRankAreACritiqueAndTheItemIsUnpriced() {
    // two conditions the checker cannot compare; an urgent guide in an apartment meets both and neither wins
    Contract c = contract("""
        price fees = presented
        price fees when character = "2" = R$ 10,00
        price fees when accommodation = "02" = R$ 12,00
        """);
    PricingResult r = price(c, guide("G").character("2").accommodation("02")
        .add(item(ItemKind.FEE, "1", 1, "10,00")).build());
    assertEquals(List.of("1707"), codes(only(r)));
    var critique = r.guides().get(0).critiques().get(0);
    assertEquals("ambiguous-price", critique.code());
    assertTrue(critique.message().contains("character = \"2\"") && critique.message().contains("accommodation = \"02\""),
        critique.message());
  }

  @Test
  void traceInOrderWithPlacesAndValues() {
    Contract c = contract("""
        import std.tiss.glosas
        clause "4" "Honorários"
        price procedure "30101010" = R$ 1.000,00
        adjust procedures when character = "2" = value * 130%
        glosa 1801 for procedures when quantity > 1 quantity quantity - 1
        """);
    ItemResult r = only(price(c, guide("G").character("2").add(procedure("30101010", 2, "1.300,00")).build()));
    List<TraceEvent.Kind> kinds = r.trace().stream().map(TraceEvent::kind).toList();
    assertEquals(List.of(TraceEvent.Kind.PRICE, TraceEvent.Kind.MODIFIER, TraceEvent.Kind.GLOSA), kinds);
    TraceEvent price = r.trace().get(0);
    assertEquals("price procedure \"30101010\" = R$ 1.000,00 (Cláusula 4 – Honorários)", price.rule());
    assertEquals(7, price.pos().line());
    assertEquals(Money.parse("1.000,00"), price.after());
    // 2 × 1.300,00 allowed 2.600,00; one unit glosed with its share (1.300,00); the other paid
    assertEquals(Money.parse("1.300,00"), r.paid());
    assertEquals(Money.parse("1.300,00"), r.glosas().get(0).value());
    assertEquals(0, r.glosas().get(0).quantity().compareTo(BigDecimal.ONE));
  }

  @Test
  void contractConstantsAreReadable() {
    Contract c = contract("""
        let uco = R$ 17,50
        let banda = 10%
        let fator = 2
        let dobro = uco * fator
        """);
    assertEquals(Money.parse("17,50"), c.constant("uco"));
    assertEquals(Percent.of(10), c.constant("banda"));
    assertEquals(Money.parse("35,00"), c.constant("dobro"));
    assertNull(c.constant("nada"));
  }

  @Test
  void brazilianMoneyText() {
    assertEquals("R$ 0,05", RuleValues.brl(Money.ofCents(5)));
    assertEquals("R$ 1.234,56", RuleValues.brl(Money.ofCents(123456)));
    assertEquals("R$ 1.000.000,00", RuleValues.brl(Money.ofCents(100000000)));
    assertEquals("-R$ 999,10", RuleValues.brl(Money.ofCents(-99910)));
  }

  @Test
  void aGuideOutsideTheContractVigenciaIsPricedWithACritique() {
    Contract c = contract("price procedures = presented\n");
    // the fixture contract is effective 2025-01-01 .. 2025-12-31
    PricingResult r = price(c, guide("G").start(LocalDate.of(2026, 1, 5))
        .add(procedure("1", 1, "10,00").date(LocalDate.of(2026, 1, 5))).build());
    assertEquals(brl("10,00"), only(r).paid());
    assertEquals("contract-vigencia", r.guides().get(0).critiques().get(0).code());
    assertTrue(r.guides().get(0).critiques().get(0).message().contains("05/01/2026"));
  }
}
