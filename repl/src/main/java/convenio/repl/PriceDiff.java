package convenio.repl;

import static convenio.repl.ReplTexts.M;

import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.report.TextColumns;
import java.io.PrintWriter;
import java.util.List;

/**
 * What a what-if change does to the loaded accounts: each item whose payment or glosa changed, with before, after and
 * the difference, then the totals. Results are matched by position: the same accounts were priced both times.
 */
final class PriceDiff {
  private PriceDiff() {}

  /** Prints the differences and returns how many items changed. */
  static int print(List<PricingResult> before, List<PricingResult> after, PrintWriter out) {
    TextColumns t = new TextColumns(M.get("diff.columns").split("\\|", -1));
    Money paidBefore = Money.ZERO, paidAfter = Money.ZERO, glosedBefore = Money.ZERO, glosedAfter = Money.ZERO;
    int changed = 0, items = 0;
    for (int a = 0; a < before.size() && a < after.size(); a++) {
      List<GuideResult> gb = before.get(a).guides(), ga = after.get(a).guides();
      for (int g = 0; g < gb.size() && g < ga.size(); g++) {
        List<ItemResult> ib = gb.get(g).items(), ia = ga.get(g).items();
        for (int i = 0; i < ib.size() && i < ia.size(); i++) {
          ItemResult x = ib.get(i), y = ia.get(i);
          items++;
          // An allowed value that changed matters even when the payment did not (it was paid as presented).
          if (!x.paid().equals(y.paid()) || !x.glosed().equals(y.glosed()) || !same(x.allowed(), y.allowed())) {
            changed++;
            t.row(gb.get(g).guide().number(), String.valueOf(x.item().seq()), x.item().code(), money(y.allowed()),
                x.paid().format(), y.paid().format(), ValueText.delta(y.paid().minus(x.paid())), y.glosed().format());
          }
        }
      }
      paidBefore = paidBefore.plus(before.get(a).totals().paid());
      paidAfter = paidAfter.plus(after.get(a).totals().paid());
      glosedBefore = glosedBefore.plus(before.get(a).totals().glosed());
      glosedAfter = glosedAfter.plus(after.get(a).totals().glosed());
    }
    if (changed == 0) {
      out.println(M.get(items == 1 ? "diff.unchanged.one" : "diff.unchanged", items, paidAfter.format()));
      return 0;
    }
    t.row(M.get("diff.total"), "", "", "", paidBefore.format(), paidAfter.format(), ValueText.delta(paidAfter.minus(paidBefore)),
        glosedAfter.format());
    out.print(t.render(""));
    out.println(M.get("diff.summary", changed, items, glosedBefore.format(), glosedAfter.format(),
        ValueText.delta(glosedAfter.minus(glosedBefore))));
    return changed;
  }

  private static boolean same(Money a, Money b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String money(Money m) {
    return m == null ? "-" : m.format();
  }
}
