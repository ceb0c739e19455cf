package convenio.model;

import convenio.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount in reais, held as integer cents. Money never goes through double: arithmetic that
 * can produce fractions of a cent (a percentage, a quantity with decimals) takes the rounding mode
 * explicitly, so every place that rounds is visible at the call site.
 */
public record Money(long cents) implements Comparable<Money> {
  private static final Messages M = Messages.of(Money.class, "convenio.model.messages");
  public static final Money ZERO = new Money(0);

  public static Money ofCents(long cents) {
    return cents == 0 ? ZERO : new Money(cents);
  }

  /** Exact conversion; fails if the value has fractions of a cent (use {@link #of(BigDecimal, RoundingMode)}). */
  public static Money of(BigDecimal reais) {
    return ofCents(reais.movePointRight(2).longValueExact());
  }

  public static Money of(BigDecimal reais, RoundingMode rounding) {
    return ofCents(reais.setScale(2, rounding).movePointRight(2).longValueExact());
  }

  public static Money of(String plainDecimal) {
    return of(new BigDecimal(plainDecimal));
  }

  /**
   * Parses Brazilian notation: {@code R$ 1.234,56}, {@code 1.234,56}, {@code 180,00}, {@code -R$ 5,00}.
   * A plain {@code 1234.56} (dot decimal, as TISS XML writes it) is accepted too when there is no comma.
   */
  public static Money parse(String text) {
    String s = text.strip();
    boolean negative = false;
    if (s.startsWith("-")) {
      negative = true;
      s = s.substring(1).strip();
    }
    if (s.startsWith("R$")) s = s.substring(2).strip();
    if (s.startsWith("-")) {
      negative = !negative;
      s = s.substring(1).strip();
    }
    String normalized = s.indexOf(',') >= 0 ? s.replace(".", "").replace(',', '.') : s;
    if (!normalized.matches("\\d+(\\.\\d{1,2})?")) {
      throw new NumberFormatException(M.get("money.invalid", text));
    }
    Money m = of(new BigDecimal(normalized));
    return negative ? m.negate() : m;
  }

  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  public Money plus(Money other) {
    return other.cents == 0 ? this : ofCents(Math.addExact(cents, other.cents));
  }

  public Money minus(Money other) {
    return other.cents == 0 ? this : ofCents(Math.subtractExact(cents, other.cents));
  }

  public Money negate() {
    return ofCents(-cents);
  }

  public Money times(long n) {
    return ofCents(Math.multiplyExact(cents, n));
  }

  public Money times(BigDecimal factor, RoundingMode rounding) {
    return of(toBigDecimal().multiply(factor), rounding);
  }

  public Money min(Money other) {
    return cents <= other.cents ? this : other;
  }

  public Money max(Money other) {
    return cents >= other.cents ? this : other;
  }

  public boolean isZero() {
    return cents == 0;
  }

  public boolean isNegative() {
    return cents < 0;
  }

  public boolean greaterThan(Money other) {
    return cents > other.cents;
  }

  public boolean lessThan(Money other) {
    return cents < other.cents;
  }

  @Override
  public int compareTo(Money o) {
    return Long.compare(cents, o.cents);
  }

  /** Brazilian notation, as analysts write it: {@code R$ 1.234,56}. */
  public String format() {
    long abs = Math.abs(cents);
    String units = String.format("%,d", abs / 100).replace(',', '.');
    return (cents < 0 ? "-" : "") + "R$ " + units + "," + String.format("%02d", abs % 100);
  }

  /** Plain decimal with a dot and two places, as TISS XML and JSON carry it: {@code 1234.56}. */
  public String plain() {
    return toBigDecimal().toPlainString();
  }

  @Override
  public String toString() {
    return format();
  }
}
