package convenio.model;

/** A place in a rule file, carried by every diagnostic, trace event and glosa. Lines and columns start at 1. */
public record SourcePos(String file, int line, int column) {
  public static final SourcePos NONE = new SourcePos("<none>", 0, 0);

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
