package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values a bill cannot have, in the YAML/JSON form: refused where they are read, each with its line and column, and
 * never priced as written (nor a stack trace).
 */
class AccountValuesTest {
  /** The problems of an account with one item whose entries are {@code item}; the item is on line 5. */
  static List<String> problems(String item) {
    String text = """
        guides:
          - number: "G-1"
            type: sp_sadt
            items:
              - %s
        """.formatted(item);
    AccountYaml.Read r = AccountYaml.parseYaml(text, Path.of("conta.yaml"), 1);
    assertNull(r.account(), "refused");
    return r.problems();
  }

  static String only(String item) {
    List<String> p = problems(item);
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("conta.yaml:5:"), p.get(0));
    return p.get(0);
  }

  @Test
  void anOversizedQuantityIsRefusedWithItsPlace() {
    String p = only("{ code: \"10101012\", quantity: 99999999999999999999, unitValue: \"10.00\" }");
    assertTrue(p.contains("guides[0].items[0].quantity: quantity 99999999999999999999 is larger than a TISS quantity"
        + " holds (st_decimal9-4: at most 99999.9999)"), p);
  }

  @Test
  void zeroNegativeAndFractionalProcedureQuantitiesAreRefused() {
    assertTrue(only("{ code: \"1\", quantity: 0, unitValue: \"10.00\" }").contains("quantity 0 is not positive"));
    assertTrue(only("{ code: \"1\", quantity: -3, unitValue: \"10.00\" }").contains("quantity -3 is not positive"));
    assertTrue(only("{ code: \"1\", quantity: 1.5, unitValue: \"10.00\" }")
        .contains("quantity 1.5 for a procedure: procedures are counted in whole numbers"));
    // A material may come in fractions (1.5 ml × R$ 10,00 = R$ 15,00).
    String ok = """
        guides:
          - number: "G-1"
            type: sp_sadt
            items:
              - { kind: material, code: "1", quantity: 1.5, unitValue: "10.00" }
        """;
    AccountYaml.Read r = AccountYaml.parseYaml(ok, Path.of("conta.yaml"), 1);
    assertEquals(List.of(), r.problems());
    assertEquals("15.00", r.account().guides().get(0).items().get(0).totalValue().toBigDecimal().toPlainString());
  }

  @Test
  void negativeAndOversizedValuesAreRefused() {
    assertTrue(only("{ code: \"1\", unitValue: \"-10.00\" }").contains("unitValue -10.00 is negative"));
    assertTrue(only("{ code: \"1\", unitValue: \"10.00\", totalValue: \"R$ -10,00\" }")
        .contains("totalValue -10.00 is negative"));
    String big = only("{ code: \"1\", totalValue: 1234567890123456789012 }");
    assertTrue(big.contains("has more digits than any money value"), big);
    assertFalse(big.contains("fractions of a cent"), big);
  }

  @Test
  void threeDecimalsAreAFractionOfACentNotAThousandsSeparator() {
    String p = only("{ code: \"1\", unitValue: 1782.175 }");
    assertTrue(p.contains("'1782.175' has fractions of a cent"), p);
    assertFalse(p.contains("thousands"), p);
    // "1.000" is still ambiguous: a thousand to an analyst, one real to a parser.
    assertTrue(only("{ code: \"1\", unitValue: 1.000 }").contains("ambiguous"));
  }

  @Test
  void aTotalThatIsNotUnitTimesQuantityIsRefused() {
    // 3 × R$ 10,00 = R$ 30,00, not R$ 35,00.
    String p = only("{ code: \"1\", quantity: 3, unitValue: \"10.00\", totalValue: \"35.00\" }");
    assertTrue(p.contains("total 35.00 is not unit value × quantity = 10.00 × 3 = 30.00"), p);
    // With a factor of 0.70: 3 × R$ 10,00 × 0,70 = R$ 21,00, as TISS's reducaoAcrescimo says.
    String ok = """
        guides:
          - number: "G-1"
            type: sp_sadt
            items:
              - { code: "1", quantity: 3, unitValue: "10.00", totalValue: "21.00", factor: 0.70 }
        """;
    assertEquals(List.of(), AccountYaml.parseYaml(ok, Path.of("conta.yaml"), 1).problems());
  }

  @Test
  void twoItemsWithOneSequenceNumberAreRefused() {
    String text = """
        guides:
          - number: "G-1"
            type: sp_sadt
            items:
              - { seq: 1, code: "1", unitValue: "10.00" }
              - { seq: 1, code: "2", unitValue: "20.00" }
        """;
    List<String> p = AccountYaml.parseYaml(text, Path.of("conta.yaml"), 1).problems();
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("conta.yaml:6:"), p.get(0));
    assertTrue(p.get(0).contains("seq 1 is used by another item of guide G-1"), p.get(0));
  }
}
