package convenio.check;

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
      types.condition(x.when(), s, "the condition of an adjust rule");
      types.expect(x.value(), s, Type.MONEY, "the value of an adjust rule");
    } else if (d instanceof Decl.Limit x) limit(x);
    else if (d instanceof Decl.Require x) {
      NameScope s = NameScope.of(RuleNames.Kind.LINE, selector(x.selector()));
      if (x.condition() != null) types.condition(x.condition(), s, "a requirement");
      orElse(x.glosa(), x.text(), x.span(), s);
    } else if (d instanceof Decl.GlosaRule x) glosaRule(x);
    else if (d instanceof Decl.Package x) packageDecl(x);
    else if (d instanceof Decl.Check x) {
      NameScope s = NameScope.of(RuleNames.Kind.LINE);
      types.condition(x.when(), s, "the condition of a check");
      templates.check(x.critique(), x.span(), s);
    } else if (d instanceof Decl.Duplicates x) duplicates(x);
  }

  private void price(Decl.Price x) {
    NameScope s = NameScope.of(RuleNames.Kind.PRICE, selector(x.selector()));
    if (x.when() != null) types.condition(x.when(), s, "the condition of a price rule");
    types.expect(x.price(), s, Type.MONEY, "a price");
    if (x.atMost() != null) types.expect(x.atMost(), s, Type.MONEY, "the cap ('at most')");
    if (x.atLeast() != null) types.expect(x.atLeast(), s, Type.MONEY, "the floor ('at least')");
  }

  private void routes(Decl.Routes x) {
    if (x.scheduleName() != null && !symbols.schedules.containsKey(x.scheduleName())) {
      String hint = Suggestions.didYouMean(x.scheduleName(), symbols.schedules.keySet());
      out.add(Diagnostic.error("unknown-name", source.find(x.span(), x.scheduleName()), "there is no route schedule '" + x.scheduleName() + "'",
          hint != null ? hint : "declare it (schedule " + x.scheduleName() + " { same route 100%, 50% … }) or import"
              + " the module that has it (std.ans.vias, std.unimed.lista_referencial)"));
    }
    if (x.inline() != null) schedule(x.inline());
    String bound = x.selector() == null ? null : selector(x.selector());
    Type key = types.infer(x.orderBy(), NameScope.of(RuleNames.Kind.ROUTES, bound));
    if (!(key == Type.UNKNOWN || key == Type.MONEY || Type.numeric(key))) {
      out.add(Diagnostic.error("type", x.orderBy().span(), "procedures are ordered by an amount or a number, but this is "
          + key.describe(), "order by value (the contract value) or a table column such as cbhpm.utm"));
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
      out.add(Diagnostic.error("routes", x.orderBy().span(), "the procedures of one act form one ranking, but this rule"
          + " orders them " + (x.descending() ? "desc" : "asc") + " by " + key.describe() + " and the routes rule at "
          + firstRoutes.span().pos() + " " + (firstRoutes.descending() ? "desc" : "asc") + " by "
          + firstRoutesKey.describe(), "order every routes rule the same way (each rule then sets only the"
          + " percentages of the procedures it covers), e.g. ordered by value desc"));
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
      out.add(Diagnostic.error("code", x.span(), "\"" + x.degree() + "\" is not a TISS degree of participation",
          "degrees (dm_grauPart) go from \"00\" to \"13\": \"00\" surgeon, \"01\" first assistant, …, \"06\" anaesthetist"));
    }
    if (x.table() != null) table(x.table(), x.span());
    NameScope s = NameScope.of(RuleNames.Kind.PARTICIPATION, x.table() != null && symbols.tables.containsKey(x.table()) ? x.table() : null);
    types.expect(x.value(), s, Type.MONEY, "the value of a participation");
  }

  private void limit(Decl.Limit x) {
    NameScope s = NameScope.of(RuleNames.Kind.LINE, selector(x.selector()));
    for (Decl.LimitTerm t : x.terms()) {
      types.expect(t.max(), NameScope.of(RuleNames.Kind.CONSTANT), Type.NUMBER, "a limit");
      if (t.period() == Decl.Period.DAYS && t.days() <= 0) {
        out.add(Diagnostic.error("code", t.span(), "a period of " + t.days() + " days is empty", "write 30 days, 1 day …"));
      }
    }
    orElse(x.glosa(), x.text(), x.span(), s.with("max", Type.NUMBER));
  }

  private void glosaRule(Decl.GlosaRule x) {
    glosa(x.glosa());
    NameScope s = NameScope.of(RuleNames.Kind.LINE, x.selector() == null ? null : selector(x.selector()));
    types.condition(x.when(), s, "the condition of a glosa");
    if (x.amount() != null) types.expect(x.amount(), s, Type.MONEY, "the amount of a glosa");
    if (x.quantity() != null) types.expect(x.quantity(), s, Type.NUMBER, "the quantity of a glosa");
    templates.check(x.text(), x.span(), s);
  }

  private void packageDecl(Decl.Package x) {
    types.expect(x.price(), NameScope.of(RuleNames.Kind.CONSTANT), Type.MONEY, "the price of a package");
    for (Decl.PackageItem i : x.includes()) {
      selector(i.selector());
      if (i.upTo() != null) types.expect(i.upTo(), NameScope.of(RuleNames.Kind.CONSTANT), Type.NUMBER, "'up to'");
    }
    for (Selector s : x.excludes()) selector(s);
    orElse(x.glosa(), x.text(), x.span(), NameScope.of(RuleNames.Kind.LINE));
  }

  private void duplicates(Decl.Duplicates x) {
    NameScope s = NameScope.of(RuleNames.Kind.LINE, x.selector() == null ? null : selector(x.selector()));
    for (String key : x.keys()) {
      if (!RuleNames.DUPLICATE_KEYS.contains(key)) {
        String hint = Suggestions.didYouMean(key, RuleNames.DUPLICATE_KEYS);
        out.add(Diagnostic.error("unknown-name", x.span(), "duplicates cannot compare lines by '" + key + "'",
            hint != null ? hint : "compare by " + String.join(", ", new TreeSet<>(RuleNames.DUPLICATE_KEYS))));
      }
    }
    orElse(x.glosa(), x.text(), x.span(), s);
  }

  private void justification(Decl.Justification x) {
    if (!x.code().matches("[0-9]{4}")) {
      out.add(Diagnostic.error("code", x.span(), "\"" + x.code() + "\" is not a TISS glosa code",
          "glosa codes (table 38, dm_tipoGlosa) have 4 digits, e.g. \"1705\""));
    } else if (StandardJustifications.of(x.code()) == null) {
      out.add(Diagnostic.error("code", x.span(), "glosa code " + x.code() + " of justification " + x.name()
          + " is not in TISS table 38 (dm_tipoGlosa, TISS 4.03.00)", x.code().startsWith("99")
              ? "4.03.00 has no 99xx codes (\"mensagens particulares\"): use a standard code with the contract's own text"
              : "a demonstrativo carries only codes of table 38; std.tiss.glosas lists them by name"));
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
      out.add(Diagnostic.error("schedule", x.span(), "a route schedule needs its percentages",
          "same route 100%, 50% and different route 100%, 70%"));
    }
  }

  private void percent(Percent p, Span at) {
    if (p.compareTo(Percent.HUNDRED) > 0 || p.compareTo(Percent.ZERO) < 0) {
      out.add(Diagnostic.error("schedule", at, "a route percentage of " + p + " is outside 0% .. 100%",
          "the n-th procedure is paid a share of its value: 100%, 50%, 40% …"));
    }
  }

  /** Checks a selector's names and codes; returns the table whose row it binds (null when none or unknown). */
  private String selector(Selector s) {
    if (s.filter() instanceof Selector.CodeSet set) codeSet(set);
    else if (s.filter() instanceof Selector.GroupRef g) group(g.name(), g.span());
    else if (s.filter() instanceof Selector.SingleCode c && c.code().isBlank()) {
      out.add(Diagnostic.error("code", c.span(), "an empty code selects nothing", "write the item's code: \"10101012\""));
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
    String hint = Suggestions.didYouMean(name, symbols.tables.keySet());
    out.add(Diagnostic.error("unknown-name", at, "there is no table '" + name + "'",
        hint != null ? hint : "declare it: table " + name + " type 22 from \"tables/" + name + ".csv\" columns (code, …)"));
    return false;
  }

  private void group(String name, Span at) {
    if (symbols.groups.containsKey(name)) return;
    String hint = Suggestions.didYouMean(name, symbols.groups.keySet());
    out.add(Diagnostic.error("unknown-name", at, "there is no group \"" + name + "\"",
        hint != null ? hint : "declare it: group \"" + name + "\" = { \"30101010\", \"3090*\" }"));
  }

  private void codeSet(Selector.CodeSet set) {
    for (Selector.CodeSetItem i : set.items()) {
      if (i.group() != null) {
        group(i.group(), i.span());
      } else if (i.isRange()) {
        if (i.from().length() != i.to().length()) {
          out.add(Diagnostic.error("code", i.span(), "the ends of range \"" + i.from() + "\" .. \"" + i.to()
              + "\" have different lengths", "codes are compared as texts of the same length: \"40000000\" .. \"40999999\""));
        } else if (i.from().compareTo(i.to()) > 0) {
          out.add(Diagnostic.error("code", i.span(), "range \"" + i.from() + "\" .. \"" + i.to() + "\" is empty",
              "write the lower code first: \"" + i.to() + "\" .. \"" + i.from() + "\""));
        }
      } else if (i.from().indexOf('*') >= 0 && !i.isPrefix() || i.from().isBlank()) {
        out.add(Diagnostic.error("code", i.span(), "\"" + i.from() + "\" is not a code or a prefix",
            "a prefix ends with one '*': \"3090*\""));
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
        out.add(Diagnostic.error("code", g.span(), "'" + g.text() + "' is not a TISS glosa code",
            "glosa codes (table 38, dm_tipoGlosa) have 4 digits, e.g. 1705"));
      } else if (StandardJustifications.of(g.text()) == null) {
        out.add(Diagnostic.error("code", g.span(), "glosa code " + g.text() + " is not in TISS table 38",
            "std.tiss.glosas lists the codes of table 38 by name"));
      }
      return;
    }
    if (symbols.justifications.containsKey(g.text())) return;
    String hint = Suggestions.didYouMean(g.text(), symbols.justifications.keySet());
    if (hint == null) {
      hint = symbols.table38Known ? "declare it: justification " + g.text() + " = \"1705\" administrative \"…\""
          : "import std.tiss.glosas for the TISS names, or write the 4-digit code";
    }
    out.add(Diagnostic.error("unknown-name", g.span(), "there is no justification '" + g.text() + "'", hint));
  }
}
