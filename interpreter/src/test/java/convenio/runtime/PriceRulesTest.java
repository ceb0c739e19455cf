package convenio.runtime;

import convenio.api.Contract;
import convenio.model.GlosaGroup;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;


/** Price rules, allowed value, excess (1705) and unpriced (1707): docs/language.md, "Price rules" and steps 2, 4, 6. */
class PriceRulesTest {
  private static final Contract C = contract("""
      import std.tiss.glosas
      table proprios type 00 effective 2025-01-01 columns (code, description, price: money) {
        "60000775"  "Diária de apartamento"  R$ 480,00
      }
      price procedure "10101012" = R$ 180,00
      price daily_rates from proprios = proprios.price
      price procedures = presented at most R$ 500,00
      """);

  @Test
  void specificPricePaysTheContractAndGlosesTheExcessAs1705() {
    // presented R$ 200,00, contract R$ 180,00 → paid 180,00, glosa 1705 of 20,00
    ItemResult r = only(price(C, guide("G1").add(procedure("10101012", 1, "200,00")).build()));
    assertEquals(brl("180,00"), r.contractUnit());
    assertEquals(brl("180,00"), r.allowed());
    assertEquals(brl("180,00"), r.paid());
    assertEquals(1, r.glosas().size());
    assertEquals("1705", r.glosas().get(0).code());
    assertEquals(brl("20,00"), r.glosas().get(0).value());
    assertEquals(GlosaGroup.ADMINISTRATIVE, r.glosas().get(0).group());
    assertEquals("specific", r.source().tier());
    assertEquals("teste.convenio", r.source().pos().file());
    assertEquals(9, r.source().pos().line()); // 4 header lines, import (5), table (6–8), the rule on line 9
  }

  @Test
  void tablePriceTimesQuantity() {
    // 2 daily rates at R$ 480,00 from the own table = R$ 960,00, presented the same
    ItemResult r = only(price(C, guide("G1").add(item(ItemKind.DAILY_RATE, "60000775", 2, "480,00")).build()));
    assertEquals(brl("960,00"), r.allowed());
    assertEquals(brl("960,00"), r.paid());
    assertTrue(r.glosas().isEmpty());
    assertEquals("linear", r.source().tier());
    assertEquals("proprios", r.source().table());
    assertEquals(7, r.source().tableRow().line()); // the row under the table line (6)
  }

  @Test
  void asPresentedIsCapped() {
    // presented R$ 600,00, "presented at most R$ 500,00" → allowed 500, glosa 1705 of 100
    ItemResult r = only(price(C, guide("G1").add(procedure("40301010", 1, "600,00")).build()));
    assertEquals(brl("500,00"), r.allowed());
    assertEquals(brl("100,00"), r.glosed());
    assertEquals("default", r.source().tier());
  }

  @Test
  void belowTheContractPaysPresentedByDefault() {
    ItemResult r = only(price(C, guide("G1").add(procedure("10101012", 1, "150,00")).build()));
    assertEquals(brl("150,00"), r.paid());
    assertEquals(brl("0,00"), r.raised());
    assertTrue(r.glosas().isEmpty());
  }

  @Test
  void unpricedItemIsGlosed1707() {
    ItemResult r = only(price(C, guide("G1").add(item(ItemKind.MATERIAL, "999", 3, "10,00")).build()));
    assertNull(r.contractUnit());
    assertEquals(brl("0,00"), r.paid());
    assertEquals(codesOf("1707"), codes(r));
    assertEquals(brl("30,00"), r.glosed());
    assertEquals(0, r.paidQuantity().compareTo(BigDecimal.ZERO));
  }

  @Test
  void totalsReconcilePerGuideAndLote() {
    PricingResult r = price(C, guide("G1").add(procedure("10101012", 1, "200,00"),
        item(ItemKind.MATERIAL, "999", 3, "10,00")).build());
    // presented 200 + 30 = 230; paid 180; glosed 20 + 30 = 50
    assertEquals(brl("230,00"), r.totals().presented());
    assertEquals(brl("180,00"), r.totals().paid());
    assertEquals(brl("50,00"), r.totals().glosed());
  }

  private static List<String> codesOf(String... c) {
    return List.of(c);
  }
}
