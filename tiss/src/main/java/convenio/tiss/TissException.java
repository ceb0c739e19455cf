package convenio.tiss;

/**
 * A message that cannot be read at all: not well-formed, hostile (DTD, entities, oversized values), not a TISS
 * message, or an I/O failure. Problems that still let the message be read are {@link TissProblem}s instead.
 * Line and column are 0 when unknown.
 */
public class TissException extends RuntimeException {
  private final int line;
  private final int column;

  public TissException(String message, int line, int column, Throwable cause) {
    super(line > 0 ? line + ":" + column + ": " + message : message, cause);
    this.line = line;
    this.column = column;
  }

  public TissException(String message) {
    this(message, 0, 0, null);
  }

  public TissException(String message, Throwable cause) {
    this(message, 0, 0, cause);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
