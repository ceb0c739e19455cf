package convenio.runtime;

/**
 * A compiled expression: a closure built once by the compiler. RuleValues are {@link ExactMoney}, BigDecimal (numbers),
 * {@link convenio.model.Percent}, String (texts and codes), LocalDate, LocalTime, Boolean, table rows and families,
 * maps, sets and ranges.
 */
@FunctionalInterface
public interface Eval {
  Object eval(Scope scope);

  /**
   * Whether a condition holds: its value, which must be true or false. {@code what} and {@code whose} name it in the
   * error otherwise ("the condition of " + the rule); they are joined only then, so a condition costs no text.
   */
  default boolean test(Scope scope, String what, String whose) {
    Object v = eval(scope);
    if (v instanceof Boolean b) return b;
    throw new EvalException(what + whose + " is " + RuleValues.describe(v) + ", not true or false");
  }
}
