package convenio.report;

import static convenio.report.Texts.M;

import convenio.model.Glosa;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.SourcePos;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.util.List;

/**
 * The explanation of one priced item as text: what was presented, each step of the trace (rule, file:line, value
 * before → after, the inputs that decided it), the glosas and the outcome. Shared by explain, test reports and the REPL.
 */
public final class TraceText {
  private TraceText() {}

  /** The item line: {@code seq 2 · procedure 30602017 "Descrição" · qty 1 · presented R$ 1.000,00}. */
  public static String itemHeadline(Item i) {
    StringBuilder b = new StringBuilder(M.get("trace.item", i.seq(),
        i.kind() == null ? M.get("trace.item.kind") : i.kind().languageName(), i.code()));
    if (i.description() != null && !i.description().isBlank()) b.append(" \"").append(i.description()).append('"');
    if (i.degree() != null && !i.degree().isBlank()) b.append(M.get("trace.degree", i.degree()));
    b.append(M.get("trace.qty", number(i.quantity())));
    if (i.date() != null) b.append(" · ").append(i.date());
    b.append(M.get("trace.presented", fmt(i.totalValue())));
    return b.toString();
  }

  /** Every line indented by {@code indent}; ends with a newline. */
  public static String render(ItemResult r, String indent) {
    StringBuilder b = new StringBuilder();
    b.append(indent).append(itemHeadline(r.item())).append('\n');
    PriceSource s = r.source();
    if (s != null) {
      // The rule's text is in the first trace step; here only where it is and which tier won.
      b.append(indent).append(s.tier() == null ? M.get("trace.priced.by.any") : M.get("trace.priced.by", s.tier()));
      if (s.pos() != null && s.pos() != SourcePos.NONE) b.append(M.get("trace.at", where(s.pos())));
      if (r.trace().isEmpty() && s.rule() != null) b.append(": ").append(s.rule());
      if (s.table() != null) {
        b.append(M.get("trace.table", s.table()));
        if (s.tableVersion() != null) b.append(M.get("trace.table.version", s.tableVersion()));
        if (s.tableRow() != null && s.tableRow() != SourcePos.NONE) {
          b.append(M.get("trace.table.row", where(s.tableRow())));
        }
      }
      b.append('\n');
    }
    List<TraceEvent> trace = r.trace();
    int kindWidth = 0;
    int posWidth = 0;
    for (TraceEvent e : trace) {
      kindWidth = Math.max(kindWidth, kind(e).length());
      posWidth = Math.max(posWidth, where(e.pos()).length());
    }
    // Each step: number, kind, file:line and the value change on one line; the rule and its inputs below it.
    int n = 1;
    String under = " ".repeat(kindWidth + 8);
    for (TraceEvent e : trace) {
      b.append(indent).append(String.format("  %2d. %-" + kindWidth + "s  %-" + posWidth + "s", n++, kind(e),
          where(e.pos())));
      if (e.before() != null) {
        b.append("  ").append(fmt(e.before())).append(" → ").append(fmt(e.after()));
      } else if (e.after() != null) {
        b.append("  = ").append(fmt(e.after()));
      }
      b.append('\n');
      if (e.rule() != null && !e.rule().isBlank()) b.append(indent).append(under).append(e.rule()).append('\n');
      if (e.detail() != null && !e.detail().isBlank()) b.append(indent).append(under).append(e.detail()).append('\n');
    }
    for (Glosa g : r.glosas()) {
      b.append(indent).append(M.get("trace.glosa", g.code(), fmt(g.value())));
      if (g.quantity() != null) b.append(M.get("trace.glosa.qty", number(g.quantity())));
      if (g.rule() != null) b.append(M.get("trace.glosa.by", g.rule()));
      if (g.pos() != null && g.pos() != SourcePos.NONE) b.append(M.get("trace.at", where(g.pos())));
      if (g.text() != null) b.append(": ").append(g.text());
      b.append('\n');
    }
    b.append(indent).append(M.get("trace.outcome", fmt(r.contractUnit()), fmt(r.allowed()), fmt(r.paid()),
        fmt(r.glosed())));
    if (r.raised() != null && !r.raised().isZero()) b.append(M.get("trace.raised", fmt(r.raised())));
    return b.append('\n').toString();
  }

  static String kind(TraceEvent e) {
    return e.kind() == null ? "" : M.get("trace.kind." + e.kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code file:line}; the column is left out because a rule is found by its line. */
  public static String where(SourcePos p) {
    if (p == null || p == SourcePos.NONE || p.line() == 0) return "-";
    return p.file() + ":" + p.line();
  }

  public static String fmt(Money m) {
    return m == null ? M.get("trace.none") : m.format();
  }

  public static String number(BigDecimal n) {
    return n == null ? "-" : n.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
