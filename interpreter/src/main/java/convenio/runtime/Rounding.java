package convenio.runtime;

import convenio.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The contract's one rounding policy. Per item: intermediate money keeps its precision (capped at 10 decimals, far
 * below a cent) and is rounded once into cents; per operation: every multiplication or division of money rounds.
 */
public record Rounding(RoundingMode mode, boolean perItem) {
  private static final int INTERMEDIATE_SCALE = 10;

  private static final String[] MODE_LABELS = new String[RoundingMode.values().length];

  static {
    for (RoundingMode m : RoundingMode.values()) MODE_LABELS[m.ordinal()] = m.name().toLowerCase();
  }

  /** The mode as the trace names it: {@code half_up}. */
  public String modeLabel() {
    return MODE_LABELS[mode.ordinal()];
  }

  public BigDecimal afterOperation(BigDecimal money) {
    if (!perItem) return money.setScale(2, mode);
    return money.scale() > INTERMEDIATE_SCALE ? money.setScale(INTERMEDIATE_SCALE, mode) : money;
  }

  public Money cents(BigDecimal money) {
    return Money.of(money, mode);
  }

  public Money cents(ExactMoney money) {
    return Money.of(money.reais(), mode);
  }

  /** Division keeps enough digits for either policy; the policy rounds afterwards. */
  public BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, INTERMEDIATE_SCALE + 2, mode);
  }
}
