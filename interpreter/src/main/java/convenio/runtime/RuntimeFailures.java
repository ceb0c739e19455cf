package convenio.runtime;

import java.util.Locale;

/**
 * Words for a rule that failed on one item. The auditor's critique says what failed in the contract's terms; the
 * glosa text, which goes to the provider in the demonstrativo, says only that the price could not be computed. No
 * Java exception name reaches either.
 */
final class RuntimeFailures {
  private RuntimeFailures() {}

  /** For the critique on the item: what went wrong, in the contract's terms. */
  static String forAuditor(RuntimeException e) {
    if (e instanceof EvalException) return e.getMessage();
    if (e instanceof ArithmeticException) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("by zero") || m.contains("division undefined")) return "a rule divides by zero for this item";
      return "a rule's arithmetic gives a value too large for money for this item (overflow)";
    }
    return "the rule could not be evaluated for this item (an internal error of the engine: "
        + e.getClass().getSimpleName() + "); please report it with the account";
  }

  /** For the glosa text sent to the provider: evaluation failures are the operator's to solve, not the provider's. */
  static String forProvider(RuntimeException e) {
    if (e instanceof EvalException) return e.getMessage();
    return "the contract's rules could not compute a price for this item (the operator is reviewing it)";
  }
}
