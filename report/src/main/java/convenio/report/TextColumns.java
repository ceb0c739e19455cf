package convenio.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns padded to their widest cell, numbers right-aligned so values line up by the cent.
 * Widths count characters, which is right for the Latin text of TISS descriptions.
 */
public final class TextColumns {
  private final List<String> headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /** A header ending in ">" is right-aligned (the ">" is not shown). */
  public TextColumns(String... headers) {
    this.headers = new ArrayList<>();
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].endsWith(">");
      this.headers.add(right[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
  }

  public TextColumns row(String... cells) {
    rows.add(cells);
    return this;
  }

  public String render(String indent) {
    int n = headers.size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) w[i] = headers.get(i).length();
    for (String[] r : rows) for (int i = 0; i < n && i < r.length; i++) w[i] = Math.max(w[i], len(r[i]));
    StringBuilder b = new StringBuilder();
    line(b, indent, headers.toArray(new String[0]), w);
    for (String[] r : rows) line(b, indent, r, w);
    return b.toString();
  }

  private void line(StringBuilder b, String indent, String[] cells, int[] w) {
    StringBuilder l = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      String c = i < cells.length && cells[i] != null ? cells[i] : "";
      String pad = " ".repeat(w[i] - c.length());
      if (i > 0) l.append("  ");
      l.append(right[i] ? pad + c : c + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }
}
