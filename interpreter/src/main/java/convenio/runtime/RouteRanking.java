package convenio.runtime;

import convenio.i18n.Messages;
import convenio.common.Tiss;
import convenio.model.Guide;
import convenio.model.ItemKind;
import convenio.model.Percent;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Step 3, multiple procedures. The procedures of one beneficiary, on one date, for one degree of participation form
 * one ranking across the whole account, whichever guide bills them ("grupo de procedimentos na mesma conta", Solus
 * FAQ) and whichever {@code routes} rule covers them: each procedure is covered by the first rule written whose
 * selector takes it, all are ranked together by their rule's key (ties keep billing order), every unit of quantity is
 * one procedure, and the n-th takes the n-th percentage of its own rule's schedule, so one act has one principal even
 * when the percentages differ by table or by procedure. The anaesthetist's procedures (degree 06) rank among
 * themselves by their value (the porte anestésico) with the CBHPM percentages, 100% then 50% or 70%.
 */
final class RouteRanking {
  private static final Messages M = Messages.of(RouteRanking.class, "convenio.runtime.messages");
  private RouteRanking() {}

  private record Entry(Line line, int unit, Object key) {}

  /**
   * Whose procedures, on which date, for which degree. The beneficiary is its card number; a guide without one is a
   * beneficiary of its own (nothing says two such guides are the same patient), compared by identity.
   */
  private static final class GroupKey {
    final String card;
    final Guide guide; // null when the card says who
    final LocalDate date;
    final String degree;

    GroupKey(String card, Guide guide, LocalDate date, String degree) {
      this.card = card;
      this.guide = guide;
      this.date = date;
      this.degree = degree;
    }

    boolean is(String card, Guide guide, LocalDate date, String degree) {
      return Objects.equals(this.card, card) && this.guide == guide && Objects.equals(this.date, date)
          && this.degree.equals(degree);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GroupKey k && k.is(card, guide, date, degree);
    }

    @Override
    public int hashCode() {
      return Objects.hash(card, System.identityHashCode(guide), date, degree);
    }
  }

  static void apply(Pricer pricer, List<Rules.Routes> all, List<Line> lines) {
    if (all.isEmpty()) return;
    Scope scope = pricer.scope();
    Map<GroupKey, List<Entry>> groups = null; // made with the first line ranked
    GroupKey lastKey = null; // lines in a row mostly share beneficiary, date and degree: one key made, not one a line
    List<Entry> last = null;
    for (Line l : lines) {
      if (l.unit == null || l.packageOf != null) continue;
      // a procedure a package includes whole is glosed, not performed apart: it takes no place in the ranking
      if (l.includedIn != null && l.included.compareTo(l.quantityLeft) >= 0) continue;
      pricer.at(l);
      Rules.Routes r = covering(all, l, scope);
      if (r == null) continue;
      if (r.anotherTeam() != null && r.anotherTeam().matches(l.item.code())) {
        if (l.tracing) l.trace(TraceEvent.Kind.ROUTE, r.ref(), M.get("route.another.team"), null, null);
        continue;
      }
      boolean anaesthetist = Tiss.DEGREE_ANAESTHETIST.equals(l.item.degree());
      Object key;
      if (anaesthetist) {
        key = new ExactMoney(l.unit); // the anaesthetist's value is the porte anestésico: the largest is the principal
      } else {
        if (r.matcher() != null) scope.bind(r.matcher());
        scope.step.define(Environment.Name.VALUE, l.unit);
        try {
          key = r.orderBy().eval(scope);
        } catch (RuntimeException e) {
          pricer.problem(l.item, e, r.ref());
          key = null;
        }
      }
      BigDecimal q = l.item.quantity() == null ? BigDecimal.ONE : l.item.quantity();
      int units = q.signum() > 0 && q.stripTrailingZeros().scale() <= 0 ? q.intValueExact() : 1;
      l.unitPercents = new Percent[units];
      l.unitDifferent = new boolean[units];
      l.routePlaces = new int[units];
      l.routedBy = r;
      String card = l.guide.beneficiary() == null || l.guide.beneficiary().cardNumber() == null
          || l.guide.beneficiary().cardNumber().isBlank() ? null : l.guide.beneficiary().cardNumber();
      Guide own = card == null ? l.guide : null;
      String degree = l.item.degree() == null ? "" : l.item.degree();
      if (lastKey == null || !lastKey.is(card, own, scope.date, degree)) {
        if (groups == null) groups = new LinkedHashMap<>();
        lastKey = new GroupKey(card, own, scope.date, degree);
        last = groups.computeIfAbsent(lastKey, k -> new ArrayList<>());
      }
      for (int u = 0; u < units; u++) last.add(new Entry(l, u, key));
    }
    if (groups == null) return;
    for (Map.Entry<GroupKey, List<Entry>> e : groups.entrySet()) rank(e.getKey(), e.getValue());
  }

  /** The first {@code routes} rule written whose selector takes the line (no selector: every procedure). */
  private static Rules.Routes covering(List<Rules.Routes> all, Line l, Scope scope) {
    for (Rules.Routes r : all) {
      scope.resetStep();
      if (r.matcher() != null ? r.matcher().matches(scope) : l.item.kind() == ItemKind.PROCEDURE) return r;
    }
    return null;
  }

  private static void rank(GroupKey group, List<Entry> entries) {
    boolean anaesthetist = Tiss.DEGREE_ANAESTHETIST.equals(group.degree);
    // one direction for the whole ranking: the checker requires every routes rule to order the same way
    boolean descending = anaesthetist || entries.get(0).line.routedBy.descending();
    Comparator<Entry> byKey = (a, b) -> {
      if (a.key == null || b.key == null) return a.key == null ? (b.key == null ? 0 : 1) : -1;
      int c = RuleValues.compare(a.key, b.key, "ordered by");
      return descending ? -c : c;
    };
    if (entries.size() > 1) entries.sort(byKey); // List.sort is stable: ties keep billing order
    int total = entries.size();
    Line principal = entries.get(0).line;
    for (int n = 1; n <= total; n++) {
      Entry e = entries.get(n - 1);
      Rules.Routes r = e.line.routedBy;
      boolean different = Tiss.ROUTE_DIFFERENT.equals(e.line.item.route())
          || (r.repeatedAsDifferent() != null && e.unit > 0 && r.repeatedAsDifferent().matches(e.line.item.code()));
      Rules.Schedule schedule = anaesthetist ? Rules.ANAESTHETIST : r.schedule();
      Percent p = total == 1 ? Percent.HUNDRED : schedule.at(n, different);
      e.line.unitPercents[e.unit] = p;
      e.line.unitDifferent[e.unit] = different;
      e.line.routePlaces[e.unit] = n;
      if (e.line.guide != principal.guide) e.line.principalElsewhere = true;
    }
    // One event per line, in the order its first unit was ranked. The note is written when read (in the reader's
    // language), from the places and percentages the line keeps: a line is ranked once, so they never change after.
    Ranking ranking = new Ranking(group.date, group.degree, anaesthetist, total, principal.item.code(),
        principal.guide.number());
    for (int n = 1; n <= total; n++) {
      Line l = entries.get(n - 1).line;
      if (l.ranking != null) continue;
      l.ranking = ranking;
      if (l.tracing) l.traceLazy(TraceEvent.Kind.ROUTE, l.routedBy.ref(), noteOf(l), null, null);
    }
  }

  /** A ranking as its lines' notes say it (date, degree, size, principal): one for all its lines. */
  record Ranking(LocalDate date, String degree, boolean anaesthetist, int total, String principalCode,
      String principalGuide) {
    String where() {
      return M.get("route.where", RuleValues.format(date)) + (degree.isEmpty() ? "" : M.get("route.where.degree", degree))
          + (anaesthetist ? M.get("route.where.anaesthetist") : "");
    }
  }

  /**
   * The note of a ranked line (the trace's route event, the route glosas' text), made the first time a step needs it:
   * most lines of a lote need none. It keeps only values that never change once the line is ranked.
   */
  static TraceEvent.Detail noteOf(Line l) {
    if (l.routeNote != null) return l.routeNote;
    Ranking k = l.ranking;
    if (l.routePlaces.length == 1) {
      // one unit, the usual line: its place, percentage and route as they are, not the line's three arrays
      return l.routeNote = new OneUnit(k, l.routePlaces[0], l.unitPercents[0], l.unitDifferent[0],
          l.principalElsewhere && k.principalCode() != null);
    }
    return l.routeNote = new Units(k, l.routePlaces, l.unitPercents, l.unitDifferent, l.principalElsewhere);
  }

  private record OneUnit(Ranking ranking, int place, Percent percent, boolean different, boolean elsewhere)
      implements TraceEvent.Detail {
    @Override
    public String render() {
      return note(ranking, new int[] {place}, new Percent[] {percent}, new boolean[] {different}, elsewhere);
    }
  }

  private record Units(Ranking ranking, int[] places, Percent[] percents, boolean[] different, boolean elsewhere)
      implements TraceEvent.Detail {
    @Override
    public String render() {
      return note(ranking, places, percents, different, elsewhere);
    }
  }

  /**
   * "procedures of 10/03/2025: 1º of 3 (same route) 100%; 3º of 3 (same route) 40%": a line's units by their place,
   * and where the principal procedure is when it is on another guide.
   */
  private static String note(Ranking ranking, int[] places, Percent[] percents, boolean[] different,
      boolean elsewhere) {
    int total = ranking.total();
    Integer[] order = new Integer[places.length];
    for (int u = 0; u < order.length; u++) order[u] = u;
    Arrays.sort(order, Comparator.comparingInt(u -> places[u]));
    StringBuilder b = new StringBuilder(ranking.where()).append(": ");
    for (int k = 0; k < order.length; k++) {
      int u = order[k];
      if (k > 0) b.append("; ");
      b.append(M.get(different[u] ? "route.nth.different" : "route.nth.same", places[u], total, percents[u]));
    }
    if (elsewhere) b.append(M.get("route.principal.elsewhere", ranking.principalCode(), ranking.principalGuide()));
    return b.toString();
  }
}
