package convenio.runtime;

import convenio.i18n.Lang;
import convenio.i18n.Messages;
import convenio.common.PriceRank;
import convenio.common.Tiss;
import convenio.model.Account;
import convenio.model.Critique;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.model.PriceSource;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices an account with compiled rules, guide by guide, in the fixed order of docs/language.md ("How an account is
 * priced"): package, price, routes, allowed, glosas, excess, checks. One instance per call holds the per-account state
 * (limit counters, duplicates seen); the rules themselves are shared and never change.
 */
public final class Pricer {
  private static final Messages M = Messages.of(Pricer.class, "convenio.runtime.messages");
  private final ContractRules rules;
  private final Scope scope;
  private final AccountCounters counters = new AccountCounters();
  private List<Critique> critiques;
  /** Whether the lines record their trace; when not, {@link #retrace} derives it again for whoever reads it. */
  private final boolean tracing;
  private final Retrace retrace;
  // the last price computed in whole cents, and its cents: the line then needs no BigDecimal to put it in cents
  private BigDecimal lastCents;
  private long lastCentsValue;
  // the last table price's source, by rule, tier and table version
  private PriceSource lastSource;
  private RuleRef lastSourceRef;
  private String lastSourceTier;
  private TableVersion lastSourceTable;

  private Pricer(ContractRules rules, Account account, boolean tracing) {
    this.rules = rules;
    this.scope = new Scope(rules.rounding(), rules.holidays());
    this.tracing = tracing;
    this.retrace = tracing ? null : new Retrace(rules, account);
  }

  /**
   * The account priced. With {@code keepTrace} every item's result holds its explanation as it was recorded; without,
   * nothing is recorded and each item's trace is derived again when first read ({@link convenio.model.TraceOnDemand}):
   * the same events, at no cost to a caller that never reads them.
   */
  public static PricingResult price(ContractRules rules, Account account, String contractId, String version,
      String hash, boolean keepTrace) {
    Pricer p = new Pricer(rules, account, keepTrace);
    // Steps 1–2 guide by guide; step 3 over the whole account, since the procedures of one beneficiary, date and
    // degree form one ranking whichever guide bills them; steps 4–7 guide by guide again, in billing order.
    List<Work> works = new ArrayList<>(account.guides().size());
    int items = 0;
    for (Guide g : account.guides()) items += g.items().size();
    List<Line> all = new ArrayList<>(items);
    for (Guide g : account.guides()) {
      Work w = p.priceGuide(account, g);
      works.add(w);
      all.addAll(w.lines);
    }
    RouteRanking.apply(p, rules.routes(), all);
    List<GuideResult> guides = new ArrayList<>(works.size());
    for (int g = 0; g < works.size(); g++) guides.add(p.settleGuide(works.get(g), g));
    return new PricingResult(account, contractId, version, hash, guides);
  }

  /** A guide between the steps: its lines and the critiques its items collect. */
  private record Work(Guide guide, LocalDate date, List<Line> lines, List<Critique> critiques) {}

  private Work priceGuide(Account account, Guide guide) {
    critiques = new ArrayList<>();
    scope.forGuide(account, guide);
    LocalDate date = scope.guideDate(); // the guide's execution date, found once for the three passes over it
    List<Line> lines = new ArrayList<>(guide.items().size());
    for (Item i : guide.items()) lines.add(new Line(i, guide, date, critiques, tracing));
    Packages.apply(this, rules.packages(), lines);
    for (Line l : lines) {
      if (l.packageOf == null) price(l);
    }
    return new Work(guide, date, lines, critiques);
  }

  private GuideResult settleGuide(Work w, int index) {
    critiques = w.critiques;
    scope.forGuide(scope.account, w.guide, w.date);
    List<Line> lines = w.lines;
    for (Line l : lines) allowed(l);
    for (Line l : lines) glosas(l);
    ItemResult[] results = new ItemResult[lines.size()];
    for (int i = 0; i < results.length; i++) {
      Line l = lines.get(i);
      results[i] = settle(l, tracing ? null : new convenio.model.TraceOnDemand(retrace, index, i));
    }
    checks(w.guide);
    vigencia(w.guide);
    return new GuideResult(w.guide, List.of(results), critiques); // immutable already: GuideResult keeps it as it is
  }

  /** The scope and critiques of a line's guide, then its item: for a step that goes across guides. */
  void at(Line l) {
    critiques = l.critiques;
    if (scope.guide != l.guide) scope.forGuide(scope.account, l.guide, l.guideDate);
    scope.forItem(l.item);
  }

  // ---- step 2: price ----

  private void price(Line line) {
    scope.forItem(line.item);
    try {
      String degree = line.item.degree();
      Rules.Participation part = degree == null ? null : rules.participations().get(degree);
      if (part == null && Tiss.DEGREE_ANAESTHETIST.equals(degree)) {
        // The anaesthetist is paid the porte anestésico, never the surgeon's price (Solus FAQ; CBHPM Instruções
        // Gerais Específicas para a Anestesiologia): with no rule for degree 06 the item is unpriced, not overpaid.
        line.unpriced(M.get("unpriced.anaesthetist"));
        return;
      }
      BigDecimal unit = part != null ? participation(line, part) : priceRules(line, true);
      if (unit == null) return;
      line.unit = adjust(line, unit);
    } catch (RuleFailure f) {
      line.unit = null;
      line.unpriced(RuntimeFailures.forProvider(f.cause));
      problem(line.item, f.cause, f.rule);
    } catch (RuntimeException e) {
      line.unit = null;
      line.unpriced(RuntimeFailures.forProvider(e));
      problem(line.item, e, null);
    }
  }

  /** A rule that failed while pricing an item: the item is left unpriced and the rule is named in the critique. */
  private static final class RuleFailure extends RuntimeException {
    final RuleRef rule;
    final RuntimeException cause;

    RuleFailure(RuleRef rule, RuntimeException cause) {
      super(null, null, false, false);
      this.rule = rule;
      this.cause = cause;
    }
  }

  private BigDecimal participation(Line line, Rules.Participation part) {
    BigDecimal surgeon = priceRules(line, false);
    scope.forItem(line.item);
    try {
      return participation(line, part, surgeon);
    } catch (RuntimeException e) {
      throw new RuleFailure(part.ref(), e);
    }
  }

  private BigDecimal participation(Line line, Rules.Participation part, BigDecimal surgeon) {
    scope.step.define(Environment.Name.SURGEON, surgeon);
    Row row = null;
    if (part.table() != null) {
      row = scope.row(part.table(), line.item.code());
      if (row == null) {
        line.unpriced(M.get("unpriced.degree.table", line.item.code(), part.table().name(), part.degree()));
        return null;
      }
      scope.bind(part.table().name(), row);
    }
    ExactMoney v = money(part.value().eval(scope), M.text("what.participation"));
    line.source = source(part.ref(), "participation", row);
    ExactMoney surgeonPrice = surgeon == null ? null : new ExactMoney(surgeon);
    String degree = part.degree(); // a lazy detail captures plain values only, never the rules or tables
    // in cents whether traced or not: a value too large for money fails here either way, leaving the item unpriced
    Money before = cents(surgeonPrice);
    Money after = line.cents(rules.rounding(), v.reais());
    if (line.tracing) {
      line.traceLazy(TraceEvent.Kind.PARTICIPATION, part.ref(), () -> surgeonPrice == null ? M.get("trace.degree", degree)
          : M.get("trace.degree.surgeon", degree, RuleValues.format(surgeonPrice)), before, after);
    }
    return v.reais();
  }

  /** The winning price rule's unit price (null when none applies); records source and trace when {@code record}. */
  private BigDecimal priceRules(Line line, boolean record) {
    Rules.Price best = null;
    Row bestRow = null;
    boolean bestCongenere = false;
    Rules.Price tie = null;
    PriceIndex index = rules.priceIndex();
    List<Rules.Price> specific = index.specific(line.item.code());
    List<Rules.Price> general = index.general(line.item.kind());
    for (int i = 0, n = specific.size() + general.size(); i < n; i++) {
      Rules.Price p = i < specific.size() ? specific.get(i) : general.get(i - specific.size());
      scope.resetStep();
      if (!matches(p.matcher(), p.ref())) continue;
      Row row = p.matcher().row(scope);
      scope.bind(p.matcher().table() == null ? null : p.matcher().table().name(), row);
      if (p.when() != null && !holds(line, p.when(), p.ref())) continue;
      boolean cong = p.congenereSpecific(row);
      int cmp = best == null ? -1 : compare(p, cong, best, bestCongenere);
      if (cmp < 0) {
        best = p;
        bestRow = row;
        bestCongenere = cong;
        tie = null;
      } else if (cmp == 0) {
        tie = p;
      }
    }
    if (best == null) {
      if (record) {
        // written when the glosa's text is read, in the language of now: a lote's unknown codes cost no text
        Lang lang = Lang.current();
        String kind = line.item.kind().languageName();
        String code = line.item.code();
        line.unpricedReason = () -> M.in(lang, "unpriced.no.rule", kind, code);
      }
      return null;
    }
    if (tie != null) {
      String msg = M.get("critique.ambiguous", line.item.seq(), line.item.code(), best.ref().label(), best.ref().pos(),
          tie.ref().label(), tie.ref().pos());
      critiques.add(new Critique("ambiguous-price", msg, best.ref().cited(), best.ref().pos()));
      if (record) line.unpriced(M.get("unpriced.ambiguous"));
      return null;
    }
    scope.resetStep();
    scope.bind(best.matcher().table() == null ? null : best.matcher().table().name(), bestRow);
    try {
      return winner(line, best, bestRow, record);
    } catch (RuntimeException e) {
      throw new RuleFailure(best.ref(), e);
    }
  }

  /** Whether a rule's selector takes the scope's item; one that fails to tell names its rule. */
  private boolean matches(Rules.Matcher m, RuleRef rule) {
    try {
      return m.matches(scope);
    } catch (RuntimeException e) {
      throw new RuleFailure(rule, e);
    }
  }

  /** The unit price the winning rule gives, within its caps; source and trace recorded when {@code record}. */
  private BigDecimal winner(Line line, Rules.Price best, Row bestRow, boolean record) {
    ExactMoney v = price(best.price(), "what.price");
    if (record) {
      PriceSource src = source(best.ref(), best.tier().label(), bestRow);
      line.source = src;
      if (v.reais() == lastCents) line.inCents(lastCents, lastCentsValue);
      Money cents = line.cents(rules.rounding(), v.reais()); // traced or not: too large for money fails here
      // written from the price source the result keeps anyway: a result's trace must not keep the contract's tables
      // alive, and needs no copy of the tier, table, version and row
      if (line.tracing) line.traceLazy(TraceEvent.Kind.PRICE, best.ref(), () -> priceNote(src), null, cents);
    }
    if (best.atMost() != null) {
      ExactMoney cap = money(best.atMost().eval(scope), M.text("what.at.most"));
      if (v.compareTo(cap) > 0) {
        Money before = cents(v);
        Money after = cents(cap);
        if (record && line.tracing) {
          line.traceLazy(TraceEvent.Kind.CAP, best.ref(), () -> M.get("trace.at.most", cap), before, after);
        }
        v = cap;
      }
    }
    if (best.atLeast() != null) {
      ExactMoney floor = money(best.atLeast().eval(scope), M.text("what.at.least"));
      if (v.compareTo(floor) < 0) {
        Money before = cents(v);
        Money after = cents(floor);
        if (record && line.tracing) {
          line.traceLazy(TraceEvent.Kind.CAP, best.ref(), () -> M.get("trace.at.least", floor), before, after);
        }
        v = floor;
      }
    }
    return v.reais();
  }

  /**
   * The money value of a price expression: computed in millionths of a real when it can be ({@link Eval#micros}),
   * else evaluated; the same value either way. {@code what} names it in the error when it is not money.
   */
  private ExactMoney price(Eval e, String what) {
    lastCents = null;
    long m = e.micros(scope);
    if (m != ScaledMoney.NONE) {
      if (m % ScaledMoney.PER_CENT != 0) return new ExactMoney(BigDecimal.valueOf(m, 6));
      long cents = m / ScaledMoney.PER_CENT;
      BigDecimal reais = BigDecimal.valueOf(cents, 2);
      lastCents = reais;
      lastCentsValue = cents;
      return new ExactMoney(reais);
    }
    return money(e.eval(scope), M.text(what));
  }

  /**
   * A rule's condition for this item. One that cannot be evaluated (an urgency rule for an item without a start time,
   * say) does not apply, and the guide gets a critique saying so: the item keeps the price the other rules give.
   */
  private boolean holds(Line line, Eval condition, RuleRef ref) {
    try {
      return condition.test(scope, "eval.condition.of", ref.label());
    } catch (RuntimeException e) {
      problem(line.item, e, ref);
      return false;
    }
  }

  /** Negative when {@code a} wins ({@link PriceRank}); a rule's congênere can come from the table version it found. */
  private static int compare(Rules.Price a, boolean aCong, Rules.Price b, boolean bCong) {
    return PriceRank.compare(a.tier(), aCong, a.when() != null, b.tier(), bCong, b.when() != null);
  }

  private BigDecimal adjust(Line line, BigDecimal unit) {
    if (rules.adjusts().isEmpty()) return unit;
    ExactMoney value = new ExactMoney(unit);
    for (Rules.Adjust a : rules.adjusts()) {
      scope.resetStep();
      if (!matches(a.matcher(), a.ref())) continue;
      scope.bind(a.matcher());
      scope.step.define(Environment.Name.VALUE, value);
      if (!holds(line, a.when(), a.ref())) continue;
      ExactMoney next;
      try {
        next = money(a.value().eval(scope), M.text("what.adjust"));
      } catch (RuntimeException e) {
        problem(line.item, e, a.ref());
        continue;
      }
      ExactMoney from = value;
      ExactMoney to = next;
      Money before = cents(value);
      Money after = line.cents(rules.rounding(), next.reais());
      if (line.tracing) {
        line.traceLazy(TraceEvent.Kind.MODIFIER, a.ref(), () -> M.get("trace.adjust", from, to), before, after);
      }
      value = next;
    }
    return value.reais();
  }

  // ---- step 4: allowed ----

  private void allowed(Line l) {
    if (l.unit == null) return;
    if (!allowedInMicros(l)) allowedExact(l);
    l.allowedLeft = l.allowed;
  }

  /**
   * {@link #allowedExact} in {@link ScaledMoney} millionths of a real, for a unit price in cents, a whole quantity and
   * percentages with at most two decimals (every line of most contracts): the same values, rounded the same way, with
   * no BigDecimal. False, having changed nothing, for a line it cannot hold exactly.
   */
  private boolean allowedInMicros(Line l) {
    if (l.unit.scale() > 2) return false;
    long q = ScaledMoney.whole(l.item.quantity() == null ? BigDecimal.ONE : l.item.quantity());
    if (q == ScaledMoney.NONE) return false;
    Rounding r = rules.rounding();
    Percent[] percents = l.unitPercents;
    try {
      long unit = l.cents(r, l.unit).cents(); // exact: the unit has at most two decimals
      long full = Math.multiplyExact(unit, q);
      long exact;
      long same = 0; // the part of the full value the same-route percentages took, in millionths
      if (percents == null) {
        exact = Math.multiplyExact(full, ScaledMoney.PER_CENT);
      } else if (percents.length == 1 && q != 1) {
        long f = ScaledMoney.fraction(percents[0]);
        if (f == ScaledMoney.NONE) return false;
        exact = afterOperation(r, Math.multiplyExact(full, f));
        if (!l.unitDifferent[0]) same = Math.multiplyExact(full, ScaledMoney.WHOLE - f);
      } else {
        exact = 0;
        for (int u = 0; u < percents.length; u++) {
          long f = ScaledMoney.fraction(percents[u]);
          if (f == ScaledMoney.NONE) return false;
          exact = Math.addExact(exact, afterOperation(r, Math.multiplyExact(unit, f)));
          if (!l.unitDifferent[u]) same = Math.addExact(same, Math.multiplyExact(unit, ScaledMoney.WHOLE - f));
        }
      }
      long allowed = ScaledMoney.cents(exact, r.mode());
      // a line paid its whole unit price (one unit at 100%) allows the unit itself: the same Money
      l.allowed = allowed == unit ? l.cents(r, l.unit) : Money.ofCents(allowed);
      if (l.tracing && exact != allowed * ScaledMoney.PER_CENT) {
        roundingTrace(l, BigDecimal.valueOf(exact, 6), r);
      }
      if (percents != null) splitRoutes(l, Math.max(full - allowed, 0), ScaledMoney.cents(same, r.mode()));
      return true;
    } catch (ArithmeticException overflow) {
      return false; // the exact path computes it, or fails the same way
    }
  }

  /** A product of money in millionths after {@link Rounding#afterOperation}: rounded to cents per operation. */
  private static long afterOperation(Rounding r, long micros) {
    return r.perItem() ? micros : ScaledMoney.cents(micros, r.mode()) * ScaledMoney.PER_CENT;
  }

  private void roundingTrace(Line l, BigDecimal before, Rounding r) {
    Money after = l.allowed;
    l.traceLazy(TraceEvent.Kind.ROUNDING, rules.roundingRef(), () -> M.get("trace.rounding", RuleValues.format(before),
        r.modeLabel(), RuleValues.brl(after)), null, after);
  }

  /** The line's allowed value and route reductions in BigDecimal, for what {@link #allowedInMicros} cannot hold. */
  private void allowedExact(Line l) {
    Rounding r = rules.rounding();
    BigDecimal qty = l.item.quantity() == null ? BigDecimal.ONE : l.item.quantity();
    BigDecimal exact;
    if (l.unitPercents == null) {
      // × a whole 1 (scale 0) gives the unit price itself, same value and scale: no product to make
      exact = r.afterOperation(qty.scale() == 0 && qty.compareTo(BigDecimal.ONE) == 0 ? l.unit : l.unit.multiply(qty));
    } else if (l.unitPercents.length == 1 && qty.compareTo(BigDecimal.ONE) != 0) {
      exact = r.afterOperation(l.unit.multiply(qty).multiply(l.unitPercents[0].fraction()));
    } else {
      exact = BigDecimal.ZERO;
      for (var p : l.unitPercents) exact = exact.add(r.afterOperation(l.unit.multiply(p.fraction())));
    }
    BigDecimal rounded = exact.setScale(2, r.mode());
    l.allowed = Money.of(rounded); // r.cents(exact), the rounded value already in hand for the comparison below
    if (l.tracing && exact.compareTo(rounded) != 0) roundingTrace(l, exact, r);
    if (l.unitPercents != null) routeReduction(l, qty);
  }

  /**
   * What the multiple-procedure percentages took off the full contract value of a line, split into the part of units
   * ranked by the same route and of units ranked by different routes: the route glosas of step 6 take these.
   */
  private void routeReduction(Line l, BigDecimal qty) {
    Rounding r = rules.rounding();
    Money full = Money.of(r.afterOperation(l.unit.multiply(qty)).setScale(2, r.mode()));
    long reduction = full.minus(l.allowed).max(Money.ZERO).cents();
    BigDecimal same = BigDecimal.ZERO;
    if (l.unitPercents.length == 1 && qty.compareTo(BigDecimal.ONE) != 0) {
      if (!l.unitDifferent[0]) same = l.unit.multiply(qty).multiply(BigDecimal.ONE.subtract(l.unitPercents[0].fraction()));
    } else {
      for (int u = 0; u < l.unitPercents.length; u++) {
        if (!l.unitDifferent[u]) same = same.add(l.unit.multiply(BigDecimal.ONE.subtract(l.unitPercents[u].fraction())));
      }
    }
    splitRoutes(l, reduction, Money.of(same.setScale(2, r.mode())).cents());
  }

  /**
   * A line's route reduction (cents) between its same-route and different-route units: one kind of unit takes the
   * whole reduction (no cent lost to rounding the parts); both: the same-route part as rounded ({@code sameCents}),
   * within the reduction, and the different-route part the rest.
   */
  private static void splitRoutes(Line l, long reduction, long sameCents) {
    boolean anySame = false;
    boolean anyDifferent = false;
    for (boolean d : l.unitDifferent) {
      anySame |= !d;
      anyDifferent |= d;
    }
    long routeSame = !anyDifferent ? reduction : !anySame ? 0 : Math.max(Math.min(sameCents, reduction), 0);
    l.routeSame = Money.ofCents(routeSame);
    l.routeDifferent = Money.ofCents(reduction - routeSame);
  }

  // ---- step 5: glosas ----

  private void glosas(Line l) {
    scope.forItem(l.item);
    if (l.includedIn != null && l.included.signum() > 0) {
      Rules.Package p = l.includedIn;
      lineScope(l);
      GlosaSpec spec = p.glosaFor(l.item.kind());
      String text = spec.text(p.text(), scope);
      l.glosaUnits(l.included, spec, text, p.ref(), TraceEvent.Kind.PACKAGE, rules.rounding().mode());
    }
    if (l.packageOf != null && l.quantityLeft.compareTo(BigDecimal.ONE) > 0) {
      Rules.Package p = l.packageOf;
      l.glosaUnits(l.quantityLeft.subtract(BigDecimal.ONE), p.glosa(), "Pacote " + p.code()
          + " pago uma vez por guia", p.ref(), TraceEvent.Kind.PACKAGE, rules.rounding().mode());
    }
    if (l.unit == null && l.packageOf == null && l.open()) {
      lineScope(l);
      String text = rules.unpricedGlosa().standardText() == null ? "Item sem preço no contrato"
          : rules.unpricedGlosa().text(null, scope);
      TraceEvent.Detail reason = l.unpricedReason;
      if (reason == null) {
        l.glosaAll(rules.unpricedGlosa(), text, rules.unpricedRef(), TraceEvent.Kind.GLOSA);
      } else {
        String lead = text;
        l.glosaAll(rules.unpricedGlosa(), () -> lead + ": " + reason.render(), rules.unpricedRef(), TraceEvent.Kind.GLOSA);
      }
    }
    // indexed: an iterator per list per line is an object per rule kind per item, most lists empty
    List<Rules.Require> requires = rules.requires();
    for (int i = 0; i < requires.size() && l.open(); i++) {
      Rules.Require r = requires.get(i);
      guarded(l, r.ref(), () -> Requirements.apply(this, r, l));
    }
    List<Rules.Limit> limits = rules.limits();
    for (int i = 0; i < limits.size(); i++) {
      Rules.Limit lim = limits.get(i);
      guarded(l, lim.ref(), () -> counters.limit(this, lim, l));
    }
    List<Rules.Duplicates> duplicates = rules.duplicates();
    for (int i = 0; i < duplicates.size(); i++) {
      Rules.Duplicates d = duplicates.get(i);
      guarded(l, d.ref(), () -> counters.duplicates(this, d, l));
    }
    List<Rules.GlosaRule> glosaRules = rules.glosaRules();
    for (int i = 0; i < glosaRules.size() && l.open(); i++) {
      Rules.GlosaRule g = glosaRules.get(i);
      guarded(l, g.ref(), () -> GlosaRules.apply(this, g, l));
    }
  }

  private void guarded(Line l, RuleRef ref, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      problem(l.item, e, ref);
    }
  }

  // ---- step 6: excess and below ----

  private ItemResult settle(Line l, List<TraceEvent> traceOnDemand) {
    scope.forItem(l.item);
    Money raised = Money.ZERO;
    Money paid;
    if (l.presentedLeft.greaterThan(l.allowedLeft) && l.routedBy != null) routeGlosas(l);
    if (l.presentedLeft.greaterThan(l.allowedLeft)) {
      Money excess = l.presentedLeft.minus(l.allowedLeft);
      String standard = rules.excessGlosa().standardText() == null ? "Valor apresentado a maior"
          : standardText(l, rules.excessGlosa());
      long presented = l.presentedLeft.cents(); // cents, not Money: the text is written from them when read
      long allowed = l.allowedLeft.cents();
      l.glosaAmount(excess, null, rules.excessGlosa(), () -> excessText(standard, presented, allowed),
          rules.excessRef(), TraceEvent.Kind.GLOSA);
      paid = l.presentedLeft;
    } else if (l.presentedLeft.lessThan(l.allowedLeft) && rules.payContractWhenBelow()) {
      raised = l.allowedLeft.minus(l.presentedLeft);
      paid = l.allowedLeft;
      Money up = raised;
      if (l.tracing) l.traceLazy(TraceEvent.Kind.PRICE, rules.excessRef(), () -> M.get("trace.below.contract", RuleValues.brl(up)),
          l.presentedLeft, paid);
    } else {
      paid = l.presentedLeft;
    }
    Money unit = l.unit == null ? null : l.cents(rules.rounding(), l.unit);
    return l.result(unit, paid, raised, traceOnDemand);
  }

  /** "linear; table cbhpm 2025 row tables/cbhpm.csv:12": the tier, and the table row when a table gave the price. */
  private static String priceNote(PriceSource src) {
    String tier = M.get("trace.tier." + src.tier());
    if (src.table() == null) return tier;
    SourcePos at = src.tableRow();
    return M.get("trace.price.row", tier, src.table(), nz(src.tableVersion()), at.file() + ":" + at.line());
  }

  /** "Valor apresentado a maior: apresentado R$ 120,00, valor contratado R$ 100,00", written when read. */
  private static String excessText(String standard, long presented, long allowed) {
    StringBuilder b = new StringBuilder(standard.length() + 56).append(standard).append(": apresentado ");
    RuleValues.brl(b, Money.ofCents(presented)).append(", valor contratado ");
    return RuleValues.brl(b, Money.ofCents(allowed)).toString();
  }

  /**
   * The part of the presented value that the multiple-procedure percentages took off the full contract value is glosed
   * with the route's own codes (TISS table 38: 2605 same route, 1837 different route, 1827 when the principal
   * procedure is billed on another guide), never more than is presented above the allowed value; what is presented
   * above the full contract value is left for the excess glosa. After other glosas took part of the line, the
   * reductions shrink in proportion to the allowed value still left.
   */
  private void routeGlosas(Line l) {
    Rules.Routes r = l.routedBy;
    Money same = l.routeSame;
    Money different = l.routeDifferent;
    if (!l.allowedLeft.equals(l.allowed) && l.allowed.greaterThan(Money.ZERO)) {
      BigDecimal share = l.allowedLeft.toBigDecimal().divide(l.allowed.toBigDecimal(), 12, java.math.RoundingMode.HALF_EVEN);
      same = same.times(share, rules.rounding().mode());
      different = different.times(share, rules.rounding().mode());
    }
    long excess = Math.subtractExact(l.presentedLeft.cents(), l.allowedLeft.cents());
    long sameCents = Math.min(same.cents(), excess);
    long differentCents = Math.min(different.cents(), Math.subtractExact(excess, sameCents));
    if (l.principalElsewhere) {
      routeGlosa(l, Math.addExact(sameCents, differentCents), r.otherGuideGlosa(), r);
    } else {
      routeGlosa(l, sameCents, r.sameGlosa(), r);
      routeGlosa(l, differentCents, r.differentGlosa(), r);
    }
  }

  private void routeGlosa(Line l, long cents, GlosaSpec spec, Rules.Routes r) {
    if (cents <= 0) return;
    Money amount = Money.ofCents(cents);
    String standard = standardText(l, spec);
    TraceEvent.Detail note = RouteRanking.noteOf(l);
    l.glosaAmount(amount, null, spec, () -> withoutPeriod(standard) + ": " + note.render(), r.ref(), TraceEvent.Kind.ROUTE);
  }

  /** A glosa's standard text; the line's values are set in the scope only for a text with holes to fill. */
  private String standardText(Line l, GlosaSpec spec) {
    String literal = spec.literalText();
    if (literal != null) return literal;
    lineScope(l);
    return spec.text(null, scope);
  }

  /** The ANS text without its own closing period, for the route note that follows it. */
  private static String withoutPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  // ---- step 7: checks ----

  private void checks(Guide guide) {
    for (Rules.Check c : rules.checks()) {
      if (!carries(guide, c.guideFields())) continue;
      scope.forGuide(scope.account, guide);
      try {
        if (c.when().test(scope, "eval.condition.of.check", c.name())) {
          critiques.add(new Critique(c.code() != null ? c.code() : c.name(), c.critique().render(scope),
              c.ref().cited(), c.ref().pos()));
        }
      } catch (RuntimeException e) {
        critiques.add(new Critique("runtime", M.get("critique.check.failed", c.name(), why(e)),
            c.ref().cited(), where(e, c.ref())));
      }
    }
  }

  /** Whether the guide reports every field of {@code fields} (names of the language: billing_type, discharge_reason). */
  private static boolean carries(Guide guide, List<String> fields) {
    for (String f : fields) {
      String v = switch (f) {
        case "billing_type" -> guide.billingType();
        case "discharge_reason" -> guide.dischargeReason();
        default -> "";
      };
      if (v == null || v.isBlank()) return false;
    }
    return true;
  }

  /** A guide performed outside the contract's vigência is priced all the same, and the auditor is told. */
  private void vigencia(Guide guide) {
    LocalDate d = guide.executionDate();
    if (d == null) return;
    boolean before = rules.effectiveFrom() != null && d.isBefore(rules.effectiveFrom());
    boolean after = rules.effectiveTo() != null && d.isAfter(rules.effectiveTo());
    if (before || after) {
      critiques.add(new Critique("contract-vigencia", M.get("critique.vigencia", guide.number(), RuleValues.format(d),
          rules.effectiveRef().label()),
          rules.effectiveRef().cited(), rules.effectiveRef().pos()));
    }
  }

  // ---- shared by the steps ----

  Scope scope() {
    return scope;
  }

  ContractRules rules() {
    return rules;
  }

  /** The scope for a per-line rule (glosa rules, limits, requirements): the line's item, totals and allowed value. */
  Scope forLine(Line l) {
    scope.forItem(l.item);
    lineScope(l);
    return scope;
  }

  /** Sets the scope for a per-line rule (glosa rules, limits): line totals and the line's allowed value. */
  void lineScope(Line l) {
    scope.resetStep();
    scope.step.define(Environment.Name.PRESENTED_LINE, l.item.totalValue());
    scope.step.define(Environment.Name.ALLOWED, l.allowed);
    scope.step.define(Environment.Name.UNIT_PRICE, l.unit);
  }

  /**
   * A rule that could not be evaluated for an item becomes a critique on its guide. Anything else that goes wrong
   * inside a rule (a date overflow, say) is reported the same way, so one bad item never stops the lote.
   */
  void problem(Item item, RuntimeException e, RuleRef rule) {
    critiques.add(new Critique("runtime", M.get("critique.item", item.seq(), item.code(), why(e)),
        rule == null ? null : rule.cited(), where(e, rule)));
  }

  /** Where a rule failed: the sub-expression that failed when it is known, else the rule. */
  private static SourcePos where(RuntimeException e, RuleRef rule) {
    return e instanceof EvalException x && x.at() != null ? x.at() : rule == null ? null : rule.pos();
  }

  static String why(RuntimeException e) {
    return RuntimeFailures.forAuditor(e);
  }

  static ExactMoney money(Object v, Object what) {
    if (v instanceof ExactMoney m) return m;
    throw new EvalException(M.get("eval.not.money", what, RuleValues.describe(v)));
  }

  Money cents(ExactMoney v) {
    return v == null ? null : rules.rounding().cents(v);
  }

  /**
   * The price's source. Without the trace the row's place is read when asked for (the result keeps the contract for
   * its trace anyway); a result that keeps its trace keeps the place itself, and no table.
   */
  private PriceSource source(RuleRef ref, String tier, Row row) {
    if (row == null) return new PriceSource(ref.cited(), ref.pos(), tier, null, null, null);
    if (!tracing) {
      TableVersion v = row.table();
      // the items one rule prices from one table version share the rule's part of their source
      if (lastSource != null && lastSourceRef == ref && lastSourceTier.equals(tier) && lastSourceTable == v) {
        return lastSource.atRow(v, row.index());
      }
      lastSource = PriceSource.atRow(ref.cited(), ref.pos(), tier, v.name(), v.version(), v, row.index());
      lastSourceRef = ref;
      lastSourceTier = tier;
      lastSourceTable = v;
      return lastSource;
    }
    return new PriceSource(ref.cited(), ref.pos(), tier, row.table().name(), row.table().version(),
        row.table().rowPos(row.index()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
