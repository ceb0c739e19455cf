package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.Guide;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.model.PriceSource;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One item while its guide is priced: its contract unit price and source, and what is still presented, allowed and
 * billed (quantity) as glosas take their part. Every glosa takes from what is left, so the line always reconciles.
 */
final class Line {
  private static final Messages M = Messages.of(Line.class, "convenio.runtime.messages");
  final Item item;
  BigDecimal unit;
  PriceSource source;
  /** Why no rule priced the item, for the unpriced glosa's text (written when the text is read). */
  TraceEvent.Detail unpricedReason;
  Percent[] unitPercents;
  // multiple procedures (step 3): which units went by a different route, the rule that ranked the line, whether the
  // ranking's principal procedure sits on another guide (TISS 1827), the ranking as the trace says it, and (step 4)
  // the part of the full contract value the ranking took off, split by the glosa code it takes
  boolean[] unitDifferent;
  int[] routePlaces; // per unit, its place in the ranking, for the route note
  Rules.Routes routedBy;
  boolean principalElsewhere;
  /** The ranking as the trace and the route glosas say it, written when first read ({@link RouteRanking#noteOf}). */
  TraceEvent.Detail routeNote;
  /** The ranking the line took its places in: what its note says besides its own places. */
  RouteRanking.Ranking ranking;
  Money routeSame = Money.ZERO;
  Money routeDifferent = Money.ZERO;
  // the guide the line belongs to and its critiques: the ranking crosses guides, so a problem found there must still
  // reach the line's own guide
  final Guide guide;
  final java.time.LocalDate guideDate; // the guide's execution date
  final List<Critique> critiques;
  Rules.Package packageOf;
  BigDecimal included = BigDecimal.ZERO;
  Rules.Package includedIn;
  Money allowed = Money.ZERO;
  Money presentedLeft;
  Money allowedLeft = Money.ZERO;
  BigDecimal quantityLeft;
  private Glosa glosa; // most lines have none, most others one: a list only from the second
  private List<Glosa> glosas;
  // the explanation, in order: an array grown by hand and handed to the result as one immutable list (no list object
  // while pricing, no second copy in the result)
  private TraceEvent[] trace;
  private int traced;
  /** Whether the line records its trace (else the result derives it again when read: {@link Retrace}). */
  final boolean tracing;

  // the last unit price put into cents for the trace, so the result's contract unit is not computed again
  private BigDecimal centsOf;
  private Money cents;

  /** Remembers that {@code reais}, a price in whole cents, is {@code cents}: {@link #cents} has nothing to compute. */
  void inCents(BigDecimal reais, long cents) {
    this.centsOf = reais;
    this.cents = Money.ofCents(cents);
  }

  /** {@code r.cents(reais)}, remembered for the same value (the same instance: a unit price the steps passed on). */
  Money cents(Rounding r, BigDecimal reais) {
    if (reais != centsOf || cents == null) {
      cents = r.cents(reais);
      centsOf = reais;
    }
    return cents;
  }

  Line(Item item, Guide guide, java.time.LocalDate guideDate, List<Critique> critiques, boolean tracing) {
    this.item = item;
    this.guideDate = guideDate;
    this.tracing = tracing;
    if (tracing) trace = new TraceEvent[4];
    this.guide = guide;
    this.critiques = critiques;
    this.presentedLeft = item.totalValue();
    this.quantityLeft = item.quantity() == null ? BigDecimal.ONE : item.quantity();
  }

  boolean open() {
    return presentedLeft.greaterThan(Money.ZERO) || quantityLeft.signum() > 0;
  }

  void trace(TraceEvent.Kind kind, RuleRef rule, String detail, Money before, Money after) {
    record(new TraceEvent(kind, rule == null ? null : rule.cited(), rule == null ? null : rule.pos(), detail,
        before, after));
  }

  /** A step whose detail is written only when read: {@code detail} must capture only values that never change. */
  void traceLazy(TraceEvent.Kind kind, RuleRef rule, TraceEvent.Detail detail, Money before, Money after) {
    record(TraceEvent.lazy(kind, rule == null ? null : rule.cited(), rule == null ? null : rule.pos(), detail,
        before, after));
  }

  private void record(TraceEvent e) {
    if (!tracing) return;
    if (traced == trace.length) trace = Arrays.copyOf(trace, traced * 2);
    trace[traced++] = e;
  }

  /** The trace as the result keeps it: immutable, so {@link ItemResult} takes it without copying. */
  private List<TraceEvent> traceList() {
    return switch (traced) {
      case 0 -> List.of();
      case 1 -> List.of(trace[0]);
      case 2 -> List.of(trace[0], trace[1]);
      default -> List.of(traced == trace.length ? trace : Arrays.copyOf(trace, traced));
    };
  }

  /** Glosses everything still billed on the line. */
  void glosaAll(GlosaSpec spec, String text, RuleRef rule, TraceEvent.Kind kind) {
    glosaAll(spec, fixed(text), rule, kind);
  }

  void glosaAll(GlosaSpec spec, TraceEvent.Detail text, RuleRef rule, TraceEvent.Kind kind) {
    add(spec, quantityLeft, presentedLeft, text, rule, kind);
    allowedLeft = Money.ZERO;
    quantityLeft = BigDecimal.ZERO;
  }

  /** Glosses {@code units} units with their share of what is presented and allowed. */
  void glosaUnits(BigDecimal units, GlosaSpec spec, String text, RuleRef rule, TraceEvent.Kind kind, RoundingMode mode) {
    if (units.signum() <= 0) return;
    if (units.compareTo(quantityLeft) >= 0) {
      glosaAll(spec, text, rule, kind);
      return;
    }
    BigDecimal share = units.divide(quantityLeft, 12, RoundingMode.HALF_EVEN);
    Money value = presentedLeft.times(share, mode);
    Money allowedShare = allowedLeft.times(share, mode);
    add(spec, units, value, fixed(text), rule, kind);
    allowedLeft = allowedLeft.minus(allowedShare);
    quantityLeft = quantityLeft.subtract(units);
  }

  /**
   * Glosses an amount: it takes first what is presented above what is allowed, then from the allowed value.
   * {@code units} (may be null) is how many units it denies.
   */
  void glosaAmount(Money amount, BigDecimal units, GlosaSpec spec, String text, RuleRef rule, TraceEvent.Kind kind) {
    glosaAmount(amount, units, spec, fixed(text), rule, kind);
  }

  /** {@link #glosaAmount(Money, BigDecimal, GlosaSpec, String, RuleRef, TraceEvent.Kind)}, the text written when read. */
  void glosaAmount(Money amount, BigDecimal units, GlosaSpec spec, TraceEvent.Detail text, RuleRef rule,
      TraceEvent.Kind kind) {
    Money value = amount.min(presentedLeft);
    if (!value.greaterThan(Money.ZERO)) return;
    if (value.equals(presentedLeft) && units == null) {
      glosaAll(spec, text, rule, kind);
      return;
    }
    // in cents: only the values that change become new Money
    long excess = Math.max(Math.subtractExact(presentedLeft.cents(), allowedLeft.cents()), 0);
    long fromAllowed = Math.max(Math.subtractExact(value.cents(), excess), 0);
    BigDecimal q = units == null ? BigDecimal.ZERO : units.min(quantityLeft).max(BigDecimal.ZERO);
    add(spec, q, value, text, rule, kind);
    long allowedNow = Math.max(Math.subtractExact(allowedLeft.cents(), fromAllowed), 0);
    if (allowedNow != allowedLeft.cents()) allowedLeft = Money.ofCents(allowedNow);
    if (q.signum() != 0) quantityLeft = quantityLeft.subtract(q);
  }

  /** Records why the item is unpriced, a text already written. */
  void unpriced(String reason) {
    unpricedReason = fixed(reason);
  }

  /** A text already written, as a detail (the glosa keeps the String itself: nothing is rendered again). */
  private static TraceEvent.Detail fixed(String text) {
    return new Fixed(text);
  }

  private record Fixed(String text) implements TraceEvent.Detail {
    @Override
    public String render() {
      return text;
    }
  }

  private void add(GlosaSpec spec, BigDecimal qty, Money value, TraceEvent.Detail text, RuleRef rule,
      TraceEvent.Kind kind) {
    Money before = presentedLeft;
    long left = Math.subtractExact(presentedLeft.cents(), value.cents());
    // what is left is most often the allowed value (an excess glosa): the same Money, not one more per line
    presentedLeft = left == allowedLeft.cents() ? allowedLeft : Money.ofCents(left);
    String cited = rule == null ? null : rule.cited();
    Glosa g = text instanceof Fixed f
        ? new Glosa(spec.code(), qty, value, f.text, spec.group(), cited, rule == null ? null : rule.pos(), false)
        : Glosa.lazy(spec.code(), qty, value, text, spec.group(), cited, rule == null ? null : rule.pos(), false);
    if (glosa == null) glosa = g;
    else {
      if (glosas == null) {
        glosas = new ArrayList<>(4);
        glosas.add(glosa);
      }
      glosas.add(g);
    }
    // the whole text, as written (the glosa keeps at most the 500 characters TISS allows)
    if (!tracing) return;
    if (text instanceof Fixed f) {
      String t = f.text;
      traceLazy(kind, rule, () -> glosaNote(g, t), before, presentedLeft);
    } else {
      traceLazy(kind, rule, () -> glosaNote(g, text.render()), before, presentedLeft);
    }
  }

  private static String glosaNote(Glosa g, String text) {
    return M.get("trace.glosa", g.code(), RuleValues.brl(g.value()), RuleValues.format(g.quantity()), text);
  }

  /** The line's result; its trace is the one recorded, else {@code traceOnDemand}. */
  ItemResult result(Money contractUnit, Money paid, Money raised, List<TraceEvent> traceOnDemand) {
    return new ItemResult(item, source, contractUnit, allowed, quantityLeft, paid, raised,
        glosa == null ? List.of() : glosas == null ? List.of(glosa) : List.copyOf(glosas),
        tracing ? traceList() : traceOnDemand);
  }
}
