package convenio.api;

import convenio.i18n.Messages;
import convenio.common.Tiss;
import convenio.common.StandardJustifications;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.model.TraceEvent;
import convenio.runtime.GlosaSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The auditor's manual operations on a priced account (Solus FAQ, "tela de glosa"): each returns a new result and
 * leaves the given one untouched; every result still reconciles. Manual glosas carry {@code manual = true}, the rule
 * {@value #RULE} and a MANUAL trace event. Misuse (an unknown guide or item, splitting into more days than units) is
 * an {@link IllegalArgumentException} with a message for the auditor.
 */
public final class Audit {
  private static final Messages M = Messages.of(Audit.class, "convenio.api.messages");
  public static final String RULE = "manual: auditor";
  private static final String EXCESS = Tiss.GLOSA_EXCESS;

  private Audit() {}

  /** "Glosa tudo": the whole presented quantity and value of the item, with one glosa. */
  public static PricingResult glosaAll(PricingResult result, String guide, int item, String code, String text) {
    requireTable38(code);
    return onItem(result, guide, item, r -> {
      Glosa g = manual(code, r.item().quantity(), r.presented(), text);
      return List.of(rebuild(r, Money.ZERO, BigDecimal.ZERO, Money.ZERO, List.of(g),
          event(r.paid(), Money.ZERO, "audit.event.glosa.all", code, r.presented().format())));
    });
  }

  /** "Reverter": removes every glosa and pays what was presented. */
  public static PricingResult revert(PricingResult result, String guide, int item) {
    return onItem(result, guide, item, r -> List.of(rebuild(r, r.presented(), quantity(r.item()), Money.ZERO, List.of(),
        event(r.paid(), r.presented(), "audit.event.revert"))));
  }

  /**
   * "Reverter pagando tabela": removes every glosa and pays the contract's value; what was presented above it is
   * glosed 1705 ("valor cobrado a maior") automatically. Presented below the contract value is paid as presented.
   */
  public static PricingResult revertPayingTable(PricingResult result, String guide, int item) {
    return onItem(result, guide, item, r -> {
      if (r.contractUnit() == null) {
        throw new IllegalArgumentException(M.get("audit.no.contract.value", item, guide, r.item().code()));
      }
      Money table = r.allowed();
      List<Glosa> glosas = new ArrayList<>();
      Money paid = r.presented();
      if (r.presented().greaterThan(table)) {
        Money excess = r.presented().minus(table);
        glosas.add(manual(EXCESS, BigDecimal.ZERO, excess, "Valor cobrado a maior: apresentado "
            + r.presented().format() + ", valor de tabela " + table.format()));
        paid = table;
      }
      return List.of(rebuild(r, paid, quantity(r.item()), Money.ZERO, glosas,
          event(r.paid(), paid, "audit.event.revert.table", table.format())));
    });
  }

  /**
   * "Glosa em grupo": glosses {@code percent} of what is still paid on every selected item of the guide, with the
   * standard justification {@code code} and the auditor's text (the standard message when the text is blank).
   * Glosas already on an item stay (the new one is added to them).
   */
  public static PricingResult groupGlosa(PricingResult result, String guide, Selection selection, Percent percent,
      String code, String freeText) {
    requireTable38(code);
    if (percent.compareTo(Percent.ZERO) <= 0 || percent.compareTo(Percent.HUNDRED) > 0) {
      throw new IllegalArgumentException(M.get("audit.percent", percent));
    }
    GuideResult g = guide(result, guide);
    RoundingMode mode = RoundingMode.HALF_UP;
    List<ItemResult> items = new ArrayList<>();
    for (ItemResult r : g.items()) {
      if (!selection.selects(r.item()) || r.paid().isZero()) {
        items.add(r);
        continue;
      }
      Money value = r.paid().times(percent.fraction(), mode);
      boolean all = percent.equals(Percent.HUNDRED);
      BigDecimal qty = all ? r.paidQuantity() : BigDecimal.ZERO;
      List<Glosa> glosas = new ArrayList<>(r.glosas());
      glosas.add(manual(code, qty, value, freeText));
      Money paid = r.paid().minus(value);
      items.add(rebuild(r, paid, r.paidQuantity().subtract(qty), r.raised(), glosas,
          event(r.paid(), paid, "audit.event.group", selection, percent, code, value.format())));
    }
    return replaceGuide(result, g, g.withItems(items));
  }

  /**
   * "Glosa parcial": {@code units} units of what is still paid (valued at the paid unit value, the last units taking
   * whatever cents are left so that glosing every unit glosses exactly what is paid), or {@code amount} reais of it.
   * The new glosa becomes the item's principal (first); the glosas already there stay, complementary.
   */
  public static PricingResult glosaPart(PricingResult result, String guide, int item, BigDecimal units, Money amount,
      String code, String text) {
    requireTable38(code);
    if ((units == null) == (amount == null)) {
      throw new IllegalArgumentException(M.get("audit.part.units.or.amount"));
    }
    return onItem(result, guide, item, r -> {
      Money value;
      BigDecimal qty;
      if (units != null) {
        if (units.signum() <= 0 || units.compareTo(r.paidQuantity()) > 0) {
          throw new IllegalArgumentException(M.get("audit.part.units", item, guide, r.paidQuantity().toPlainString(),
              units.toPlainString()));
        }
        qty = units;
        value = units.compareTo(r.paidQuantity()) == 0 ? r.paid()
            : r.paid().times(units.divide(r.paidQuantity(), 12, RoundingMode.HALF_EVEN), RoundingMode.HALF_UP);
      } else {
        if (amount.isNegative() || amount.isZero() || amount.greaterThan(r.paid())) {
          throw new IllegalArgumentException(M.get("audit.part.amount", item, guide, r.paid().format(),
              amount.format()));
        }
        qty = BigDecimal.ZERO;
        value = amount;
      }
      List<Glosa> glosas = new ArrayList<>();
      glosas.add(manual(code, qty, value, text));
      glosas.addAll(r.glosas());
      Money paid = r.paid().minus(value);
      return List.of(rebuild(r, paid, r.paidQuantity().subtract(qty), r.raised(), glosas,
          event(r.paid(), paid, "audit.event.part", code, value.format())));
    });
  }

  /**
   * Changes the {@code index}-th glosa (from 0) of an item, automatic or manual: its code, its value (the difference
   * moves between paid and glosed) or its text; null keeps what it had. The glosa becomes the auditor's.
   */
  public static PricingResult editGlosa(PricingResult result, String guide, int item, int index, String code,
      Money value, String text) {
    if (code != null) requireTable38(code);
    return onItem(result, guide, item, r -> {
      Glosa old = glosaAt(r, guide, item, index);
      Money v = value == null ? old.value() : value;
      Money paid = r.paid().plus(old.value()).minus(v);
      if (v.isNegative() || v.isZero() || paid.isNegative()) {
        throw new IllegalArgumentException(M.get("audit.edit.value", index + 1, item,
            r.paid().plus(old.value()).format(), v.format()));
      }
      String c = code == null ? old.code() : code;
      StandardJustifications.Entry std = StandardJustifications.of(c);
      GlosaGroup group = code == null || std == null ? old.group() : std.group();
      String t = text == null || text.isBlank() ? (code == null ? old.text() : std != null ? std.text() : old.text())
          : text;
      List<Glosa> glosas = new ArrayList<>(r.glosas());
      glosas.set(index, new Glosa(c, old.quantity(), v, t, group, old.rule(), old.pos(), true));
      return List.of(rebuild(r, paid, r.paidQuantity(), r.raised(), glosas,
          event(r.paid(), paid, "audit.event.edit", old.code(), old.value().format(), c, v.format())));
    });
  }

  /** "Excluir glosa": removes the {@code index}-th glosa (from 0) of an item; its value and units are paid again. */
  public static PricingResult revertGlosa(PricingResult result, String guide, int item, int index) {
    return onItem(result, guide, item, r -> {
      Glosa old = glosaAt(r, guide, item, index);
      List<Glosa> glosas = new ArrayList<>(r.glosas());
      glosas.remove(index);
      Money paid = r.paid().plus(old.value());
      BigDecimal qty = r.paidQuantity().add(old.quantity() == null ? BigDecimal.ZERO : old.quantity())
          .min(quantity(r.item()));
      return List.of(rebuild(r, paid, qty, r.raised(), glosas,
          event(r.paid(), paid, "audit.event.revert.glosa", old.code(), old.value().format())));
    });
  }

  /**
   * "Glosa em grupo" over several guides of a lote at once (null or empty: every guide): {@code percent} of what is
   * still paid on every selected item, rounded half up to the cent per item. The new glosa becomes the principal
   * (first); glosas already on the item stay, complementary. Items with nothing left to pay are left alone.
   */
  public static PricingResult groupGlosa(PricingResult result, List<String> guides, Selection selection,
      Percent percent, String code, String freeText) {
    requireTable38(code);
    if (percent.compareTo(Percent.ZERO) <= 0 || percent.compareTo(Percent.HUNDRED) > 0) {
      throw new IllegalArgumentException(M.get("audit.percent", percent));
    }
    List<String> names = new ArrayList<>();
    if (guides == null || guides.isEmpty()) {
      for (GuideResult g : result.guides()) names.add(g.guide().number());
    } else {
      for (String n : guides) names.add(guide(result, n).guide().number());
    }
    PricingResult out = result;
    for (String name : names) {
      GuideResult g = guide(out, name);
      List<ItemResult> items = new ArrayList<>();
      for (ItemResult r : g.items()) {
        if (!selection.selects(r.item()) || r.paid().isZero()) {
          items.add(r);
          continue;
        }
        Money value = r.paid().times(percent.fraction(), RoundingMode.HALF_UP);
        BigDecimal qty = percent.equals(Percent.HUNDRED) ? r.paidQuantity() : BigDecimal.ZERO;
        List<Glosa> glosas = new ArrayList<>();
        glosas.add(manual(code, qty, value, freeText));
        glosas.addAll(r.glosas());
        Money paid = r.paid().minus(value);
        items.add(rebuild(r, paid, r.paidQuantity().subtract(qty), r.raised(), glosas,
            event(r.paid(), paid, "audit.event.group", selection, percent, code, value.format())));
      }
      out = replaceGuide(out, g, g.withItems(items));
    }
    return out;
  }

  private static Glosa glosaAt(ItemResult r, String guide, int item, int index) {
    if (index < 0 || index >= r.glosas().size()) {
      String key = r.glosas().size() == 1 ? "audit.glosa.index.one" : "audit.glosa.index";
      throw new IllegalArgumentException(M.get(key, item, guide, r.glosas().size(), index + 1));
    }
    return r.glosas().get(index);
  }

  /**
   * "Separar taxa/diária em dias diferentes": a daily rate or fee of quantity N becomes K items on K consecutive days
   * from its date, the units spread as evenly as possible (the first days take the remainder) and every value split in
   * proportion to the units, to the cent (leftover cents go to the first days), so the parts add up exactly.
   */
  public static PricingResult splitDays(PricingResult result, String guide, int item, int days) {
    GuideResult g = guide(result, guide);
    ItemResult r = find(g, guide, item);
    Item it = r.item();
    if (it.kind() != ItemKind.DAILY_RATE && it.kind() != ItemKind.FEE) {
      throw new IllegalArgumentException(M.get("audit.split.kind", item, it.code(), it.kind().languageName()));
    }
    BigDecimal n = quantity(it);
    if (n.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(M.get("audit.split.fraction", item, n.toPlainString()));
    }
    int units = n.intValueExact();
    if (days <= 0) {
      throw new IllegalArgumentException(M.get("audit.split.days", item, days));
    }
    if (days > units) {
      throw new IllegalArgumentException(M.get(units == 1 ? "audit.split.units.one" : "audit.split.units", item, days,
          units));
    }
    if (it.date() == null) {
      throw new IllegalArgumentException(M.get("audit.split.no.date", item));
    }
    long[] qty = spread(units, units, days);
    long[] presented = spread(r.presented().cents(), units, qty);
    long[] raised = spread(r.raised().cents(), units, qty);
    long[] allowed = spread(r.allowed().cents(), units, qty);
    long[] paid = spread(r.paid().cents(), units, qty);
    List<long[]> glosaValues = new ArrayList<>();
    for (int k = 0; k < r.glosas().size() - 1; k++) glosaValues.add(spread(r.glosas().get(k).value().cents(), units, qty));
    int nextSeq = 0;
    for (ItemResult x : g.items()) nextSeq = Math.max(nextSeq, x.item().seq());
    List<ItemResult> parts = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      BigDecimal q = BigDecimal.valueOf(qty[d]);
      BigDecimal share = q.divide(n, 12, RoundingMode.HALF_EVEN);
      Item part = it.withQuantityAndValues(q, it.unitValue(), Money.ofCents(presented[d]), it.date().plusDays(d));
      if (d > 0) part = part.withSeq(++nextSeq);
      List<Glosa> glosas = new ArrayList<>();
      long rest = presented[d] + raised[d] - paid[d];
      for (int k = 0; k < r.glosas().size(); k++) {
        Glosa o = r.glosas().get(k);
        long v = k < glosaValues.size() ? glosaValues.get(k)[d] : rest;
        rest -= v;
        glosas.add(new Glosa(o.code(), scaled(o.quantity(), share), Money.ofCents(v), o.text(), o.group(), o.rule(),
            o.pos(), o.manual()));
      }
      List<TraceEvent> trace = new ArrayList<>(r.trace());
      trace.add(event(r.presented(), Money.ofCents(presented[d]), "audit.event.split", days, d + 1, item, units));
      parts.add(new ItemResult(part, r.source(), r.contractUnit(), Money.ofCents(allowed[d]),
          scaled(r.paidQuantity(), share), Money.ofCents(paid[d]), Money.ofCents(raised[d]), glosas, trace));
    }
    List<ItemResult> items = new ArrayList<>();
    for (ItemResult x : g.items()) {
      if (x == r) items.addAll(parts);
      else items.add(x);
    }
    List<Item> guideItems = new ArrayList<>();
    for (ItemResult x : items) guideItems.add(x.item());
    return replaceGuide(result, g, new GuideResult(g.guide().withItems(guideItems), items, g.critiques()));
  }

  // ---- helpers ----

  /** {@code units} split into {@code parts} near-equal whole parts, the first ones taking the remainder. */
  private static long[] spread(long total, long units, int parts) {
    long[] out = new long[parts];
    for (int i = 0; i < parts; i++) out[i] = units / parts + (i < units % parts ? 1 : 0);
    return out;
  }

  /** {@code total} cents in proportion to {@code qty[i] / units}, rounded down, leftover cents to the first parts. */
  private static long[] spread(long total, long units, long[] qty) {
    long[] out = new long[qty.length];
    long given = 0;
    for (int i = 0; i < qty.length; i++) {
      out[i] = Math.floorDiv(total * qty[i], units);
      given += out[i];
    }
    for (int i = 0; given < total; i = (i + 1) % qty.length) {
      out[i]++;
      given++;
    }
    return out;
  }

  private static BigDecimal scaled(BigDecimal q, BigDecimal share) {
    if (q == null) return null;
    BigDecimal v = q.multiply(share).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * A demonstrativo carries only codes of TISS table 38 (dm_tipoGlosa): an auditor's glosa with a blank code, a code
   * that is not four digits or one the table does not have is refused before it changes anything.
   */
  private static void requireTable38(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException(M.get("audit.code.missing"));
    }
    if (!code.matches("[0-9]{4}")) {
      throw new IllegalArgumentException(M.get("audit.code.digits", code));
    }
    if (StandardJustifications.of(code) == null) {
      throw new IllegalArgumentException(M.get(code.startsWith("99") ? "audit.code.99" : "audit.code.unknown", code));
    }
  }

  private static Glosa manual(String code, BigDecimal qty, Money value, String text) {
    StandardJustifications.Entry std = StandardJustifications.of(code);
    GlosaGroup group = std != null ? std.group() : GlosaSpec.fallbackGroup(code);
    String t = text != null && !text.isBlank() ? text : std != null ? std.text() : "Glosa " + code;
    return new Glosa(code, qty, value, t, group, RULE, SourcePos.NONE, true);
  }

  /** The auditor's step, written in the language of whoever reads the trace (the desk answers each in their own). */
  private static TraceEvent event(Money before, Money after, String key, Object... args) {
    return TraceEvent.lazy(TraceEvent.Kind.MANUAL, RULE, SourcePos.NONE, () -> M.get(key, args), before, after);
  }

  private static ItemResult rebuild(ItemResult r, Money paid, BigDecimal paidQty, Money raised, List<Glosa> glosas,
      TraceEvent e) {
    List<TraceEvent> trace = new ArrayList<>(r.trace());
    trace.add(e);
    return new ItemResult(r.item(), r.source(), r.contractUnit(), r.allowed(), paidQty, paid, raised, glosas, trace);
  }

  private static BigDecimal quantity(Item i) {
    return i.quantity() == null ? BigDecimal.ONE : i.quantity();
  }

  private static PricingResult onItem(PricingResult result, String guide, int item,
      Function<ItemResult, List<ItemResult>> change) {
    GuideResult g = guide(result, guide);
    ItemResult target = find(g, guide, item);
    List<ItemResult> items = new ArrayList<>();
    for (ItemResult x : g.items()) {
      if (x == target) items.addAll(change.apply(x));
      else items.add(x);
    }
    return replaceGuide(result, g, g.withItems(items));
  }

  private static GuideResult guide(PricingResult result, String number) {
    for (GuideResult g : result.guides()) {
      if (number.equals(g.guide().number())) return g;
    }
    throw new IllegalArgumentException(M.get("audit.no.guide", number));
  }

  private static ItemResult find(GuideResult g, String guide, int seq) {
    for (ItemResult r : g.items()) {
      if (r.item().seq() == seq) return r;
    }
    throw new IllegalArgumentException(M.get("audit.no.item", guide, seq));
  }

  private static PricingResult replaceGuide(PricingResult result, GuideResult old, GuideResult now) {
    List<GuideResult> guides = new ArrayList<>(result.guides());
    for (int i = 0; i < guides.size(); i++) {
      if (guides.get(i) == old) guides.set(i, now);
    }
    return result.withGuides(guides);
  }
}
