package convenio.model;

import convenio.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Presented, paid, glosed and raised sums; {@code presented + raised = paid + glosed} always, and raised is zero
 * unless the contract pays its own price above what was presented (see {@link ItemResult}).
 */
public record Totals(Money presented, Money paid, Money glosed, Money raised) {
  private static final Messages M = Messages.of(Totals.class, "convenio.model.messages");

  public static final Totals ZERO = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  public Totals {
    if (Math.addExact(presented.cents(), raised.cents()) != Math.addExact(paid.cents(), glosed.cents())) {
      throw new ReconciliationException(M.get("reconcile.totals", presented, raised, paid, glosed));
    }
  }

  public Totals plus(Totals o) {
    return new Totals(presented.plus(o.presented), paid.plus(o.paid), glosed.plus(o.glosed), raised.plus(o.raised));
  }

  public static Totals of(ItemResult r) {
    return new Totals(r.presented(), r.paid(), r.glosed(), r.raised());
  }

  /** glosa / presented × 100, the taxa de glosa indicator (Truzzi et al., "Glosa hospitalar: indicador e análise", Enferm Bras 2022;21(2):126-40), as exact percent with 2 decimals (HALF_UP). */
  public Percent glosaRate() {
    if (presented.isZero()) return Percent.ZERO;
    return new Percent(glosed.toBigDecimal().multiply(BigDecimal.valueOf(100))
        .divide(presented.toBigDecimal(), 2, RoundingMode.HALF_UP));
  }
}
