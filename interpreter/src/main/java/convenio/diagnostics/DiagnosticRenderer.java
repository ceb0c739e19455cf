package convenio.diagnostics;

import convenio.i18n.Messages;
import java.util.List;
import java.util.function.Function;

/**
 * Diagnostics as a compiler prints them (rustc, Elm): the headline {@code file:line:col: error[code]: message}, the
 * source line with the offending text underlined, the hint, and the related place with its own line. Source text is
 * asked for by file name, so the same renderer serves contract files, imported modules and table files; a file it
 * cannot get is rendered without the snippet.
 */
public final class DiagnosticRenderer {
  private static final Messages M = Messages.of(DiagnosticRenderer.class, "convenio.diagnostics.messages");
  private final Function<String, String> sourceOf;
  private final boolean colour;

  /** @param sourceOf the text of a file by the name diagnostics use, or null when it is not available */
  public DiagnosticRenderer(Function<String, String> sourceOf) {
    this(sourceOf, false);
  }

  private DiagnosticRenderer(Function<String, String> sourceOf, boolean colour) {
    this.sourceOf = sourceOf;
    this.colour = colour;
  }

  /** The same renderer with terminal colours (for a terminal; never for files, pipes or golden tests). */
  public DiagnosticRenderer withColour(boolean on) {
    return new DiagnosticRenderer(sourceOf, on);
  }

  /** Every diagnostic, each followed by a blank line. */
  public String render(List<Diagnostic> diagnostics) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : diagnostics) b.append(render(d)).append('\n');
    return b.toString();
  }

  public String render(Diagnostic d) {
    StringBuilder b = new StringBuilder(d.headline()).append('\n');
    String line = lineOf(d.file(), d.line());
    int gutter = gutterWidth(d);
    if (line != null) snippet(b, gutter, d.line(), line, d.column(), Math.max(1, d.length()));
    String pad = " ".repeat(gutter);
    if (d.hint() != null) b.append(pad).append(" = ").append(M.get("render.hint")).append(": ").append(indentContinuation(d.hint(), gutter)).append('\n');
    Diagnostic.Related r = d.related();
    if (r != null) {
      b.append(pad).append(" = ").append(M.get("render.note")).append(": ").append(r.message()).append('\n');
      b.append(pad).append("--> ").append(place(r.file(), r.line(), r.column())).append('\n');
      String other = lineOf(r.file(), r.line());
      if (other != null) snippet(b, gutter, r.line(), other, r.column(), 1);
    }
    return colour ? Ansi.paint(b.toString(), d.severity()) : b.toString();
  }

  /** "3 errors, 1 warning" — or "no errors" — for the line after the diagnostics. */
  public static String counts(List<Diagnostic> diagnostics) {
    int errors = 0, warnings = 0;
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) errors++;
      else if (d.severity() == Severity.WARNING) warnings++;
    }
    String e = errors == 0 ? M.get("render.errors.none") : M.get(errors == 1 ? "render.errors.one" : "render.errors.many", errors);
    if (warnings == 0) return e;
    return M.get("render.counts", e, M.get(warnings == 1 ? "render.warnings.one" : "render.warnings.many", warnings));
  }

  private static void snippet(StringBuilder b, int gutter, int lineNo, String line, int column, int length) {
    String shown = DisplayWidth.expandTabs(line).stripTrailing();
    String pad = " ".repeat(gutter);
    b.append(pad).append(" |\n");
    b.append(String.format("%" + gutter + "d", lineNo)).append(" | ").append(shown).append('\n');
    if (column <= 0) return;
    int lineCodePoints = line.stripTrailing().codePointCount(0, line.stripTrailing().length());
    int start = Math.min(column - 1, lineCodePoints);
    int end = Math.min(start + length, Math.max(lineCodePoints, start + 1));
    int from = DisplayWidth.cellsBefore(line, start);
    int to = Math.max(from + 1, DisplayWidth.cellsBefore(line, end));
    // A span that runs past the end of the line (a declaration over several lines) is underlined to the line's end.
    if (end > lineCodePoints && start < lineCodePoints) to = DisplayWidth.cellsBefore(line, lineCodePoints);
    b.append(pad).append(" | ").append(" ".repeat(from)).append("^".repeat(Math.max(1, to - from))).append('\n');
  }

  private static String indentContinuation(String text, int gutter) {
    return text.replace("\n", "\n" + " ".repeat(gutter) + "         ");
  }

  private int gutterWidth(Diagnostic d) {
    int max = Math.max(d.line(), d.related() == null ? 0 : d.related().line());
    return Math.max(2, String.valueOf(max).length());
  }

  private String lineOf(String file, int lineNo) {
    if (file == null || lineNo <= 0) return null;
    String text = sourceOf.apply(file);
    if (text == null) return null;
    int start = 0;
    for (int n = 1; n < lineNo; n++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) return null;
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    String line = end < 0 ? text.substring(start) : text.substring(start, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String place(String file, int line, int column) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) b.append(':').append(line);
    if (line > 0 && column > 0) b.append(':').append(column);
    return b.toString();
  }
}
