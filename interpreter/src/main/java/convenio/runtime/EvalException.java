package convenio.runtime;

import convenio.model.SourcePos;

/**
 * A problem evaluating a rule for one item or guide (a map without the key, a code missing from a table). It carries
 * the place of the innermost expression that failed, as cel-java's LocalizedEvaluationException does: the compiled
 * node that sees it first ({@link Located}) sets it. The pricer turns it into a critique on that guide, pointing at
 * that place; it never stops the lote.
 */
public final class EvalException extends RuntimeException {
  private SourcePos at;
  private final boolean notCarried;

  public EvalException(String message) {
    this(message, false);
  }

  private EvalException(String message, boolean notCarried) {
    super(message, null, false, false);
    this.notCarried = notCarried;
  }

  /**
   * A value the account may leave out and this one does (the authorized quantity, which TISS billing guides do not
   * carry): a glosa rule that needs it does not apply to the line, as an unknown quantity cannot be exceeded; any
   * other rule reports it like any failure.
   */
  static EvalException notCarried(String message) {
    return new EvalException(message, true);
  }

  boolean notCarried() {
    return notCarried;
  }

  /** The failing expression's place, or null when it failed outside any compiled expression. */
  public SourcePos at() {
    return at;
  }

  /** Sets the place unless an inner expression already did (the innermost one is the most precise). */
  EvalException locate(SourcePos pos) {
    if (at == null) at = pos;
    return this;
  }
}
