package convenio.runtime;

import convenio.i18n.Messages;
import java.util.Locale;

/**
 * Words for a rule that failed on one item. The auditor's critique says what failed in the contract's terms; the
 * glosa text, which goes to the provider in the demonstrativo, says only that the price could not be computed. No
 * Java exception name reaches either.
 */
final class RuntimeFailures {
  private static final Messages M = Messages.of(RuntimeFailures.class, "convenio.runtime.messages");
  private RuntimeFailures() {}

  /** For the critique on the item: what went wrong, in the contract's terms. */
  static String forAuditor(RuntimeException e) {
    if (e instanceof EvalException) return e.getMessage();
    if (e instanceof ArithmeticException) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("by zero") || m.contains("division undefined")) return M.get("failure.div.zero");
      return M.get("failure.overflow");
    }
    return M.get("failure.internal", e.getClass().getSimpleName());
  }

  /** For the glosa text sent to the provider: evaluation failures are the operator's to solve, not the provider's. */
  static String forProvider(RuntimeException e) {
    if (e instanceof EvalException) return e.getMessage();
    return M.get("failure.provider");
  }
}
