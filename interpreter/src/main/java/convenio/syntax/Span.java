package convenio.syntax;

import convenio.model.SourcePos;

/**
 * Where a piece of source text is: file, 1-based line and column, length in characters, and the contract clause
 * heading it falls under (the last {@code clause} declared above it), or null.
 */
public record Span(String file, int line, int column, int length, String clause) {
  public static final Span NONE = new Span("<none>", 0, 0, 0, null);

  public SourcePos pos() {
    return new SourcePos(file, line, column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
