package convenio.tiss;

/**
 * Something wrong in a message that still let it be read: a schema error, an element the binding does not know,
 * an unknown domain code, a value that could not be converted, a guide that was skipped, a hash mismatch.
 *
 * @param line   1-based line in the message, or 0 when the problem has no single place (e.g. the hash)
 * @param guide  numeroGuiaPrestador of the guide it belongs to, or null
 */
public record TissProblem(Severity severity, Kind kind, int line, int column, String guide, String message) {

  public enum Severity { ERROR, WARNING }

  public enum Kind {
    /** The message does not validate against the schema of its own Padrao. */
    SCHEMA,
    /** An element the 4.03.00 binding does not know (ignored). */
    UNKNOWN_ELEMENT,
    /** A value that could not be converted to its type (ignored, or the guide skipped when it was required). */
    BAD_VALUE,
    /** A code not in the enumeration of its TISS domain table (kept as written). */
    UNKNOWN_CODE,
    /** A guide that could not be read; the rest of the lote still is. */
    GUIDE_SKIPPED,
    /** The epilogo hash is missing, repeated or does not match. */
    HASH,
    /** The Padrao, the message kind or the structure around the guides. */
    MESSAGE
  }

  public static TissProblem error(Kind kind, int line, int column, String guide, String message) {
    return new TissProblem(Severity.ERROR, kind, line, column, guide, message);
  }

  public static TissProblem warning(Kind kind, int line, int column, String guide, String message) {
    return new TissProblem(Severity.WARNING, kind, line, column, guide, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code 100:33: warning: horaInicial: '' is not a valid time (guide 87)}, in the reader's language. */
  @Override
  public String toString() {
    String where = line > 0 ? line + ":" + column + ": " : "";
    String sev = TissTexts.M.get(severity == Severity.ERROR ? "problem.error" : "problem.warning");
    return where + sev + ": " + message + (guide != null ? TissTexts.M.get("problem.guide", guide) : "");
  }
}
