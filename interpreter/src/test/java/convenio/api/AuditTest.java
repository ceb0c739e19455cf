package convenio.api;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.model.GlosaGroup;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Percent;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The auditor's operations of the Solus FAQ's glosa screen, on a result priced by a small contract. */
class AuditTest {
  private static final Contract C = contract("""
      import std.tiss.glosas
      price procedure "10101012" = R$ 180,00
      price fees, daily_rates, materials = presented
      """);

  private static PricingResult priced() {
    return price(C, guide("G1").add(procedure("10101012", 1, "200,00"), item(ItemKind.FEE, "60001011", 1, "50,00"),
        item(ItemKind.MATERIAL, "7000", 3, "10,00"), procedure("99999999", 1, "40,00")).build());
  }

  @Test
  void glosaAllTakesTheWholeItem() {
    PricingResult before = priced();
    PricingResult r = Audit.glosaAll(before, "G1", 1, "1801", "Procedimento não realizado");
    ItemResult i = item(r, "G1", 1);
    assertEquals(brl("0,00"), i.paid());
    assertEquals(1, i.glosas().size());
    assertEquals(brl("200,00"), i.glosas().get(0).value());
    assertTrue(i.glosas().get(0).manual());
    assertEquals(GlosaGroup.TECHNICAL, i.glosas().get(0).group()); // 1801 is technical in std.tiss.glosas
    assertEquals(TraceEvent.Kind.MANUAL, i.trace().get(i.trace().size() - 1).kind());
    assertEquals(brl("180,00"), item(before, "G1", 1).paid(), "the given result is untouched");
  }

  @Test
  void aGlosaCodeMustBeOfTissTable38() {
    PricingResult before = priced();
    // blank, not four digits, and four digits that table 38 of TISS 4.03.00 does not have (no 99xx range)
    for (String code : new String[] {"", "  ", "ABCD", "170", "9956", "1799"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Audit.glosaAll(before, "G1", 1, code, "x"), code);
      assertTrue(e.getMessage().contains("TISS") || e.getMessage().contains("table 38"), e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> Audit.groupGlosa(before, "G1", Selection.FEES, Percent.of(10), code, "x"), code);
    }
    assertThrows(IllegalArgumentException.class, () -> Audit.glosaAll(before, "G1", 1, null, "x"));
    assertEquals(brl("180,00"), item(before, "G1", 1).paid(), "nothing changed");
  }

  @Test
  void revertPaysThePresented() {
    PricingResult r = Audit.revert(priced(), "G1", 1);
    assertEquals(brl("200,00"), item(r, "G1", 1).paid());
    assertTrue(item(r, "G1", 1).glosas().isEmpty());
  }

  @Test
  void revertPayingTableGlosesTheExcessAs1705() {
    // Solus FAQ: reverts, pays the table value (180,00) and glosses "valor cobrado a maior" (200,00 − 180,00)
    PricingResult r = Audit.revertPayingTable(Audit.glosaAll(priced(), "G1", 1, "1801", "x"), "G1", 1);
    ItemResult i = item(r, "G1", 1);
    assertEquals(brl("180,00"), i.paid());
    assertEquals(List.of("1705"), codes(i));
    assertEquals(brl("20,00"), i.glosed());
    assertTrue(i.glosas().get(0).manual());
  }

  @Test
  void revertPayingTableNeedsAContractValue() {
    var e = assertThrows(IllegalArgumentException.class, () -> Audit.revertPayingTable(priced(), "G1", 4));
    assertTrue(e.getMessage().contains("no contract value"), e.getMessage());
  }

  @Test
  void groupGlosaByPercentOverFees() {
    // 10% of the fee's 50,00 = 5,00; procedures and materials untouched
    PricingResult r = Audit.groupGlosa(priced(), "G1", Selection.FEES, Percent.of(10), "2401", "Taxa glosada 10%");
    assertEquals(brl("45,00"), item(r, "G1", 2).paid());
    assertEquals(brl("5,00"), item(r, "G1", 2).glosed());
    assertEquals("Taxa glosada 10%", item(r, "G1", 2).glosas().get(0).text());
    assertEquals(brl("180,00"), item(r, "G1", 1).paid());
    assertEquals(brl("30,00"), item(r, "G1", 3).paid());
  }

  @Test
  void groupGlosaAddsToGlosasAlreadyThere() {
    // the consultation already has 1705 of 20,00 and pays 180,00; 50% of 180,00 = 90,00 more
    PricingResult r = Audit.groupGlosa(priced(), "G1", Selection.sameCode("10101012"), Percent.of(50), "1801", "");
    ItemResult i = item(r, "G1", 1);
    assertEquals(List.of("1705", "1801"), codes(i));
    assertEquals(brl("90,00"), i.paid());
    assertEquals("PROCEDIMENTO INVÁLIDO", i.glosas().get(1).text()); // blank text: the standard message
  }

  @Test
  void groupGlosaOfEverythingOnADate() {
    PricingResult r = Audit.groupGlosa(priced(), "G1", Selection.sameDate(DAY), Percent.HUNDRED, "1801", "x");
    assertEquals(brl("0,00"), r.totals().paid());
    assertEquals(r.totals().presented(), r.totals().glosed());
  }

  @Test
  void splitDailyRateOfFiveIntoFiveDays() {
    PricingResult base = price(C, guide("G1").add(item(ItemKind.DAILY_RATE, "60000775", 5, "100,00")).build());
    PricingResult r = Audit.splitDays(base, "G1", 1, 5);
    List<ItemResult> items = r.guides().get(0).items();
    assertEquals(5, items.size());
    for (int d = 0; d < 5; d++) {
      assertEquals(DAY.plusDays(d), items.get(d).item().date());
      assertEquals(0, items.get(d).item().quantity().compareTo(BigDecimal.ONE));
      assertEquals(brl("100,00"), items.get(d).presented());
    }
    assertEquals(List.of(1, 2, 3, 4, 5), items.stream().map(i -> i.item().seq()).toList());
    assertEquals(base.totals(), r.totals());
  }

  @Test
  void splitFiveIntoThreeDaysKeepsProportionsToTheCent() {
    // 5 units, 100,00 presented, into 3 days: units 2, 2, 1 → 40,00, 40,00, 20,00
    PricingResult base = price(C, guide("G1").add(item(ItemKind.DAILY_RATE, "60000775", 5, "20,00")).build());
    PricingResult r = Audit.splitDays(base, "G1", 1, 3);
    List<ItemResult> items = r.guides().get(0).items();
    assertEquals(List.of(brl("40,00"), brl("40,00"), brl("20,00")), items.stream().map(ItemResult::presented).toList());
    assertEquals(DAY.plusDays(2), items.get(2).item().date());
  }

  @Test
  void splitWithOddCentsAddsUpExactly() {
    // 3 units, 100,00 presented (unit 33,33…): 33,34 + 33,33 + 33,33 = 100,00
    PricingResult base = price(C, guide("G1").add(item(ItemKind.FEE, "60001011", 3, "33,33").total("100,00")).build());
    PricingResult r = Audit.splitDays(base, "G1", 1, 3);
    assertEquals(List.of(brl("33,34"), brl("33,33"), brl("33,33")),
        r.guides().get(0).items().stream().map(ItemResult::presented).toList());
    assertEquals(brl("100,00"), r.totals().presented());
  }

  @Test
  void splitIntoMoreDaysThanUnitsOrNoneIsRefused() {
    PricingResult base = price(C, guide("G1").add(item(ItemKind.DAILY_RATE, "60000775", 5, "100,00")).build());
    var more = assertThrows(IllegalArgumentException.class, () -> Audit.splitDays(base, "G1", 1, 6));
    assertTrue(more.getMessage().contains("at most 5 days"), more.getMessage());
    var zero = assertThrows(IllegalArgumentException.class, () -> Audit.splitDays(base, "G1", 1, 0));
    assertTrue(zero.getMessage().contains("at least 1"), zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Audit.splitDays(base, "G1", 1, -2));
  }

  @Test
  void splitOnlyDailyRatesAndFees() {
    var e = assertThrows(IllegalArgumentException.class, () -> Audit.splitDays(priced(), "G1", 3, 2));
    assertTrue(e.getMessage().contains("daily rate or a fee"), e.getMessage());
  }
}
