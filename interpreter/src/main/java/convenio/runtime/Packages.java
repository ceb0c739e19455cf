package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.PriceSource;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.util.List;

/**
 * Step 1: a guide that bills a package code gets the package price on that item, once; the items the package includes
 * are marked (the first N units for {@code up to N}) to be glosed in step 5, and so is any other line that bills the
 * package code again.
 */
final class Packages {
  private static final Messages M = Messages.of(Packages.class, "convenio.runtime.messages");
  private Packages() {}

  static void apply(Pricer pricer, List<Rules.Package> packages, List<Line> lines) {
    Scope scope = pricer.scope();
    for (Rules.Package p : packages) {
      Line pkg = null;
      for (Line l : lines) {
        if (l.packageOf == null && p.code().equals(l.item.code())) {
          pkg = l;
          break;
        }
      }
      if (pkg == null) continue;
      scope.forItem(pkg.item);
      try {
        ExactMoney price = Pricer.money(p.price().eval(scope), M.text("what.package"));
        pkg.packageOf = p;
        pkg.unit = price.reais();
        pkg.source = new PriceSource(p.ref().cited(), p.ref().pos(), "package", null, null, null);
        if (pkg.tracing) pkg.trace(TraceEvent.Kind.PACKAGE, p.ref(), M.get("trace.package", p.code()
            + (p.description() == null ? "" : " " + p.description())), null, pricer.cents(price));
      } catch (RuntimeException e) {
        pricer.problem(pkg.item, e, p.ref());
        continue;
      }
      BigDecimal[] room = new BigDecimal[p.includes().size()];
      for (Line l : lines) {
        if (l == pkg || l.packageOf != null || l.includedIn != null) continue;
        if (p.code().equals(l.item.code())) {
          // The package billed again on another line (another day, say) is the same package: it is paid once.
          l.included = l.quantityLeft;
          l.includedIn = p;
          continue;
        }
        scope.forItem(l.item);
        try {
          if (excluded(p, scope)) continue;
          for (int i = 0; i < room.length; i++) {
            Rules.PackageInclude inc = p.includes().get(i);
            scope.resetStep();
            if (!inc.matcher().matches(scope)) continue;
            scope.bind(inc.matcher());
            BigDecimal units = l.quantityLeft;
            if (inc.upTo() != null) {
              if (room[i] == null) room[i] = number(inc.upTo().eval(scope));
              units = units.min(room[i]);
              room[i] = room[i].subtract(units);
            }
            if (units.signum() > 0) {
              l.included = units;
              l.includedIn = p;
            }
            break;
          }
        } catch (RuntimeException e) {
          pricer.problem(l.item, e, p.ref());
        }
      }
    }
  }

  private static boolean excluded(Rules.Package p, Scope scope) {
    for (Rules.Matcher m : p.excludes()) {
      scope.resetStep();
      if (m.matches(scope)) return true;
    }
    return false;
  }

  static BigDecimal number(Object v) {
    if (v instanceof BigDecimal d) return d;
    throw new EvalException(M.get("eval.quantity", RuleValues.describe(v)));
  }
}
