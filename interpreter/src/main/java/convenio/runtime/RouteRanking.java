package convenio.runtime;

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
 * Step 3, multiple procedures: the procedures a {@code routes} rule covers, on the same date and for the same degree,
 * are ranked by its key (ties keep billing order); every unit of quantity is one procedure; the n-th gets the n-th
 * percentage of the same-route or different-route list.
 */
final class RouteRanking {
  private RouteRanking() {}

  private record Entry(Line line, int unit, Object key) {}

  private record GroupKey(LocalDate date, String degree) {}

  static void apply(Pricer pricer, List<Rules.Routes> all, List<Line> lines) {
    if (all.isEmpty()) return;
    Scope scope = pricer.scope();
    boolean[] taken = new boolean[lines.size()];
    for (Rules.Routes r : all) {
      Map<GroupKey, List<Entry>> groups = new LinkedHashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (taken[i] || l.unit == null || l.packageOf != null || Tiss.DEGREE_ANAESTHETIST.equals(l.item.degree())) continue;
        // a procedure a package includes whole is glosed, not performed apart: it takes no place in the ranking
        if (l.includedIn != null && l.included.compareTo(l.quantityLeft) >= 0) continue;
        scope.forItem(l.item);
        if (r.matcher() != null ? !r.matcher().matches(scope)
            : l.item.kind() != ItemKind.PROCEDURE) continue;
        if (r.matcher() != null) scope.bind(r.matcher());
        taken[i] = true;
        if (r.anotherTeam() != null && r.anotherTeam().matches(l.item.code())) {
          l.trace(TraceEvent.Kind.ROUTE, r.ref(), "another team: not ranked, 100%", null, null);
          continue;
        }
        Object key;
        scope.step.define(Environment.Name.VALUE, l.unit);
        try {
          key = r.orderBy().eval(scope);
        } catch (RuntimeException e) {
          pricer.problem(l.item, e, r.ref());
          key = null;
        }
        BigDecimal q = l.item.quantity() == null ? BigDecimal.ONE : l.item.quantity();
        int units = q.signum() > 0 && q.stripTrailingZeros().scale() <= 0 ? q.intValueExact() : 1;
        l.unitPercents = new Percent[units];
        List<Entry> g = groups.computeIfAbsent(new GroupKey(scope.date, l.item.degree() == null ? "" : l.item.degree()),
            k -> new ArrayList<>());
        for (int u = 0; u < units; u++) g.add(new Entry(l, u, key));
      }
      for (Map.Entry<GroupKey, List<Entry>> e : groups.entrySet()) rank(r, e.getKey(), e.getValue());
    }
  }

  private static void rank(Rules.Routes r, GroupKey group, List<Entry> entries) {
    Comparator<Entry> byKey = (a, b) -> {
      if (a.key == null || b.key == null) return a.key == null ? (b.key == null ? 0 : 1) : -1;
      int c = RuleValues.compare(a.key, b.key, "ordered by");
      return r.descending() ? -c : c;
    };
    entries.sort(byKey); // List.sort is stable: ties keep billing order
    int total = entries.size();
    Map<Line, StringBuilder> notes = new LinkedHashMap<>();
    for (int n = 1; n <= total; n++) {
      Entry e = entries.get(n - 1);
      boolean different = Tiss.ROUTE_DIFFERENT.equals(e.line.item.route())
          || (r.repeatedAsDifferent() != null && e.unit > 0 && r.repeatedAsDifferent().matches(e.line.item.code()));
      Percent p = total == 1 ? Percent.HUNDRED : r.schedule().at(n, different);
      e.line.unitPercents[e.unit] = p;
      notes.computeIfAbsent(e.line, k -> new StringBuilder()).append(notes.get(e.line).length() == 0 ? "" : "; ")
          .append(n).append("º of ").append(total).append(different ? " (different route) " : " (same route) ")
          .append(p);
    }
    for (Map.Entry<Line, StringBuilder> n : notes.entrySet()) {
      n.getKey().trace(TraceEvent.Kind.ROUTE, r.ref(), "procedures of " + RuleValues.format(group.date())
          + (group.degree().isEmpty() ? "" : " degree " + group.degree()) + ": " + n.getValue(), null, null);
    }
  }
}
