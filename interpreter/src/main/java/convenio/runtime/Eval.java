package convenio.runtime;

import convenio.i18n.Messages;
/**
 * A compiled expression: a closure built once by the compiler. RuleValues are {@link ExactMoney}, BigDecimal (numbers),
 * {@link convenio.model.Percent}, String (texts and codes), LocalDate, LocalTime, Boolean, table rows and families,
 * maps, sets and ranges.
 */
@FunctionalInterface
public interface Eval {
  Object eval(Scope scope);

  /**
   * The expression's money value in millionths of a real ({@link ScaledMoney}) when it computes it exactly there,
   * else {@link ScaledMoney#NONE}: then (and for anything that is not money) the caller evaluates it with
   * {@link #eval}, which gives the same value as a BigDecimal, or fails as it should. Never throws.
   */
  default long micros(Scope scope) {
    return ScaledMoney.NONE;
  }

  /**
   * Whether a condition holds: its value, which must be true or false. {@code what} and {@code whose} name it in the
   * error otherwise: {@code what} is a key of the runtime's messages ({@code eval.condition.of}), {@code whose} the
   * rule; the text is written only then, so a condition costs no text.
   */
  default boolean test(Scope scope, String what, String whose) {
    Object v = eval(scope);
    if (v instanceof Boolean b) return b;
    throw new EvalException(Texts.M.get("eval.not.boolean", Texts.M.text(what, whose), RuleValues.describe(v)));
  }

  /** Holds the bundle (an interface's fields are public). */
  final class Texts {
    static final Messages M = Messages.of(Eval.class, "convenio.runtime.messages");

    private Texts() {}
  }
}
