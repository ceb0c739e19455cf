package convenio.tiss.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small RFC 4180 CSV tables kept in resources (quoted fields, doubled quotes, no multi-line cells). */
public final class Csv {
  private Csv() {}

  /** All rows after the header; null when the resource does not exist. */
  public static List<List<String>> rows(String resource) {
    InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) return null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<List<String>> rows = new ArrayList<>();
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) rows.add(split(line));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
