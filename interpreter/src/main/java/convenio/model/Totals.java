package convenio.model;

/**
 * Presented, paid, glosed and raised sums; {@code presented + raised = paid + glosed} always, and raised is zero
 * unless the contract pays its own price above what was presented (see {@link ItemResult}).
 */
public record Totals(Money presented, Money paid, Money glosed, Money raised) {
  public static final Totals ZERO = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  public Totals {
    if (Math.addExact(presented.cents(), raised.cents()) != Math.addExact(paid.cents(), glosed.cents())) {
      throw new ReconciliationException("presented " + presented + " + raised " + raised + " != paid " + paid
          + " + glosed " + glosed);
    }
  }

  public Totals plus(Totals o) {
    return new Totals(presented.plus(o.presented), paid.plus(o.paid), glosed.plus(o.glosed), raised.plus(o.raised));
  }

  public static Totals of(ItemResult r) {
    return new Totals(r.presented(), r.paid(), r.glosed(), r.raised());
  }

  /** glosa / presented × 100, the glosa indicator of the study in Enfermagem Brasil 2022;21(2):126-40, as exact percent with 2 decimals (HALF_UP). */
  public Percent glosaRate() {
    if (presented.isZero()) return Percent.ZERO;
    return new Percent(glosed.toBigDecimal().multiply(java.math.BigDecimal.valueOf(100))
        .divide(presented.toBigDecimal(), 2, java.math.RoundingMode.HALF_UP));
  }
}
