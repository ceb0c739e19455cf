package convenio.runtime;

import convenio.i18n.Messages;
import convenio.common.Tiss;
import convenio.model.ItemKind;
import convenio.model.Percent;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  private record GroupKey(String card, LocalDate date, String degree) {}

  static void apply(Pricer pricer, List<Rules.Routes> all, List<Line> lines) {
    if (all.isEmpty()) return;
    Scope scope = pricer.scope();
    Map<GroupKey, List<Entry>> groups = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.unit == null || l.packageOf != null) continue;
      // a procedure a package includes whole is glosed, not performed apart: it takes no place in the ranking
      if (l.includedIn != null && l.included.compareTo(l.quantityLeft) >= 0) continue;
      pricer.at(l);
      Rules.Routes r = covering(all, l, scope);
      if (r == null) continue;
      if (r.anotherTeam() != null && r.anotherTeam().matches(l.item.code())) {
        l.trace(TraceEvent.Kind.ROUTE, r.ref(), M.get("route.another.team"), null, null);
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
      l.routedBy = r;
      String card = l.guide.beneficiary() == null || l.guide.beneficiary().cardNumber() == null ? ""
          : l.guide.beneficiary().cardNumber();
      List<Entry> g = groups.computeIfAbsent(new GroupKey(card, scope.date,
          l.item.degree() == null ? "" : l.item.degree()), k -> new ArrayList<>());
      for (int u = 0; u < units; u++) g.add(new Entry(l, u, key));
    }
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
    boolean anaesthetist = Tiss.DEGREE_ANAESTHETIST.equals(group.degree());
    // one direction for the whole ranking: the checker requires every routes rule to order the same way
    boolean descending = anaesthetist || entries.get(0).line.routedBy.descending();
    Comparator<Entry> byKey = (a, b) -> {
      if (a.key == null || b.key == null) return a.key == null ? (b.key == null ? 0 : 1) : -1;
      int c = RuleValues.compare(a.key, b.key, "ordered by");
      return descending ? -c : c;
    };
    entries.sort(byKey); // List.sort is stable: ties keep billing order
    int total = entries.size();
    Line principal = entries.get(0).line;
    Map<Line, StringBuilder> notes = new LinkedHashMap<>();
    for (int n = 1; n <= total; n++) {
      Entry e = entries.get(n - 1);
      Rules.Routes r = e.line.routedBy;
      boolean different = Tiss.ROUTE_DIFFERENT.equals(e.line.item.route())
          || (r.repeatedAsDifferent() != null && e.unit > 0 && r.repeatedAsDifferent().matches(e.line.item.code()));
      Rules.Schedule schedule = anaesthetist ? Rules.ANAESTHETIST : r.schedule();
      Percent p = total == 1 ? Percent.HUNDRED : schedule.at(n, different);
      e.line.unitPercents[e.unit] = p;
      e.line.unitDifferent[e.unit] = different;
      if (e.line.guide != principal.guide) e.line.principalElsewhere = true;
      StringBuilder b = notes.computeIfAbsent(e.line, k -> new StringBuilder());
      b.append(b.length() == 0 ? "" : "; ")
          .append(M.get(different ? "route.nth.different" : "route.nth.same", n, total, p));
    }
    String where = M.get("route.where", RuleValues.format(group.date()))
        + (group.degree().isEmpty() ? "" : M.get("route.where.degree", group.degree()))
        + (anaesthetist ? M.get("route.where.anaesthetist") : "");
    for (Map.Entry<Line, StringBuilder> n : notes.entrySet()) {
      Line l = n.getKey();
      String elsewhere = l.principalElsewhere
          ? M.get("route.principal.elsewhere", principal.item.code(), principal.guide.number()) : "";
      l.routeNote = where + ": " + n.getValue() + elsewhere;
      l.trace(TraceEvent.Kind.ROUTE, l.routedBy.ref(), l.routeNote, null, null);
    }
  }
}
