package convenio.runtime;

import convenio.model.SourcePos;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What limits and duplicate rules have seen so far in the account, per beneficiary, in billing order. Only units that
 * were not glosed count towards a limit.
 */
final class AccountCounters {
  /** A limit rule is named by its place: hashing the rule itself would walk its whole tree on every item. */
  private record Key(SourcePos limit, int term, String beneficiary, Object period) {}

  private record Dated(LocalDate date, BigDecimal units) {}

  private final Map<Key, BigDecimal> used = new HashMap<>();
  private final Map<Key, List<Dated>> windows = new HashMap<>();
  private final Set<List<Object>> seen = new HashSet<>();

  void limit(Pricer pricer, Rules.Limit lim, Line l) {
    if (l.quantityLeft.signum() <= 0) return;
    Scope scope = pricer.forLine(l);
    if (!lim.matcher().matches(scope)) return;
    scope.bind(lim.matcher());
    String who = scope.guide.beneficiary() == null ? "" : String.valueOf(scope.guide.beneficiary().cardNumber());
    boolean inpatient = scope.guide.inpatient();
    BigDecimal room = null;
    Object roomMax = null;
    List<Key> applicable = new ArrayList<>(lim.terms().size());
    for (int t = 0; t < lim.terms().size(); t++) {
      Rules.LimitTerm term = lim.terms().get(t);
      if (term.regime() == Rules.Regime.INPATIENT && !inpatient) continue;
      if (term.regime() == Rules.Regime.OUTPATIENT && inpatient) continue;
      BigDecimal max = Packages.number(term.max().eval(scope));
      Key key = key(lim, t, term, who, scope);
      applicable.add(key);
      BigDecimal r = max.subtract(usedIn(key, term, scope.date)).max(BigDecimal.ZERO);
      if (room == null || r.compareTo(room) < 0) {
        room = r;
        roomMax = max;
      }
    }
    if (room == null) return;
    BigDecimal excess = l.quantityLeft.subtract(room);
    if (excess.signum() > 0) {
      scope.step.define(Environment.Name.MAX, roomMax);
      String text = lim.glosa().text(lim.text(), scope);
      l.glosaUnits(excess, lim.glosa(), text, lim.ref(), TraceEvent.Kind.LIMIT, pricer.rules().rounding().mode());
    }
    BigDecimal counted = l.quantityLeft;
    for (Key k : applicable) {
      if (lim.terms().get(k.term()).period() == Rules.Period.DAYS) {
        windows.computeIfAbsent(k, x -> new ArrayList<>()).add(new Dated(scope.date, counted));
      } else {
        used.merge(k, counted, BigDecimal::add);
      }
    }
  }

  private static Key key(Rules.Limit lim, int t, Rules.LimitTerm term, String who, Scope scope) {
    Object period = switch (term.period()) {
      case DAY -> scope.date;
      case GUIDE -> scope.guide.number();
      case ACCOUNT, DAYS -> "";
    };
    return new Key(lim.ref().pos(), t, who, period);
  }

  /** Units counted in the term's period; for K days, those billed within K-1 days of this date, either side. */
  private BigDecimal usedIn(Key key, Rules.LimitTerm term, LocalDate date) {
    if (term.period() != Rules.Period.DAYS) return used.getOrDefault(key, BigDecimal.ZERO);
    BigDecimal sum = BigDecimal.ZERO;
    for (Dated d : windows.getOrDefault(key, List.of())) {
      if (date == null || d.date() == null
          || Math.abs(ChronoUnit.DAYS.between(d.date(), date)) < term.days()) {
        sum = sum.add(d.units());
      }
    }
    return sum;
  }

  void duplicates(Pricer pricer, Rules.Duplicates d, Line l) {
    if (!l.open()) return;
    Scope scope = pricer.forLine(l);
    if (d.matcher() != null && !d.matcher().matches(scope)) return;
    if (d.matcher() != null) scope.bind(d.matcher());
    List<Object> key = new ArrayList<>(d.keys().size() + 2);
    key.add(d.ref().pos());
    key.add(scope.guide.beneficiary() == null ? "" : scope.guide.beneficiary().cardNumber());
    for (Eval e : d.keys()) key.add(RuleValues.key(e.eval(scope)));
    if (seen.add(key)) return;
    String text = d.glosa().text(d.text(), scope);
    if (d.text() == null && d.glosa().standardText() == null) {
      text = "Cobrança em duplicidade (mesmo " + String.join(", ", d.keyNames()) + ")";
    }
    l.glosaAll(d.glosa(), text, d.ref(), TraceEvent.Kind.GLOSA);
  }
}
