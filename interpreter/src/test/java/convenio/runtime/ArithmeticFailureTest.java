package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Contract;
import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.PricingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arithmetic that fails at run time (a divisor that is zero for this item, a product too large for money) is a
 * critique for the auditor on that item, in the contract's words; the glosa the provider receives says only that the
 * price could not be computed. No Java exception name reaches either.
 */
class ArithmeticFailureTest {
  static final Contract C = contract("""
      price procedure "10101012" = R$ 100,00 / (quantity - 1)
      price procedure "10101013" = R$ 90.000.000,00 * 999999999999999
      price procedure "10101014" = R$ 50,00
      """);

  static void noJavaNames(String text) {
    for (String java : List.of("Exception", "java.", "BigDecimal", "Overflow:", "/ by zero")) {
      assertFalse(text.contains(java), "a Java name in: " + text);
    }
  }

  @Test
  void divisionByZeroAtRunTimeIsACritiqueOnTheItem() {
    PricingResult r = price(C, guide("G1").add(procedure("10101012", 1, "100,00"))
        .add(procedure("10101014", 1, "50,00")).build());
    // R$ 100,00 / (1 - 1): no price; the other item is priced as usual (R$ 50,00 × 1).
    assertEquals(List.of("1707"), codes(item(r, "G1", 1)));
    Glosa g = item(r, "G1", 1).glosas().get(0);
    noJavaNames(g.text());
    assertEquals(brl("50,00"), item(r, "G1", 2).paid());
    List<Critique> critiques = r.guides().get(0).critiques();
    assertEquals(1, critiques.size(), critiques.toString());
    noJavaNames(critiques.get(0).message());
    assertTrue(critiques.get(0).message().contains("item 1 (10101012)"), critiques.get(0).message());
    assertTrue(critiques.get(0).message().contains("by zero"), critiques.get(0).message());
    assertTrue(critiques.get(0).pos() != null && critiques.get(0).pos().line() > 0, "the critique points at the rule");
  }

  @Test
  void overflowAtRunTimeIsACritiqueOnTheItem() {
    // R$ 90.000.000,00 × 999 999 999 999 999 ≈ 9 × 10^22 reais: far past what money holds (about 9 × 10^16 reais).
    PricingResult r = price(C, guide("G1").add(procedure("10101013", 1, "100,00")).build());
    assertEquals(List.of("1707"), codes(only(r)));
    noJavaNames(only(r).glosas().get(0).text());
    assertTrue(only(r).glosas().get(0).text().contains("could not compute a price"), only(r).glosas().get(0).text());
    String critique = r.guides().get(0).critiques().get(0).message();
    noJavaNames(critique);
    assertTrue(critique.contains("too large for money"), critique);
  }
}
