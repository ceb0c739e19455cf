package convenio.diagnostics;

import convenio.syntax.Span;

/**
 * A finding about a rule file, table file or account, with its place. Expected failures are values, not exceptions:
 * every stage returns its diagnostics and the caller decides. {@code hint} says how to fix it, or is null.
 * {@code related} points at a second place (the other definition of a duplicate, the rule that shadows), or is null.
 */
public record Diagnostic(Severity severity, String code, String file, int line, int column, int length, String message,
    String hint, Related related) {

  public record Related(String file, int line, int column, String message) {}

  public static Diagnostic error(String code, Span at, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, at.file(), at.line(), at.column(), at.length(), message, hint, null);
  }

  public static Diagnostic warning(String code, Span at, String message, String hint) {
    return new Diagnostic(Severity.WARNING, code, at.file(), at.line(), at.column(), at.length(), message, hint, null);
  }

  /** A problem in a file without a useful column (a table file's row, an unreadable file). */
  public static Diagnostic atLine(Severity severity, String code, String file, int line, String message, String hint) {
    return new Diagnostic(severity, code, file, line, 0, 0, message, hint, null);
  }

  public Diagnostic withRelated(Span other, String note) {
    return new Diagnostic(severity, code, file, line, column, length, message, hint,
        new Related(other.file(), other.line(), other.column(), note));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line, as compilers print them: {@code file:line:col: error[code]: message}. */
  public String headline() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) b.append(':').append(column);
    }
    b.append(": ").append(severity.label());
    if (code != null) b.append('[').append(code).append(']');
    return b.append(": ").append(message).toString();
  }
}
