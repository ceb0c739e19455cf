package convenio.model;

/** Thrown when presented ≠ paid + glosed: an engine bug, never an input problem, so it is not a diagnostic. */
public final class ReconciliationException extends IllegalStateException {
  public ReconciliationException(String message) {
    super(message);
  }
}
