package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.model.GlosaGroup;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Glosa rules, justification texts with values in Brazilian notation, and the below-contract policy. */
class GlosaRulesTest {
  @Test
  void aGlosaRuleTakesTheExcessSoThe1705StepDoesNotRepeatIt() {
    Contract c = contract("""
        import std.tiss.glosas
        price procedure "10101012" = R$ 180,00
        glosa VALOR_APRESENTADO_A_MAIOR when presented > allowed
          amount presented - allowed
          text "Valor cobrado acima do valor contratado (${allowed})"
        """);
    ItemResult r = only(price(c, guide("G").add(procedure("10101012", 1, "1.200,50")).build()));
    assertEquals(1, r.glosas().size());
    assertEquals("1705", r.glosas().get(0).code());
    assertEquals(brl("1.020,50"), r.glosas().get(0).value()); // 1.200,50 − 180,00
    assertEquals("Valor cobrado acima do valor contratado (R$ 180,00)", r.glosas().get(0).text());
    assertEquals(brl("180,00"), r.paid());
    assertFalse(r.glosas().get(0).manual());
    assertEquals(7, r.glosas().get(0).pos().line()); // 4 header lines, import, price, then the glosa rule
  }

  @Test
  void quantityGlosaWithTextFromTheRule() {
    Contract c = contract("""
        price materials = presented
        glosa 2007 for materials when quantity > 20 quantity quantity - 20 text "Quantidade incompatível: ${quantity}"
        """);
    // 25 × 2,00 = 50,00; 5 units glosed = 10,00; code 2007 has no justification declared: built-in group technical
    ItemResult r = only(price(c, guide("G").add(item(ItemKind.MATERIAL, "7000", 25, "2,00")).build()));
    assertEquals(brl("10,00"), r.glosed());
    assertEquals(brl("40,00"), r.paid());
    assertEquals("Quantidade incompatível: 25", r.glosas().get(0).text());
    assertEquals(GlosaGroup.TECHNICAL, r.glosas().get(0).group());
    assertEquals(20, r.paidQuantity().intValueExact());
  }

  @Test
  void bareCodeWithoutJustificationIsNamedGlosaCode() {
    Contract c = contract("""
        price procedures = presented
        glosa 1801 for procedures when code = "99999999"
        """);
    ItemResult r = only(price(c, guide("G").add(procedure("99999999", 1, "10,00")).build()));
    assertEquals("Glosa 1801", r.glosas().get(0).text());
    assertEquals(GlosaGroup.TECHNICAL, r.glosas().get(0).group());
  }

  @Test
  void belowContractPayContractRaisesTheValue() {
    Contract c = contract("""
          below contract pay contract
        price procedure "10101012" = R$ 180,00
        """);
    // presented 150,00, contract 180,00: paid 180,00 with 30,00 raised; presented + raised = paid + glosed
    ItemResult r = only(price(c, guide("G").add(procedure("10101012", 1, "150,00")).build()));
    assertEquals(brl("180,00"), r.paid());
    assertEquals(brl("30,00"), r.raised());
  }

  @Test
  void headerExcessGlosaReplaces1705() {
    Contract c = contract("""
          excess glosa 1714
        price procedure "10101012" = R$ 180,00
        """);
    ItemResult r = only(price(c, guide("G").add(procedure("10101012", 1, "200,00")).build()));
    assertEquals(List.of("1714"), codes(r));
  }

  @Test
  void roundingPerItemRoundsOnce() {
    // 3 × R$ 10,005 … written as R$ 10,00 × 100,05%: unit 10,005 exact; per item 3 × 10,005 = 30,015 → 30,02 (half_up);
    // per operation the unit rounds first: 10,01 × 3 = 30,03
    Contract perItem = contract("""
          rounding half_up to cents per item
        price procedures = R$ 10,00 * 100,05%
        """.replace("100,05%", "(1 + 0,05%)"));
    Contract perOperation = contract("""
          rounding half_up to cents per operation
        price procedures = R$ 10,00 * (1 + 0,05%)
        """);
    assertEquals(brl("30,02"), only(price(perItem, guide("G").add(procedure("1", 3, "10,01")).build())).allowed());
    assertEquals(brl("30,03"), only(price(perOperation, guide("G").add(procedure("1", 3, "10,01")).build())).allowed());
  }
}
