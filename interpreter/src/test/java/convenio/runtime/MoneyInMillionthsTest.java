package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.model.ItemResult;
import org.junit.jupiter.api.Test;

/**
 * A price computed in millionths of a real (table cell, constant factor, sums, round) is the price BigDecimal gives,
 * and a price those cannot hold exactly is still computed, by BigDecimal: each expected value worked out by hand.
 */
class MoneyInMillionthsTest {
  private static final String TABLE = """
      table t type 22 effective 2025-01-01 columns (code, description, price: money, extra: money) {
        "1"  "A"  R$ 980,13  R$ 0,05
        "2"  "B"  R$ 100,00  R$ 1,00
      }
      """;

  private static ItemResult priced(Contract c, String code, int qty, String presentedUnit) {
    return only(price(c, guide("G").add(procedure(code, qty, presentedUnit)).build()));
  }

  @Test
  void roundedTableTimesAFactor() {
    // 980,13 × 1,1 = 1.078,143 → 1.078,14 half up; 2 units 2.156,28
    Contract c = contract(TABLE + "price procedures from t = round(t.price * (1 + 10%))\n");
    ItemResult r = priced(c, "1", 2, "1.078,14");
    assertEquals(brl("1.078,14"), r.contractUnit());
    assertEquals(brl("2.156,28"), r.allowed());
  }

  @Test
  void aFactorOnTheLeftAndASumOfColumns() {
    // 2 × (980,13 + 0,05) - 0,05 = 1.960,31
    Contract c = contract(TABLE + "price procedures from t = 2 * (t.price + t.extra) - t.extra\n");
    assertEquals(brl("1.960,31"), priced(c, "1", 1, "1.960,31").contractUnit());
  }

  @Test
  void unroundedThousandthsRoundOnceForTheLinePerItem() {
    // 980,13 × 1,1 = 1.078,143 per unit, × 3 = 3.234,429 → 3.234,43 (the unit alone shows 1.078,14)
    Contract c = contract(TABLE + "price procedures from t = t.price * 110%\n");
    ItemResult r = priced(c, "1", 3, "1.078,15");
    assertEquals(brl("1.078,14"), r.contractUnit());
    assertEquals(brl("3.234,43"), r.allowed());
  }

  @Test
  void perOperationEachProductRoundsToCents() {
    // 980,13 × 1,1 = 1.078,143 → 1.078,14 at once, × 3 = 3.234,42
    Contract c = contract("""
          rounding half_up to cents per operation
        """ + TABLE + "price procedures from t = t.price * 110%\n");
    assertEquals(brl("3.234,42"), priced(c, "1", 3, "1.078,14").allowed());
  }

  @Test
  void aFactorFinerThanAMillionthIsComputedAllTheSame() {
    // 100,00 × 1,000000005 = 100,0000005: beyond millionths; 3 units 300,0000015 → 300,00
    Contract c = contract(TABLE + "price procedures from t = t.price * 1,000000005\n");
    ItemResult r = priced(c, "2", 3, "100,00");
    assertEquals(brl("100,00"), r.contractUnit());
    assertEquals(brl("300,00"), r.allowed());
    assertTrue(r.glosas().isEmpty());
  }

  @Test
  void roundingModesOfTheContractApplyToMillionths() {
    // 980,13 × 1,05 = 1.029,1365: half up 1.029,14, down 1.029,13
    Contract up = contract(TABLE + "price procedures from t = round(t.price * 105%)\n");
    Contract down = contract("""
          rounding down to cents per item
        """ + TABLE + "price procedures from t = round(t.price * 105%)\n");
    assertEquals(brl("1.029,14"), priced(up, "1", 1, "1.029,14").contractUnit());
    assertEquals(brl("1.029,13"), priced(down, "1", 1, "1.029,13").contractUnit());
  }
}
