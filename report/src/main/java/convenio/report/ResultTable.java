package convenio.report;

import static convenio.report.Texts.M;

import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.model.Totals;
import java.util.ArrayList;
import java.util.List;

/**
 * A priced account for the terminal: per guide, one line per item (presented, allowed, paid, glosed and the glosa
 * codes), the guide's critiques and totals; then the lote's totals and glosa rate.
 */
public final class ResultTable {
  private static final int DESCRIPTION_WIDTH = 32;

  private ResultTable() {}

  public static String render(PricingResult r) {
    StringBuilder b = new StringBuilder();
    b.append(M.get("table.lote", r.account().loteNumber() == null ? "-" : r.account().loteNumber(), r.contractId(),
        r.contractVersion(), Plural.of(r.guides().size(), "guide"))).append('\n');
    for (GuideResult g : r.guides()) guide(b, g);
    b.append('\n').append(M.get("table.lote.total", totals(r.totals()))).append('\n');
    return b.toString();
  }

  private static void guide(StringBuilder b, GuideResult g) {
    b.append('\n').append(M.get("table.guide", g.guide().number()));
    if (g.guide().type() != null) b.append(" (").append(g.guide().type().name().toLowerCase()).append(')');
    if (g.guide().beneficiary() != null && g.guide().beneficiary().cardNumber() != null) {
      b.append(M.get("table.guide.card", g.guide().beneficiary().cardNumber()));
    }
    if (g.guide().executionDate() != null) b.append(" · ").append(g.guide().executionDate());
    b.append('\n');
    TextColumns t = new TextColumns(Texts.columns("table.columns"));
    for (ItemResult ir : g.items()) {
      Item i = ir.item();
      t.row(String.valueOf(i.seq()), i.code(), cut(i.description()), TraceText.number(i.quantity()),
          ir.presented().format(), ir.allowed() == null ? "-" : ir.allowed().format(), ir.paid().format(),
          ir.glosed().isZero() ? "" : ir.glosed().format(), glosaCodes(ir));
    }
    b.append(t.render("  "));
    for (Critique c : g.critiques()) {
      b.append(M.get("table.critique", c.code() == null ? "" : c.code() + ": ")).append(c.message());
      if (c.pos() != null) b.append(" (").append(TraceText.where(c.pos())).append(')');
      b.append('\n');
    }
    b.append(M.get("table.guide.total", totals(g.totals()))).append('\n');
  }

  /** {@code presented R$ 1.000,00 · paid R$ 800,00 · glosed R$ 200,00 (20%)}. */
  public static String totals(Totals t) {
    StringBuilder b = new StringBuilder(M.get("totals", t.presented().format(), t.paid().format(),
        t.glosed().format()));
    if (!t.raised().isZero()) b.append(M.get("totals.raised", t.raised().format()));
    return b.append(M.get("totals.rate", t.glosaRate())).toString();
  }

  private static String glosaCodes(ItemResult ir) {
    List<String> codes = new ArrayList<>();
    for (Glosa g : ir.glosas()) if (!codes.contains(g.code())) codes.add(g.code());
    return String.join(" ", codes);
  }

  private static String cut(String s) {
    if (s == null) return "";
    return s.length() <= DESCRIPTION_WIDTH ? s : s.substring(0, DESCRIPTION_WIDTH - 1) + "…";
  }
}
