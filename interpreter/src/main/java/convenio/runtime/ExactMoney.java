package convenio.runtime;

import convenio.model.Money;
import java.math.BigDecimal;

/**
 * Money while a rule computes it: reais with as many decimals as the arithmetic produced, so that a contract rounding
 * "per item" rounds once, at the end. Becomes {@link Money} (cents) only through a {@link Rounding}.
 */
public record ExactMoney(BigDecimal reais) implements Comparable<ExactMoney> {
  public static final ExactMoney ZERO = new ExactMoney(BigDecimal.ZERO);

  public static ExactMoney of(Money m) {
    return new ExactMoney(m.toBigDecimal());
  }

  /** The same as {@code of(Money.ofCents(cents))}. */
  public static ExactMoney ofCents(long cents) {
    return new ExactMoney(BigDecimal.valueOf(cents, 2));
  }

  @Override
  public int compareTo(ExactMoney o) {
    return reais.compareTo(o.reais);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactMoney m && m.reais.compareTo(reais) == 0;
  }

  @Override
  public int hashCode() {
    return reais.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return RuleValues.format(this);
  }
}
