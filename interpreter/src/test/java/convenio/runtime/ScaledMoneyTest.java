package convenio.runtime;

import static org.junit.jupiter.api.Assertions.*;

import convenio.model.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Money in millionths of a real rounds to cents exactly as BigDecimal does, in every mode, on both signs. */
class ScaledMoneyTest {
  @Test
  void roundsAsBigDecimalDoesInEveryMode() {
    long[] samples = {0, 1, 4_999, 5_000, 5_001, 9_999, 10_000, 15_000, 25_000, 431_256_000L, 431_255_000L,
        431_265_000L, 123_456_789_012L, Long.MAX_VALUE / 2};
    for (RoundingMode mode : RoundingMode.values()) {
      for (long s : samples) {
        for (long v : new long[] {s, -s}) {
          BigDecimal exact = BigDecimal.valueOf(v, 6);
          if (mode == RoundingMode.UNNECESSARY && exact.stripTrailingZeros().scale() > 2) {
            assertThrows(ArithmeticException.class, () -> ScaledMoney.cents(v, mode));
            continue;
          }
          long expected = exact.setScale(2, mode).movePointRight(2).longValueExact();
          assertEquals(expected, ScaledMoney.cents(v, mode), v + " " + mode);
        }
      }
    }
  }

  @Test
  void handCheckedValues() {
    // R$ 1.078,14 at 40% is R$ 431,256: half up R$ 431,26, down R$ 431,25; R$ 0,005 half even is R$ 0,00
    assertEquals(43_126, ScaledMoney.cents(107_814 * 4_000L, RoundingMode.HALF_UP));
    assertEquals(43_125, ScaledMoney.cents(107_814 * 4_000L, RoundingMode.DOWN));
    assertEquals(0, ScaledMoney.cents(5_000, RoundingMode.HALF_EVEN));
    assertEquals(2, ScaledMoney.cents(15_000, RoundingMode.HALF_EVEN));
    assertEquals(-1, ScaledMoney.cents(-5_000, RoundingMode.HALF_UP));
  }

  @Test
  void percentagesWithUpToTwoDecimalsAndWholeQuantitiesHaveALongForm() {
    assertEquals(7_000, ScaledMoney.fraction(Percent.of(70)));
    assertEquals(1_250, ScaledMoney.fraction(Percent.of("12,5%")));
    assertEquals(1_234, ScaledMoney.fraction(Percent.of("12,34%")));
    assertEquals(ScaledMoney.NONE, ScaledMoney.fraction(Percent.of("12,345%")));
    assertEquals(2, ScaledMoney.whole(new BigDecimal("2.00")));
    assertEquals(1, ScaledMoney.whole(BigDecimal.ONE));
    assertEquals(ScaledMoney.NONE, ScaledMoney.whole(new BigDecimal("1.5")));
  }
}
