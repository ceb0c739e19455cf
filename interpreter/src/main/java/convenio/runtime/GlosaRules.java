package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.Money;
import convenio.model.TraceEvent;
import java.math.BigDecimal;

/** {@code glosa X [for …] when … [amount …] [quantity …] [text …]}, in the order written. */
final class GlosaRules {
  private static final Messages M = Messages.of(GlosaRules.class, "convenio.runtime.messages");
  private GlosaRules() {}

  /**
   * A rule that reads a value this account does not carry (the authorized quantity) does not apply to the line: an
   * unknown authorized quantity cannot be exceeded.
   */
  static void apply(Pricer pricer, Rules.GlosaRule g, Line l) {
    try {
      applyKnown(pricer, g, l);
    } catch (EvalException e) {
      if (!e.notCarried()) throw e;
    }
  }

  private static void applyKnown(Pricer pricer, Rules.GlosaRule g, Line l) {
    Scope scope = pricer.forLine(l);
    if (g.matcher() != null && !g.matcher().matches(scope)) return;
    if (g.matcher() != null) scope.bind(g.matcher());
    if (!g.when().test(scope, "eval.condition.of", g.ref().label())) return;
    BigDecimal units = g.quantity() == null ? null : Packages.number(g.quantity().eval(scope));
    Money amount = null;
    if (g.amount() != null) {
      amount = pricer.rules().rounding().cents(Pricer.money(g.amount().eval(scope), M.text("what.glosa.amount")));
      if (!amount.greaterThan(Money.ZERO)) return;
    }
    String text = g.glosa().text(g.text(), scope);
    if (amount == null && units == null) {
      l.glosaAll(g.glosa(), text, g.ref(), TraceEvent.Kind.GLOSA);
    } else if (amount == null) {
      // `quantity N` denies the last N units billed; those an earlier step already glosed (a limit takes the last
      // ones too) count among them, so a quantity above the authorized one after a contractual limit glosses only
      // what the limit left above it, and billed above the limit stays the limit's glosa
      BigDecimal billed = l.item.quantity() == null ? BigDecimal.ONE : l.item.quantity();
      units = units.subtract(billed.subtract(l.quantityLeft));
      if (units.signum() <= 0) return;
      l.glosaUnits(units, g.glosa(), text, g.ref(), TraceEvent.Kind.GLOSA, pricer.rules().rounding().mode());
    } else {
      l.glosaAmount(amount, units, g.glosa(), text, g.ref(), TraceEvent.Kind.GLOSA);
    }
  }
}
