package convenio.check;

import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.syntax.Span;
import java.util.HashMap;
import java.util.Map;

/** The source behind a span, for hints that quote what the analyst wrote ("write cbhpm.pf * (1 + 15%)"). */
final class SourceText {
  private final Program program;
  private final Map<String, String[]> lines = new HashMap<>();

  SourceText(Program program) {
    this.program = program;
  }

  /** The text a span covers when it lies on one line, else null. */
  String of(Span span) {
    String line = line(span.file(), span.line());
    if (line == null || span.column() < 1) return null;
    int start = line.offsetByCodePoints(0, Math.min(span.column() - 1, line.codePointCount(0, line.length())));
    if (start + span.length() > line.length()) return null;
    return line.substring(start, start + span.length());
  }

  /**
   * Where {@code needle} first occurs at or after a span's start (within a few lines), as a span of its own: places
   * the AST does not keep, such as a placeholder inside a glosa text. Falls back to the span itself.
   */
  Span find(Span from, String needle) {
    for (int n = from.line(); n < from.line() + 12; n++) {
      String line = line(from.file(), n);
      if (line == null) break;
      int at = line.indexOf(needle, n == from.line() ? Math.max(0, from.column() - 1) : 0);
      if (at >= 0) {
        return new Span(from.file(), n, line.codePointCount(0, at) + 1, needle.codePointCount(0, needle.length()),
            from.clause());
      }
    }
    return from;
  }

  private String line(String file, int lineNo) {
    SourceFile s = program.sources().get(file);
    if (s == null || lineNo < 1) return null;
    String[] all = lines.computeIfAbsent(file, f -> s.text().split("\n", -1));
    if (lineNo > all.length) return null;
    String line = all[lineNo - 1];
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
