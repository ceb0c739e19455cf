package convenio.report;

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
    StringBuilder b = new StringBuilder("seq ").append(i.seq()).append(" · ")
        .append(i.kind() == null ? "item" : i.kind().languageName()).append(' ').append(i.code());
    if (i.description() != null && !i.description().isBlank()) b.append(" \"").append(i.description()).append('"');
    if (i.degree() != null && !i.degree().isBlank()) b.append(" · degree ").append(i.degree());
    b.append(" · qty ").append(number(i.quantity()));
    if (i.date() != null) b.append(" · ").append(i.date());
    b.append(" · presented ").append(fmt(i.totalValue()));
    return b.toString();
  }

  /** Every line indented by {@code indent}; ends with a newline. */
  public static String render(ItemResult r, String indent) {
    StringBuilder b = new StringBuilder();
    b.append(indent).append(itemHeadline(r.item())).append('\n');
    PriceSource s = r.source();
    if (s != null) {
      // The rule's text is in the first trace step; here only where it is and which tier won.
      b.append(indent).append("  priced by ").append(s.tier() == null ? "the" : "the " + s.tier()).append(" rule");
      if (s.pos() != null && s.pos() != SourcePos.NONE) b.append(" at ").append(where(s.pos()));
      if (r.trace().isEmpty() && s.rule() != null) b.append(": ").append(s.rule());
      if (s.table() != null) {
        b.append(", table ").append(s.table());
        if (s.tableVersion() != null) b.append(" version ").append(s.tableVersion());
        if (s.tableRow() != null && s.tableRow() != SourcePos.NONE) b.append(" row ").append(where(s.tableRow()));
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
      b.append(indent).append("  glosa ").append(g.code()).append(' ').append(fmt(g.value()));
      if (g.quantity() != null) b.append(" (qty ").append(number(g.quantity())).append(')');
      if (g.rule() != null) b.append(" by ").append(g.rule());
      if (g.pos() != null && g.pos() != SourcePos.NONE) b.append(" at ").append(where(g.pos()));
      if (g.text() != null) b.append(": ").append(g.text());
      b.append('\n');
    }
    b.append(indent).append("  → unit ").append(fmt(r.contractUnit())).append(" · allowed ").append(fmt(r.allowed()))
        .append(" · paid ").append(fmt(r.paid())).append(" · glosed ").append(fmt(r.glosed()));
    if (r.raised() != null && !r.raised().isZero()) b.append(" · raised ").append(fmt(r.raised()));
    return b.append('\n').toString();
  }

  static String kind(TraceEvent e) {
    return e.kind() == null ? "" : e.kind().name().toLowerCase();
  }

  /** {@code file:line}; the column is left out because a rule is found by its line. */
  public static String where(SourcePos p) {
    if (p == null || p == SourcePos.NONE || p.line() == 0) return "-";
    return p.file() + ":" + p.line();
  }

  public static String fmt(Money m) {
    return m == null ? "none" : m.format();
  }

  public static String number(BigDecimal n) {
    return n == null ? "-" : n.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
