package convenio.runtime;

/**
 * A compiled expression: a closure built once by the compiler. Values are {@link ExactMoney}, BigDecimal (numbers),
 * {@link convenio.model.Percent}, String (texts and codes), LocalDate, LocalTime, Boolean, table rows and families,
 * maps, sets and ranges.
 */
@FunctionalInterface
public interface Eval {
  Object eval(Scope scope);
}
