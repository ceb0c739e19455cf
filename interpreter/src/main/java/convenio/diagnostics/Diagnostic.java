package convenio.diagnostics;

import convenio.i18n.Lang;
import convenio.i18n.Text;
import convenio.syntax.Span;
import java.util.Objects;

/**
 * A finding about a rule file, table file or account, with its place. Expected failures are values, not exceptions:
 * every stage returns its diagnostics and the caller decides. {@code hint} says how to fix it, or is null.
 * {@code related} points at a second place (the other definition of a duplicate, the rule that shadows), or is null.
 *
 * <p>The message, hint and note are kept as {@link Text}s (a bundle key and its arguments) and written in a language
 * only when read: {@link #message()} in the current language ({@link Lang#current()}), {@link #message(Lang)} in a
 * given one. A diagnostic made once (a contract compiled at start-up, a registry's rejection) thus prints in whichever
 * language its reader asked for (the CLI's {@code --lang}, a server request's). The code, place and severity are the
 * same in every language.
 */
public final class Diagnostic {
  private final Severity severity;
  private final String code;
  private final String file;
  private final int line;
  private final int column;
  private final int length;
  private final Text message;
  private final Text hint;
  private final Related related;

  /** A second place a diagnostic points at, with its note. */
  public static final class Related {
    private final String file;
    private final int line;
    private final int column;
    private final Text message;

    public Related(String file, int line, int column, String message) {
      this(file, line, column, Text.literal(message));
    }

    public Related(String file, int line, int column, Text message) {
      this.file = file;
      this.line = line;
      this.column = column;
      this.message = message;
    }

    public String file() {
      return file;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }

    /** The note in the current language. */
    public String message() {
      return message == null ? null : message.get();
    }

    public String message(Lang lang) {
      return message == null ? null : message.in(lang);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Related r && Objects.equals(file, r.file) && line == r.line && column == r.column
          && Objects.equals(message, r.message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(file, line, column, message);
    }

    @Override
    public String toString() {
      return "Related[file=" + file + ", line=" + line + ", column=" + column + ", message=" + message() + "]";
    }
  }

  /** A diagnostic whose texts are the same in every language (a library's message, an analyst's own words). */
  public Diagnostic(Severity severity, String code, String file, int line, int column, int length, String message,
      String hint, Related related) {
    this(severity, code, file, line, column, length, Text.literal(message), Text.literal(hint), related);
  }

  public Diagnostic(Severity severity, String code, String file, int line, int column, int length, Text message,
      Text hint, Related related) {
    this.severity = severity;
    this.code = code;
    this.file = file;
    this.line = line;
    this.column = column;
    this.length = length;
    this.message = message;
    this.hint = hint;
    this.related = related;
  }

  public static Diagnostic error(String code, Span at, String message, String hint) {
    return error(code, at, Text.literal(message), Text.literal(hint));
  }

  public static Diagnostic error(String code, Span at, Text message, Text hint) {
    return new Diagnostic(Severity.ERROR, code, at.file(), at.line(), at.column(), at.length(), message, hint, null);
  }

  public static Diagnostic error(String code, Span at, Text message) {
    return error(code, at, message, null);
  }

  public static Diagnostic warning(String code, Span at, String message, String hint) {
    return warning(code, at, Text.literal(message), Text.literal(hint));
  }

  public static Diagnostic warning(String code, Span at, Text message, Text hint) {
    return new Diagnostic(Severity.WARNING, code, at.file(), at.line(), at.column(), at.length(), message, hint, null);
  }

  public static Diagnostic warning(String code, Span at, Text message) {
    return warning(code, at, message, null);
  }

  /** A problem in a file without a useful column (a table file's row, an unreadable file). */
  public static Diagnostic atLine(Severity severity, String code, String file, int line, String message, String hint) {
    return atLine(severity, code, file, line, Text.literal(message), Text.literal(hint));
  }

  public static Diagnostic atLine(Severity severity, String code, String file, int line, Text message, Text hint) {
    return new Diagnostic(severity, code, file, line, 0, 0, message, hint, null);
  }

  public static Diagnostic atLine(Severity severity, String code, String file, int line, Text message) {
    return atLine(severity, code, file, line, message, null);
  }

  public Diagnostic withRelated(Span other, String note) {
    return withRelated(other, Text.literal(note));
  }

  public Diagnostic withRelated(Span other, Text note) {
    return new Diagnostic(severity, code, file, line, column, length, message, hint,
        new Related(other.file(), other.line(), other.column(), note));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public Severity severity() {
    return severity;
  }

  public String code() {
    return code;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public int length() {
    return length;
  }

  /** The message in the current language. */
  public String message() {
    return message == null ? null : message.get();
  }

  public String message(Lang lang) {
    return message == null ? null : message.in(lang);
  }

  /** The hint in the current language, or null. */
  public String hint() {
    return hint == null ? null : hint.get();
  }

  public String hint(Lang lang) {
    return hint == null ? null : hint.in(lang);
  }

  /** The message as kept: its key and arguments (for a literal, its text). */
  public Text messageText() {
    return message;
  }

  public Text hintText() {
    return hint;
  }

  public Related related() {
    return related;
  }

  /** One line, as compilers print them: {@code file:line:col: error[code]: message}, in the current language. */
  public String headline() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) b.append(':').append(column);
    }
    b.append(": ").append(severity.text());
    if (code != null) b.append('[').append(code).append(']');
    return b.append(": ").append(message()).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d && severity == d.severity && Objects.equals(code, d.code)
        && Objects.equals(file, d.file) && line == d.line && column == d.column && length == d.length
        && Objects.equals(message, d.message) && Objects.equals(hint, d.hint) && Objects.equals(related, d.related);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, file, line, column, length, message, hint, related);
  }

  @Override
  public String toString() {
    return "Diagnostic[severity=" + severity + ", code=" + code + ", file=" + file + ", line=" + line + ", column="
        + column + ", length=" + length + ", message=" + message() + ", hint=" + hint() + ", related=" + related + "]";
  }
}
