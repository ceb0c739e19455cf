package convenio.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Places in one text, both ways: the compiler counts lines from 1 and columns from 1 in characters (code points, as
 * ANTLR reads them); the Language Server Protocol counts both from 0 and columns in UTF-16 units. A letter outside
 * the Basic Multilingual Plane is one column for the compiler and two for the editor.
 */
final class TextLines {
  private final String text;
  private final int[] starts;

  TextLines(String text) {
    this.text = text;
    List<Integer> s = new ArrayList<>();
    s.add(0);
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') s.add(i + 1);
    starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  String text() {
    return text;
  }

  int lineCount() {
    return starts.length;
  }

  /** The text of a 0-based line, without its line break. */
  String line(int line) {
    if (line < 0 || line >= starts.length) return "";
    int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    if (end > starts[line] && text.charAt(end - 1) == '\r') end--;
    return text.substring(starts[line], Math.max(starts[line], end));
  }

  /** The editor's position of a compiler place (1-based line, 1-based column in characters); column 0: the line start. */
  Position position(int line1, int column1) {
    int line = Math.max(0, Math.min(line1 - 1, starts.length - 1));
    String l = line(line);
    int cps = Math.max(0, Math.min(column1 - 1, l.codePointCount(0, l.length())));
    return new Position(line, l.offsetByCodePoints(0, cps));
  }

  /** A compiler span as an editor range; a span without a length covers the rest of its line. */
  Range range(int line1, int column1, int length) {
    Position start = position(line1, Math.max(1, column1));
    if (column1 <= 0 || length <= 0) {
      String l = line(start.getLine());
      int end = l.length();
      if (column1 <= 0) {
        // A whole-line finding: from the first non-blank character.
        int first = 0;
        while (first < l.length() && Character.isWhitespace(l.charAt(first))) first++;
        return new Range(new Position(start.getLine(), Math.min(first, end)), new Position(start.getLine(), end));
      }
      return new Range(start, new Position(start.getLine(), Math.max(start.getCharacter(), end)));
    }
    String l = line(start.getLine());
    int from = start.getCharacter();
    int remaining = l.codePointCount(from, l.length());
    int end = l.offsetByCodePoints(from, Math.min(length, remaining));
    return new Range(start, new Position(start.getLine(), end));
  }

  /** The offset in the text of an editor position (clamped to the text). */
  int offset(Position p) {
    if (p.getLine() >= starts.length) return text.length();
    int line = Math.max(0, p.getLine());
    int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    return Math.max(starts[line], Math.min(starts[line] + Math.max(0, p.getCharacter()), end));
  }

  Position positionOf(int offset) {
    int lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, offset - starts[lo]);
  }

  /** The compiler's 1-based column (in characters) of an editor position. */
  int column1(Position p) {
    String l = line(p.getLine());
    int utf16 = Math.min(Math.max(0, p.getCharacter()), l.length());
    return l.codePointCount(0, utf16) + 1;
  }

  static boolean contains(Range r, Position p) {
    return !before(p, r.getStart()) && !before(r.getEnd(), p);
  }

  static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine() || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
  }
}
