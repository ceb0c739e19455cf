package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.common.StandardJustifications;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.diagnostics.Suggestions;
import convenio.model.Percent;
import convenio.syntax.Decl;
import convenio.syntax.GlosaRef;
import convenio.syntax.Header;
import convenio.syntax.Selector;
import convenio.syntax.Span;
import java.util.List;
import java.util.TreeSet;

/**
 * Each declaration on its own: the names it uses, the types of its expressions for its kind of rule, its selector,
 * its glosa, its codes and its texts.
 */
final class Declarations {
  private static final Messages M = Messages.of(Declarations.class, "convenio.check.messages");
  private final Symbols symbols;
  private final ExprTypes types;
  private final TableChecks tables;
  private final Templates templates;
  private final SourceText source;
  private final Diagnostics out;

  Declarations(Symbols symbols, ExprTypes types, TableChecks tables, Templates templates, SourceText source,
      Diagnostics out) {
    this.source = source;
    this.symbols = symbols;
    this.types = types;
    this.tables = tables;
    this.templates = templates;
    this.out = out;
  }

  void header(Header.Contract c) {
    if (c.excessGlosa() != null) glosa(c.excessGlosa());
    if (c.unpricedGlosa() != null) glosa(c.unpricedGlosa());
  }

  void check(Decl d) {
    if (d instanceof Decl.Let x) {
      if (symbols.lets.get(x.name()) == x) types.letType(x.name());
      else types.infer(x.value(), NameScope.of(RuleNames.Kind.CONSTANT));
    } else if (d instanceof Decl.MapDecl x) {
      if (symbols.maps.get(x.name()) == x) types.mapType(x.name());
    }
    else if (d instanceof Decl.Group x) codeSet(x.codes());
    else if (d instanceof Decl.Justification x) justification(x);
    else if (d instanceof Decl.Schedule x) schedule(x);
    else if (d instanceof Decl.Price x) price(x);
    else if (d instanceof Decl.Routes x) routes(x);
    else if (d instanceof Decl.Participation x) participation(x);
    else if (d instanceof Decl.Adjust x) {
      NameScope s = NameScope.of(RuleNames.Kind.ADJUST, selector(x.selector()));
      types.condition(x.when(), s, M.text("ctx.adjust.when"));
      types.expect(x.value(), s, Type.MONEY, M.text("ctx.adjust.value"));
    } else if (d instanceof Decl.Limit x) limit(x);
    else if (d instanceof Decl.Require x) {
      NameScope s = NameScope.of(RuleNames.Kind.LINE, selector(x.selector()));
      if (x.condition() != null) types.condition(x.condition(), s, M.text("ctx.require"));
      orElse(x.glosa(), x.text(), x.span(), s);
    } else if (d instanceof Decl.GlosaRule x) glosaRule(x);
    else if (d instanceof Decl.Package x) packageDecl(x);
    else if (d instanceof Decl.Check x) {
      NameScope s = NameScope.of(RuleNames.Kind.LINE);
      types.condition(x.when(), s, M.text("ctx.check.when"));
      templates.check(x.critique(), x.span(), s);
    } else if (d instanceof Decl.Duplicates x) duplicates(x);
  }

  private void price(Decl.Price x) {
    NameScope s = NameScope.of(RuleNames.Kind.PRICE, selector(x.selector()));
    if (x.when() != null) types.condition(x.when(), s, M.text("ctx.price.when"));
    types.expect(x.price(), s, Type.MONEY, M.text("ctx.price"));
    if (x.atMost() != null) types.expect(x.atMost(), s, Type.MONEY, M.text("ctx.at.most"));
    if (x.atLeast() != null) types.expect(x.atLeast(), s, Type.MONEY, M.text("ctx.at.least"));
  }

  private void routes(Decl.Routes x) {
    if (x.scheduleName() != null && !symbols.schedules.containsKey(x.scheduleName())) {
      Text hint = Suggestions.didYouMeanText(x.scheduleName(), symbols.schedules.keySet());
      out.add(Diagnostic.error("unknown-name", source.find(x.span(), x.scheduleName()),
          M.text("schedule.unknown", x.scheduleName()),
          hint != null ? hint : M.text("schedule.unknown.hint", x.scheduleName())));
    }
    if (x.inline() != null) schedule(x.inline());
    String bound = x.selector() == null ? null : selector(x.selector());
    Type key = types.infer(x.orderBy(), NameScope.of(RuleNames.Kind.ROUTES, bound));
    if (!(key == Type.UNKNOWN || key == Type.MONEY || Type.numeric(key))) {
      out.add(Diagnostic.error("type", x.orderBy().span(), M.text("routes.order.type", key.describe()),
          M.text("routes.order.type.hint")));
    }
    if (x.repeatedAsDifferent() != null) codeSet(x.repeatedAsDifferent());
    if (x.anotherTeam() != null) codeSet(x.anotherTeam());
    for (GlosaRef g : new GlosaRef[] {x.sameGlosa(), x.differentGlosa(), x.otherGuideGlosa()}) {
      if (g != null) glosa(g);
    }
    // The procedures of one act form one ranking whichever rule covers them: the rules must rank alike.
    if (firstRoutes == null) {
      firstRoutes = x;
      firstRoutesKey = key;
    } else if (x.descending() != firstRoutes.descending() || !comparable(key, firstRoutesKey)) {
      out.add(Diagnostic.error("routes", x.orderBy().span(), M.text("routes.one.ranking",
          x.descending() ? "desc" : "asc", key.describe(), firstRoutes.span().pos(),
          firstRoutes.descending() ? "desc" : "asc", firstRoutesKey.describe()), M.text("routes.one.ranking.hint")));
    }
  }

  private static boolean comparable(Type a, Type b) {
    if (a == Type.UNKNOWN || b == Type.UNKNOWN) return true;
    return a == Type.MONEY ? b == Type.MONEY : Type.numeric(a) && Type.numeric(b);
  }

  private Decl.Routes firstRoutes;
  private Type firstRoutesKey;

  private void participation(Decl.Participation x) {
    if (!x.degree().matches("[0-9]{2}") || Integer.parseInt(x.degree()) > 13) {
      out.add(Diagnostic.error("code", x.span(), M.text("degree.invalid", x.degree()), M.text("degree.invalid.hint")));
    }
    if (x.table() != null) table(x.table(), x.span());
    NameScope s = NameScope.of(RuleNames.Kind.PARTICIPATION, x.table() != null && symbols.tables.containsKey(x.table()) ? x.table() : null);
    types.expect(x.value(), s, Type.MONEY, M.text("ctx.participation.value"));
  }

  private void limit(Decl.Limit x) {
    NameScope s = NameScope.of(RuleNames.Kind.LINE, selector(x.selector()));
    for (Decl.LimitTerm t : x.terms()) {
      types.expect(t.max(), NameScope.of(RuleNames.Kind.CONSTANT), Type.NUMBER, M.text("ctx.limit"));
      if (t.period() == Decl.Period.DAYS && t.days() <= 0) {
        out.add(Diagnostic.error("code", t.span(), M.text("limit.period.empty", t.days()), M.text("limit.period.empty.hint")));
      }
    }
    orElse(x.glosa(), x.text(), x.span(), s.with("max", Type.NUMBER));
  }

  private void glosaRule(Decl.GlosaRule x) {
    glosa(x.glosa());
    NameScope s = NameScope.of(RuleNames.Kind.LINE, x.selector() == null ? null : selector(x.selector()));
    types.condition(x.when(), s, M.text("ctx.glosa.when"));
    if (x.amount() != null) types.expect(x.amount(), s, Type.MONEY, M.text("ctx.glosa.amount"));
    if (x.quantity() != null) types.expect(x.quantity(), s, Type.NUMBER, M.text("ctx.glosa.quantity"));
    templates.check(x.text(), x.span(), s);
  }

  private void packageDecl(Decl.Package x) {
    types.expect(x.price(), NameScope.of(RuleNames.Kind.CONSTANT), Type.MONEY, M.text("ctx.package.price"));
    for (Decl.PackageItem i : x.includes()) {
      selector(i.selector());
      if (i.upTo() != null) types.expect(i.upTo(), NameScope.of(RuleNames.Kind.CONSTANT), Type.NUMBER, M.text("ctx.up.to"));
    }
    for (Selector s : x.excludes()) selector(s);
    orElse(x.glosa(), x.text(), x.span(), NameScope.of(RuleNames.Kind.LINE));
  }

  private void duplicates(Decl.Duplicates x) {
    NameScope s = NameScope.of(RuleNames.Kind.LINE, x.selector() == null ? null : selector(x.selector()));
    for (String key : x.keys()) {
      if (!RuleNames.DUPLICATE_KEYS.contains(key)) {
        Text hint = Suggestions.didYouMeanText(key, RuleNames.DUPLICATE_KEYS);
        out.add(Diagnostic.error("unknown-name", x.span(), M.text("duplicates.key", key),
            hint != null ? hint : M.text("duplicates.key.hint", String.join(", ", new TreeSet<>(RuleNames.DUPLICATE_KEYS)))));
      }
    }
    orElse(x.glosa(), x.text(), x.span(), s);
  }

  private void justification(Decl.Justification x) {
    if (!x.code().matches("[0-9]{4}")) {
      out.add(Diagnostic.error("code", x.span(), M.text("justification.code.invalid", x.code()),
          M.text("justification.code.invalid.hint")));
    } else if (StandardJustifications.of(x.code()) == null) {
      out.add(Diagnostic.error("code", x.span(), M.text("justification.code.unknown", x.code(), x.name()),
          x.code().startsWith("99") ? M.text("justification.code.99") : M.text("justification.code.unknown.hint")));
    }
    templates.check(x.text(), x.span(), NameScope.of(RuleNames.Kind.LINE));
  }

  private void schedule(Decl.Schedule x) {
    List<List<Percent>> lists = List.of(x.same(), x.different());
    for (List<Percent> ps : lists) {
      for (Percent p : ps) percent(p, x.span());
    }
    if (x.sameThen() != null) percent(x.sameThen(), x.span());
    if (x.differentThen() != null) percent(x.differentThen(), x.span());
    if (x.same().isEmpty() && x.different().isEmpty()) {
      out.add(Diagnostic.error("schedule", x.span(), M.text("schedule.empty"), M.text("schedule.empty.hint")));
    }
  }

  private void percent(Percent p, Span at) {
    if (p.compareTo(Percent.HUNDRED) > 0 || p.compareTo(Percent.ZERO) < 0) {
      out.add(Diagnostic.error("schedule", at, M.text("schedule.percent.range", p), M.text("schedule.percent.range.hint")));
    }
  }

  /** Checks a selector's names and codes; returns the table whose row it binds (null when none or unknown). */
  private String selector(Selector s) {
    if (s.filter() instanceof Selector.CodeSet set) codeSet(set);
    else if (s.filter() instanceof Selector.GroupRef g) group(g.name(), g.span());
    else if (s.filter() instanceof Selector.SingleCode c && c.code().isBlank()) {
      out.add(Diagnostic.error("code", c.span(), M.text("selector.empty.code"), M.text("selector.empty.code.hint")));
    }
    if (s.tissTable() != null) tables.tissType(s.tissTable(), s.span());
    if (s.table() == null) return null;
    if (!table(s.table(), s.span())) return null;
    tables.kinds(s, symbols.tables.get(s.table()), s.span());
    return s.table();
  }

  private boolean table(String name, Span at) {
    if (symbols.tables.containsKey(name)) return true;
    Span from = source.find(at, "from " + name);
    if (from != at) at = new Span(from.file(), from.line(), from.column() + 5, name.length(), from.clause());
    Text hint = Suggestions.didYouMeanText(name, symbols.tables.keySet());
    out.add(Diagnostic.error("unknown-name", at, M.text("table.unknown", name),
        hint != null ? hint : M.text("table.unknown.hint", name)));
    return false;
  }

  private void group(String name, Span at) {
    if (symbols.groups.containsKey(name)) return;
    Text hint = Suggestions.didYouMeanText(name, symbols.groups.keySet());
    out.add(Diagnostic.error("unknown-name", at, M.text("group.unknown", name),
        hint != null ? hint : M.text("group.unknown.hint", name)));
  }

  private void codeSet(Selector.CodeSet set) {
    for (Selector.CodeSetItem i : set.items()) {
      if (i.group() != null) {
        group(i.group(), i.span());
      } else if (i.isRange()) {
        if (i.from().length() != i.to().length()) {
          out.add(Diagnostic.error("code", i.span(), M.text("range.lengths", i.from(), i.to()), M.text("range.lengths.hint")));
        } else if (i.from().compareTo(i.to()) > 0) {
          out.add(Diagnostic.error("code", i.span(), M.text("range.empty", i.from(), i.to()),
              M.text("range.empty.hint", i.to(), i.from())));
        }
      } else if (i.from().indexOf('*') >= 0 && !i.isPrefix() || i.from().isBlank()) {
        out.add(Diagnostic.error("code", i.span(), M.text("code.not.prefix", i.from()), M.text("code.not.prefix.hint")));
      }
    }
  }

  private void orElse(GlosaRef glosa, String text, Span decl, NameScope s) {
    glosa(glosa);
    templates.check(text, decl, s);
  }

  /** A glosa is a justification's name or a TISS table-38 code. */
  void glosa(GlosaRef g) {
    if (g.isCode()) {
      if (!g.text().matches("[0-9]{4}")) {
        out.add(Diagnostic.error("code", g.span(), M.text("glosa.code.invalid", g.text()), M.text("glosa.code.invalid.hint")));
      } else if (StandardJustifications.of(g.text()) == null) {
        out.add(Diagnostic.error("code", g.span(), M.text("glosa.code.unknown", g.text()), M.text("glosa.code.unknown.hint")));
      }
      return;
    }
    if (symbols.justifications.containsKey(g.text())) return;
    Text hint = Suggestions.didYouMeanText(g.text(), symbols.justifications.keySet());
    if (hint == null) {
      hint = symbols.table38Known ? M.text("justification.unknown.declare", g.text()) : M.text("justification.unknown.import");
    }
    out.add(Diagnostic.error("unknown-name", g.span(), M.text("justification.unknown", g.text()), hint));
  }
}
