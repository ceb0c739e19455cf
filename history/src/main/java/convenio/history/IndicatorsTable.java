package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The indicators as a text table for a terminal, with the summary and the two rates across operators labelled. */
public final class IndicatorsTable {
  private IndicatorsTable() {}

  public static String write(Indicators i) {
    StringBuilder out = new StringBuilder();
    List<String> head = new ArrayList<>();
    for (Dimension d : i.query().by()) head.add(HistoryTexts.dimension(d));
    head.addAll(HistoryTexts.list("table.columns"));
    List<List<String>> body = new ArrayList<>();
    for (Indicators.Row r : i.rows()) {
      List<String> line = new ArrayList<>();
      for (Dimension d : i.query().by()) line.add(r.key().get(d));
      line.add(r.presented().format());
      line.add(r.glosed().format());
      line.add(pct(r.rate()) + (r.aboveTarget() ? " ▲" : ""));
      line.add(r.appealed().format());
      line.add(r.recovered().format());
      line.add(pct(r.recoveryRate()));
      line.add(r.notAppealed().format());
      line.add(r.finalGlosed().format());
      line.add(pct(r.finalRate()));
      line.add(r.averageDaysToAnswer() == null ? "—" : r.averageDaysToAnswer().toPlainString());
      body.add(line);
    }
    render(head, body, out);
    Indicators.Row t = i.total();
    out.append('\n').append(M.get("table.all", t.presented().format(), t.glosed().format(), t.finalGlosed().format(),
        i.query().targetPercent().toPlainString())).append('\n');
    out.append(M.get("table.rate", pct(i.pooledRate()), M.get("note.pooled"))).append('\n');
    out.append(M.get("table.rate.mean", pct(i.meanOperatorRate()), M.get("note.mean"), i.operators().size()))
        .append('\n');
    if (!i.pareto().isEmpty()) {
      out.append(M.get("table.top.codes"));
      for (int k = 0; k < Math.min(5, i.pareto().size()); k++) {
        Indicators.Pareto p = i.pareto().get(k);
        out.append(k == 0 ? "" : ", ").append(p.code()).append(' ').append(pct(p.share())).append('%');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String pct(BigDecimal v) {
    return v == null ? "—" : v.toPlainString();
  }

  /** Columns padded to their widest cell; a header starting with '>' is right-aligned. */
  static void render(List<String> head, List<List<String>> body, StringBuilder out) {
    int n = head.size();
    int[] w = new int[n];
    boolean[] right = new boolean[n];
    List<String> names = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String h = head.get(k);
      right[k] = h.startsWith(">");
      names.add(right[k] ? h.substring(1) : h);
      w[k] = names.get(k).length();
    }
    for (List<String> l : body) for (int k = 0; k < n; k++) w[k] = Math.max(w[k], l.get(k) == null ? 0 : l.get(k).length());
    line(names, w, right, out);
    for (List<String> l : body) line(l, w, right, out);
  }

  private static void line(List<String> cells, int[] w, boolean[] right, StringBuilder out) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < cells.size(); k++) {
      String c = cells.get(k) == null ? "" : cells.get(k);
      String pad = " ".repeat(w[k] - c.length());
      if (k > 0) b.append("  ");
      b.append(right[k] ? pad + c : c + pad);
    }
    out.append(b.toString().stripTrailing()).append('\n');
  }
}
