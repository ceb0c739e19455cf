package convenio.runtime;

/**
 * A problem evaluating a rule for one item or guide (a map without the key, a code missing from a table). The pricer
 * turns it into a critique on that guide; it never stops the lote.
 */
public final class EvalException extends RuntimeException {
  public EvalException(String message) {
    super(message, null, false, false);
  }
}
