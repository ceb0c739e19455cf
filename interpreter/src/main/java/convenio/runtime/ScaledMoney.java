package convenio.runtime;

import convenio.model.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact money as a {@code long} of millionths of a real (a hundredth of a hundredth of a cent): a price in cents times
 * a percentage with up to two decimals is exact there, so the step that applies the multiple-procedure percentages
 * computes in {@code long}, with no {@link BigDecimal} per item. Rounding to cents gives what
 * {@code BigDecimal.setScale(2, mode)} gives, for every mode. A value these cannot hold (a percentage with more
 * decimals, a quantity that is not whole, a product that would overflow) is left to the {@link BigDecimal} path.
 */
public final class ScaledMoney {
  /** A value that has no exact {@code long} form here. */
  public static final long NONE = Long.MIN_VALUE;
  /** Millionths in a cent. */
  public static final long PER_CENT = 10_000;
  /** A percentage as a fraction in ten-thousandths: 100% is this. */
  static final long WHOLE = 10_000;

  private ScaledMoney() {}

  /** {@code micros} (millionths of a real) rounded to cents with {@code mode}, as BigDecimal rounds. */
  public static long cents(long micros, RoundingMode mode) {
    long q = micros / PER_CENT;
    long r = micros % PER_CENT;
    if (r == 0) return q;
    int sign = micros < 0 ? -1 : 1;
    switch (mode) {
      case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
      case DOWN -> {
        return q;
      }
      case UP -> {
        return q + sign;
      }
      case CEILING -> {
        return sign > 0 ? q + 1 : q;
      }
      case FLOOR -> {
        return sign < 0 ? q - 1 : q;
      }
      default -> {
        long twice = 2 * Math.abs(r);
        if (twice > PER_CENT) return q + sign;
        if (twice < PER_CENT) return q;
        return switch (mode) {
          case HALF_UP -> q + sign;
          case HALF_DOWN -> q;
          default -> (q & 1) == 0 ? q : q + sign; // HALF_EVEN
        };
      }
    }
  }

  /** The percentage as a fraction in ten-thousandths (70% → 7000), or {@link #NONE} with more than two decimals. */
  static long fraction(Percent p) {
    BigDecimal v = p.value();
    if (v.scale() == 0 && v.precision() <= 12) return v.longValue() * 100;
    if (v.scale() < 0 || v.scale() > 2 || v.precision() > 14) return NONE;
    return v.movePointRight(2).longValueExact();
  }

  /** A whole quantity as a {@code long} (1, 2.00), or {@link #NONE} when it has a fraction or is too large. */
  static long whole(BigDecimal qty) {
    if (qty.scale() == 0) return qty.precision() <= 9 ? qty.longValue() : NONE;
    if (qty.scale() < 0) return NONE;
    BigDecimal s = qty.stripTrailingZeros();
    return s.scale() <= 0 && s.precision() <= 9 ? s.longValueExact() : NONE;
  }
}
