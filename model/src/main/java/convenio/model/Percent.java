package convenio.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** An exact percentage: {@code 70%} is {@code Percent(70)}. Applied to money only with an explicit rounding. */
public record Percent(BigDecimal value) implements Comparable<Percent> {
  public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));
  public static final Percent ZERO = new Percent(BigDecimal.ZERO);

  public static Percent of(String text) {
    String s = text.strip();
    if (s.endsWith("%")) s = s.substring(0, s.length() - 1).strip();
    return new Percent(new BigDecimal(s.replace(',', '.')));
  }

  public static Percent of(long value) {
    return new Percent(BigDecimal.valueOf(value));
  }

  /** 70% → 0.70, exactly. */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  @Override
  public int compareTo(Percent o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percent p && p.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return value.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
  }
}
