package convenio.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV reader: separator ';' or ',' (whichever the header line uses; ';' wins, since Brazilian files use ','
 * for decimals), double-quoted cells with "" escapes, one record per line.
 */
final class CsvRows {
  private CsvRows() {}

  /** A record and its 1-based line in the file. */
  record Line(int number, List<String> cells) {}

  static List<Line> read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r?\n", -1);
    char sep = ',';
    for (String l : lines) {
      if (!l.isBlank()) {
        sep = l.indexOf(';') >= 0 ? ';' : ',';
        break;
      }
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      out.add(new Line(i + 1, split(lines[i], sep)));
    }
    return out;
  }

  private static List<String> split(String line, char sep) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == sep) {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    cells.add(cur.toString());
    return cells;
  }
}
