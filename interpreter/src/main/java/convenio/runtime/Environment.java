package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.Money;
import java.math.BigDecimal;

/**
 * The values one step of pricing defines for the rule it evaluates, by the names rules read them with, as jlox's
 * {@code Environment} holds a block's variables: {@code value} (the unit price an adjust rule changes),
 * {@code surgeon} (the surgeon's unit price in a participation rule), {@code allowed}, {@code unit_price} and the
 * line's {@code presented} (in the per-line rules: glosas, limits, requirements) and {@code max} (in a limit's text).
 * A name the step did not define has no value, and reading it is an error that says so.
 */
final class Environment {
  private static final Messages M = Messages.of(Environment.class, "convenio.runtime.messages");
  /** The names a step can define. */
  enum Name {
    VALUE("value"), SURGEON("surgeon"), ALLOWED("allowed"), UNIT_PRICE("unit_price"), PRESENTED_LINE("presented"),
    MAX("max");

    final String word;

    Name(String word) {
      this.word = word;
    }
  }

  private static final int SIZE = Name.values().length;
  private final Object[] values = new Object[SIZE];

  void define(Name name, Object value) {
    values[name.ordinal()] = value;
  }

  boolean defines(Name name) {
    return values[name.ordinal()] != null;
  }

  /** The value of a money name, exact; a line's amounts are kept as the line holds them until a rule reads them. */
  ExactMoney money(Name name) {
    Object v = values[name.ordinal()];
    if (v instanceof ExactMoney m) return m;
    if (v instanceof Money m) return ExactMoney.of(m);
    if (v instanceof BigDecimal d) return new ExactMoney(d);
    throw new EvalException(M.get("eval.no.value", name.word));
  }

  Object get(Name name) {
    Object v = values[name.ordinal()];
    if (v == null) throw new EvalException(M.get("eval.no.value", name.word));
    return v;
  }

  /** Forgets every value: a new step starts. */
  void clear() {
    for (int i = 0; i < SIZE; i++) values[i] = null;
  }
}
