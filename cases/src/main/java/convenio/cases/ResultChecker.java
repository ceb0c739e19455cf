package convenio.cases;

import static convenio.cases.CaseTexts.M;

import convenio.cases.Expectations.CritiqueExpected;
import convenio.cases.Expectations.GlosaExpected;
import convenio.cases.Expectations.GuideExpected;
import convenio.cases.Expectations.ItemExpected;
import convenio.cases.Expectations.TotalsExpected;
import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Compares a pricing result with a case's expectations; only what was written is compared. */
public final class ResultChecker {
  private ResultChecker() {}

  public static List<Mismatch> check(Expectations expect, PricingResult result) {
    List<Mismatch> out = new ArrayList<>();
    if (expect.totals() != null) totals(expect.totals(), result.totals(), "totals", out);
    for (GuideExpected g : expect.guides()) guide(g, result, out);
    for (ItemExpected i : expect.items()) item(i, result, out);
    return out;
  }

  private static void totals(TotalsExpected e, Totals a, String subject, List<Mismatch> out) {
    money(e.presented(), a.presented(), e.line(), subject + ": presented", null, out);
    money(e.paid(), a.paid(), e.line(), subject + ": paid", null, out);
    money(e.glosed(), a.glosed(), e.line(), subject + ": glosed", null, out);
    money(e.raised(), a.raised(), e.line(), subject + ": raised", null, out);
    if (e.glosaRate() != null && !e.glosaRate().equals(a.glosaRate())) {
      out.add(new Mismatch(e.line(), subject + ": glosa_rate", e.glosaRate().toString(), a.glosaRate().toString(),
          null));
    }
  }

  private static void money(Money expected, Money actual, int line, String subject, ItemResult item,
      List<Mismatch> out) {
    if (expected == null) return;
    if (!expected.equals(actual)) {
      out.add(new Mismatch(line, subject, expected.format(), actual == null ? M.get("check.none") : actual.format(), item));
    }
  }

  private static void guide(GuideExpected e, PricingResult result, List<Mismatch> out) {
    GuideResult g = null;
    for (GuideResult gr : result.guides()) if (e.guide().equals(gr.guide().number())) g = gr;
    String subject = M.get("check.guide", e.guide());
    if (g == null) {
      out.add(new Mismatch(e.line(), subject, M.get("check.guide.numbered", e.guide()),
          M.get("check.guides", guideNumbers(result)), null));
      return;
    }
    if (e.totals() != null) totals(e.totals(), g.totals(), subject, out);
    if (e.critiques() != null) {
      List<Critique> actual = g.critiques();
      if (!matchAll(e.critiques(), actual, ResultChecker::critiqueMatches)) {
        out.add(new Mismatch(e.line(), subject + ": critiques", describeCritiques(e.critiques()),
            describeActualCritiques(actual), null));
      }
    }
  }

  private static void item(ItemExpected e, PricingResult result, List<Mismatch> out) {
    List<ItemResult> candidates = new ArrayList<>();
    List<GuideResult> guides = result.guides();
    for (GuideResult g : guides) {
      if (e.guide() != null && !e.guide().equals(g.guide().number())) continue;
      for (ItemResult r : g.items()) {
        if (e.seq() != null && r.item().seq() != e.seq()) continue;
        if (e.code() != null && !e.code().equals(r.item().code())) continue;
        if (e.degree() != null && !e.degree().equals(r.item().degree())) continue;
        candidates.add(r);
      }
    }
    String subject = M.get("check.item", e.selector());
    if (candidates.size() != 1) {
      String actual = candidates.isEmpty() ? M.get("check.no.item", itemList(result, e.guide()))
          : M.get("check.items.match", candidates.size(), describeItems(candidates));
      out.add(new Mismatch(e.line(), subject, M.get("check.one.item"), actual, null));
      return;
    }
    ItemResult r = candidates.get(0);
    money(e.unitPrice(), r.contractUnit(), e.line(), subject + ": unit_price", r, out);
    money(e.allowed(), r.allowed(), e.line(), subject + ": allowed", r, out);
    money(e.paid(), r.paid(), e.line(), subject + ": paid", r, out);
    money(e.glosed(), r.glosed(), e.line(), subject + ": glosed", r, out);
    money(e.raised(), r.raised(), e.line(), subject + ": raised", r, out);
    if (e.paidQuantity() != null && (r.paidQuantity() == null || e.paidQuantity().compareTo(r.paidQuantity()) != 0)) {
      out.add(new Mismatch(e.line(), subject + ": paid_quantity", plain(e.paidQuantity()), plain(r.paidQuantity()), r));
    }
    if (e.glosas() != null && !matchAll(e.glosas(), r.glosas(), ResultChecker::glosaMatches)) {
      out.add(new Mismatch(e.line(), subject + ": glosas", describeGlosas(e.glosas()), describeActualGlosas(r.glosas()),
          r));
    }
  }

  interface Matcher<E, A> {
    boolean matches(E expected, A actual);
  }

  /** Every expected entry matches a different actual one and none is left over; backtracks (the lists are short). */
  static <E, A> boolean matchAll(List<E> expected, List<A> actual, Matcher<E, A> m) {
    if (expected.size() != actual.size()) return false;
    return assign(expected, 0, actual, new boolean[actual.size()], m);
  }

  private static <E, A> boolean assign(List<E> expected, int i, List<A> actual, boolean[] used, Matcher<E, A> m) {
    if (i == expected.size()) return true;
    for (int j = 0; j < actual.size(); j++) {
      if (used[j] || !m.matches(expected.get(i), actual.get(j))) continue;
      used[j] = true;
      if (assign(expected, i + 1, actual, used, m)) return true;
      used[j] = false;
    }
    return false;
  }

  static boolean glosaMatches(GlosaExpected e, Glosa a) {
    return (e.code() == null || e.code().equals(a.code()))
        && (e.value() == null || e.value().equals(a.value()))
        && (e.quantity() == null || (a.quantity() != null && e.quantity().compareTo(a.quantity()) == 0))
        && contains(a.text(), e.text());
  }

  static boolean critiqueMatches(CritiqueExpected e, Critique a) {
    return (e.code() == null || e.code().equals(a.code()) || e.code().equals(a.rule()))
        && contains(a.message(), e.text());
  }

  private static boolean contains(String actual, String part) {
    return part == null || (actual != null && actual.contains(part));
  }

  private static String describeGlosas(List<GlosaExpected> list) {
    if (list.isEmpty()) return M.get("check.no.glosa");
    List<String> parts = new ArrayList<>();
    for (GlosaExpected g : list) {
      StringBuilder b = new StringBuilder(g.code() == null ? M.get("check.any.code") : g.code());
      if (g.value() != null) b.append(' ').append(g.value().format());
      if (g.quantity() != null) b.append(M.get("check.qty", plain(g.quantity())));
      if (g.text() != null) b.append(M.get("check.text.containing", g.text()));
      parts.add(b.toString());
    }
    return String.join("; ", parts);
  }

  static String describeActualGlosas(List<Glosa> list) {
    if (list.isEmpty()) return M.get("check.no.glosa");
    List<String> parts = new ArrayList<>();
    for (Glosa g : list) {
      parts.add(g.code() + " " + g.value().format()
          + (g.quantity() == null ? "" : M.get("check.qty", plain(g.quantity())))
          + (g.text() == null ? "" : " \"" + g.text() + "\""));
    }
    return String.join("; ", parts);
  }

  private static String describeCritiques(List<CritiqueExpected> list) {
    if (list.isEmpty()) return M.get("check.no.critique");
    List<String> parts = new ArrayList<>();
    for (CritiqueExpected c : list) {
      parts.add((c.code() == null ? M.get("check.any") : c.code())
          + (c.text() == null ? "" : M.get("check.text.containing", c.text())));
    }
    return String.join("; ", parts);
  }

  private static String describeActualCritiques(List<Critique> list) {
    if (list.isEmpty()) return M.get("check.no.critique");
    List<String> parts = new ArrayList<>();
    for (Critique c : list) parts.add(c.code() + " \"" + c.message() + "\"");
    return String.join("; ", parts);
  }

  private static String guideNumbers(PricingResult result) {
    List<String> n = new ArrayList<>();
    for (GuideResult g : result.guides()) n.add(g.guide().number());
    return n.isEmpty() ? M.get("check.no.guides") : String.join(", ", n);
  }

  private static String itemList(PricingResult result, String guide) {
    List<ItemResult> all = new ArrayList<>();
    for (GuideResult g : result.guides()) {
      if (guide == null || guide.equals(g.guide().number())) all.addAll(g.items());
    }
    if (all.isEmpty()) {
      return guide == null ? M.get("check.no.items") : M.get("check.no.guide", guide, guideNumbers(result));
    }
    return describeItems(all);
  }

  private static String describeItems(List<ItemResult> items) {
    List<String> parts = new ArrayList<>();
    int shown = 0;
    for (ItemResult r : items) {
      if (shown++ == 12) {
        parts.add("…");
        break;
      }
      parts.add(M.get("check.item.described", r.item().seq(), r.item().code())
          + (r.item().degree() == null ? "" : M.get("check.item.degree", r.item().degree())));
    }
    return String.join(", ", parts);
  }

  private static String plain(BigDecimal n) {
    return n == null ? M.get("check.none") : n.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
