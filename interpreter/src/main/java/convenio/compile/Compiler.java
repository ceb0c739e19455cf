package convenio.compile;

import convenio.i18n.Messages;
import convenio.common.StandardJustifications;
import convenio.common.Tiss;
import convenio.diagnostics.Diagnostic;
import convenio.model.ItemKind;
import convenio.runtime.CodeMatcher;
import convenio.runtime.ContractRules;
import convenio.runtime.Eval;
import convenio.runtime.ExactMoney;
import convenio.runtime.GlosaSpec;
import convenio.runtime.Rounding;
import convenio.runtime.RuleRef;
import convenio.runtime.Rules;
import convenio.runtime.Scope;
import convenio.runtime.TableFamily;
import convenio.runtime.TableVersion;
import convenio.runtime.Template;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.GlosaRef;
import convenio.syntax.Header;
import convenio.syntax.Program;
import convenio.syntax.Selector;
import convenio.syntax.SourceFile;
import convenio.syntax.Span;
import convenio.tables.LoadedTable;
import convenio.tables.TableColumns;
import convenio.tables.TableLoader;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checked program and its loaded tables → the immutable rules the runtime prices with: tables indexed by code,
 * every expression a closure, every glosa resolved to its TISS code and group, every rule with its place.
 * Runs only on programs without errors; what it still cannot resolve is reported, never guessed.
 */
public final class Compiler {
  private static final Messages M = Messages.of(Compiler.class, "convenio.compile.messages");
  private static final Pattern HOLE = Pattern.compile("\\$\\{\\s*([\\p{L}_][\\p{L}\\p{N}_]*(?:\\.[\\p{L}_][\\p{L}\\p{N}_]*)*)\\s*}");

  /** The rules and header when there was no error (else null), and what went wrong. */
  public record Output(ContractRules rules, ContractInfo info, Map<String, Object> constants,
      List<Diagnostic> diagnostics) {}

  private final Program program;
  private final GlobalNames names;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, String[]> sourceLines = new HashMap<>();
  private ExprCompiler exprs;

  private Compiler(Program program) {
    this.program = program;
    this.names = new GlobalNames(program);
  }

  public static Output compile(Program program, TableLoader.Result tables) {
    return new Compiler(program).run(tables);
  }

  private Output run(TableLoader.Result loaded) {
    if (program.main() == null || !(program.main().header() instanceof Header.Contract h)) {
      Span at = program.main() == null || program.main().header() == null ? Span.NONE : program.main().header().span();
      diagnostics.add(Diagnostic.error("compile", at, M.text("module.not.contract"), M.text("module.not.contract.hint")));
      return new Output(null, null, Map.of(), diagnostics);
    }
    Rounding rounding = new Rounding(h.rounding() == null ? RoundingMode.HALF_UP : h.rounding(), h.perItem());
    Map<String, TableFamily> tables = tables(loaded);
    exprs = new ExprCompiler(names, tables, rounding, diagnostics);

    RuleRef excessRef = h.excessGlosa() != null ? new RuleRef("excess glosa " + h.excessGlosa().text(),
        h.excessGlosa().span().pos(), null) : new RuleRef("excess glosa (default " + Tiss.GLOSA_EXCESS + ")", h.span().pos(), null);
    RuleRef unpricedRef = h.unpricedGlosa() != null ? new RuleRef("unpriced glosa " + h.unpricedGlosa().text(),
        h.unpricedGlosa().span().pos(), null) : new RuleRef("unpriced glosa (default " + Tiss.GLOSA_UNPRICED + ")", h.span().pos(), null);
    GlosaSpec excess = h.excessGlosa() != null ? glosa(h.excessGlosa()) : glosaByCode(Tiss.GLOSA_EXCESS);
    GlosaSpec unpriced = h.unpricedGlosa() != null ? glosa(h.unpricedGlosa()) : glosaByCode(Tiss.GLOSA_UNPRICED);

    List<Rules.Package> packages = new ArrayList<>();
    List<Rules.Price> prices = new ArrayList<>();
    Map<String, Rules.Participation> participations = new LinkedHashMap<>();
    List<Rules.Adjust> adjusts = new ArrayList<>();
    List<Rules.Routes> routes = new ArrayList<>();
    List<Rules.Require> requires = new ArrayList<>();
    List<Rules.Limit> limits = new ArrayList<>();
    List<Rules.Duplicates> duplicates = new ArrayList<>();
    List<Rules.GlosaRule> glosaRules = new ArrayList<>();
    List<Rules.Check> checks = new ArrayList<>();
    for (Decl d : names.rules) {
      RuleRef ref = ref(d.span());
      if (d instanceof Decl.Price p) {
        prices.add(new Rules.Price(ref, matcher(p.selector()), p.selector().tier(), opt(p.when()), exprs.compile(p.price()),
            opt(p.atMost()), opt(p.atLeast())));
      } else if (d instanceof Decl.Participation p) {
        TableFamily t = p.table() == null ? null : exprs.table(p.table(), p.span());
        participations.putIfAbsent(p.degree(), new Rules.Participation(ref, p.degree(), t, exprs.compile(p.value())));
      } else if (d instanceof Decl.Adjust a) {
        adjusts.add(new Rules.Adjust(ref, matcher(a.selector()), exprs.compile(a.when()), exprs.compile(a.value())));
      } else if (d instanceof Decl.Routes r) {
        routes.add(routes(ref, r));
      } else if (d instanceof Decl.Require r) {
        requires.add(new Rules.Require(ref, opt(r.condition()), matcher(r.selector()), glosa(r.glosa()),
            template(r.text())));
      } else if (d instanceof Decl.Limit l) {
        List<Rules.LimitTerm> terms = new ArrayList<>();
        for (Decl.LimitTerm t : l.terms()) {
          terms.add(new Rules.LimitTerm(exprs.compile(t.max()), Rules.Period.valueOf(t.period().name()), t.days(),
              Rules.Regime.valueOf(t.regime().name()), text(t.span())));
        }
        limits.add(new Rules.Limit(ref, matcher(l.selector()), terms, glosa(l.glosa()), template(l.text())));
      } else if (d instanceof Decl.Duplicates dup) {
        List<Eval> keys = new ArrayList<>();
        for (String k : dup.keys()) keys.add(exprs.compile(new Expr.Name(0, dup.span(), k)));
        duplicates.add(new Rules.Duplicates(ref, dup.selector() == null ? null : matcher(dup.selector()), dup.keys(),
            keys, glosa(dup.glosa()), template(dup.text())));
      } else if (d instanceof Decl.GlosaRule g) {
        glosaRules.add(new Rules.GlosaRule(ref, glosa(g.glosa()), g.selector() == null ? null : matcher(g.selector()),
            exprs.compile(g.when()), opt(g.amount()), opt(g.quantity()), template(g.text())));
      } else if (d instanceof Decl.Package p) {
        List<Rules.PackageInclude> includes = new ArrayList<>();
        for (Decl.PackageItem i : p.includes()) includes.add(new Rules.PackageInclude(matcher(i.selector()), opt(i.upTo())));
        List<Rules.Matcher> excludes = new ArrayList<>();
        for (Selector s : p.excludes()) excludes.add(matcher(s));
        GlosaSpec included = glosa(p.glosa());
        Map<ItemKind, GlosaSpec> byKind = null;
        if (Tiss.GLOSA_PACKAGE_PROCEDURE.equals(included.code())) {
          byKind = new java.util.EnumMap<>(ItemKind.class);
          for (ItemKind k : ItemKind.values()) {
            byKind.put(k, k == ItemKind.PROCEDURE ? included : glosaByCode(Tiss.packageGlosaFor(k)));
          }
        }
        packages.add(new Rules.Package(ref, p.code(), p.description(), exprs.compile(p.price()), includes, excludes,
            included, template(p.text()), byKind));
      } else if (d instanceof Decl.Check c) {
        List<String> fields = new ArrayList<>();
        String condition = convenio.syntax.AstPrinter.expr(c.when());
        for (String f : List.of("billing_type", "discharge_reason")) {
          if (Pattern.compile("\\b" + f + "\\b").matcher(condition).find()) fields.add(f);
        }
        checks.add(new Rules.Check(ref, c.name(), exprs.compile(c.when()), template(c.critique()), c.code(), fields));
      }
    }
    ContractRules rules = new ContractRules(rounding, h.payContractWhenBelow(), excess, excessRef, unpriced,
        unpricedRef, names.holidays, packages, prices, participations, adjusts, routes, requires, limits, duplicates,
        glosaRules, checks, null, new RuleRef("rounding " + rounding.mode().name().toLowerCase() + " to cents per "
            + (rounding.perItem() ? "item" : "operation"), h.span().pos(), null),
        h.effectiveFrom(), h.effectiveTo(), new RuleRef("effective " + h.effectiveFrom()
            + (h.effectiveTo() == null ? "" : " .. " + h.effectiveTo()),
            (h.effectiveSpan() == null ? h.span() : h.effectiveSpan()).pos(), null));
    ContractInfo info = new ContractInfo(h.id() != null ? h.id() : h.name(), h.name(), h.version(), h.operatorAns(),
        h.providerKind(), h.providerId(), h.effectiveFrom(), h.effectiveTo(), h.operatorName(), h.operatorCnpj(),
        recursoPrazo(h));
    boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
    return new Output(failed ? null : rules, info, constants(rounding), diagnostics);
  }

  /** The recurso prazos of the header's first clause (the checker refuses a second, and days not whole). */
  private static convenio.model.RecursoPrazo recursoPrazo(Header.Contract h) {
    if (h.recursoPrazos().isEmpty()) return null;
    convenio.syntax.RecursoPrazoClause r = h.recursoPrazos().get(0);
    try {
      int days = r.recursoDays().value().intValueExact();
      // Unless the contract says otherwise, the answer prazo equals the recurso prazo (ANS RN 503/2022, art. 4).
      int answer = r.answerDays() == null ? days : r.answerDays().value().intValueExact();
      return new convenio.model.RecursoPrazo(days, answer, r.span().pos());
    } catch (ArithmeticException | IllegalArgumentException notWholeDays) {
      return null; // the checker has said where
    }
  }

  /**
   * The value of every {@code let} that does not depend on an item (the REPL shows them): money in cents with the
   * contract's rounding, other values as the runtime holds them (numbers, percentages, texts, dates, sets).
   */
  private Map<String, Object> constants(Rounding rounding) {
    Map<String, Object> out = new TreeMap<>();
    Scope none = new Scope(rounding, names.holidays);
    for (Decl.Let let : names.lets.values()) {
      try {
        Object v = quiet(new Expr.Name(0, let.span(), let.name())).eval(none);
        out.put(let.name(), v instanceof ExactMoney m ? rounding.cents(m) : v);
      } catch (RuntimeException dependsOnTheItem) {
        // not a constant: it is evaluated per item
      }
    }
    return Collections.unmodifiableMap(out);
  }

  // ---- tables ----

  private Map<String, TableFamily> tables(TableLoader.Result loaded) {
    Map<String, TableFamily> families = new HashMap<>();
    for (Map.Entry<String, List<Decl.Table>> e : names.tables.entrySet()) {
      List<TableVersion> versions = new ArrayList<>();
      for (Decl.Table t : e.getValue()) {
        LoadedTable lt = loaded.tables().get(t);
        if (lt == null) continue;
        String[] columns = new String[lt.columns().size()];
        for (int i = 0; i < columns.length; i++) columns[i] = lt.columns().get(i).name();
        TableColumns byColumn = lt.byColumn(); // an artifact's table: its columns go in as they were decoded
        versions.add(byColumn == null
            ? new TableVersion(t.name(), t.version(), t.tissType(), t.effectiveFrom(), t.effectiveTo(),
                t.congenere(), lt.file(), columns, lt.keys(), lt.cells(), lt.lines())
            : TableVersion.ofColumns(t.name(), t.version(), t.tissType(), t.effectiveFrom(), t.effectiveTo(),
                t.congenere(), lt.file(), columns, lt.keys(), byColumn.codes(), byColumn.codeWidth(),
                byColumn.data(), byColumn.empty(), lt.lines()));
      }
      families.put(e.getKey(), new TableFamily(e.getKey(), versions));
    }
    return families;
  }

  // ---- selectors ----

  private Rules.Matcher matcher(Selector s) {
    var kinds = s.kinds().isEmpty() ? EnumSet.allOf(ItemKind.class) : EnumSet.copyOf(s.kinds());
    CodeMatcher codes = null;
    if (s.filter() instanceof Selector.SingleCode c) {
      codes = new CodeMatcher(Set.of(c.code()), List.of(), List.of());
    } else if (s.filter() instanceof Selector.CodeSet c) {
      codes = exprs.codeSet(c);
    } else if (s.filter() instanceof Selector.GroupRef g) {
      codes = exprs.group(g.name(), g.span());
    }
    TableFamily table = s.table() == null ? null : exprs.table(s.table(), s.span());
    return new Rules.Matcher(kinds, codes, table, s.tissTable(), s.congenere());
  }


  private Rules.Routes routes(RuleRef ref, Decl.Routes r) {
    Decl.Schedule s = r.inline();
    if (s == null) {
      s = names.schedules.get(r.scheduleName());
      if (s == null) {
        diagnostics.add(Diagnostic.error("compile", r.span(), M.text("schedule.unknown", r.scheduleName()),
            M.text("schedule.unknown.hint")));
        s = new Decl.Schedule(r.span(), null, List.of(), null, List.of(), null);
      }
    }
    return new Rules.Routes(ref, new Rules.Schedule(s.same(), s.sameThen(), s.different(), s.differentThen()),
        r.selector() == null ? null : matcher(r.selector()), exprs.compile(r.orderBy()), r.descending(),
        r.repeatedAsDifferent() == null ? null : exprs.codeSet(r.repeatedAsDifferent()),
        r.anotherTeam() == null ? null : exprs.codeSet(r.anotherTeam()),
        r.sameGlosa() == null ? glosaByCode(Tiss.GLOSA_SAME_ROUTE) : glosa(r.sameGlosa()),
        r.differentGlosa() == null ? glosaByCode(Tiss.GLOSA_DIFFERENT_ROUTE) : glosa(r.differentGlosa()),
        r.otherGuideGlosa() == null ? glosaByCode(Tiss.GLOSA_ROUTE_OTHER_GUIDE) : glosa(r.otherGuideGlosa()));
  }

  // ---- glosas and texts ----

  private GlosaSpec glosa(GlosaRef ref) {
    if (ref.isCode()) return glosaByCode(ref.text());
    Decl.Justification j = names.justifications.get(ref.text());
    if (j == null) {
      diagnostics.add(Diagnostic.error("compile", ref.span(), M.text("justification.unknown", ref.text()),
          M.text("justification.unknown.hint", ref.text())));
      return GlosaSpec.bare("0000");
    }
    return new GlosaSpec(j.name(), j.code(), j.group(), template(j.text()));
  }

  private GlosaSpec glosaByCode(String code) {
    Decl.Justification j = names.justificationsByCode.get(code);
    if (j == null) {
      // Not declared by the contract: the group std.tiss.glosas gives the code (else the built-in fallback group) and,
      // since no justification was declared, the text "Glosa CODE".
      StandardJustifications.Entry std = StandardJustifications.of(code);
      return std == null ? GlosaSpec.bare(code) : new GlosaSpec(code, code, std.group(), null);
    }
    return new GlosaSpec(j.name(), j.code(), j.group(), template(j.text()));
  }

  private Template template(String text) {
    if (text == null) return null;
    List<Object> parts = new ArrayList<>();
    Matcher m = HOLE.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) parts.add(text.substring(last, m.start()));
      String[] path = m.group(1).split("\\.");
      Expr e = new Expr.Name(0, Span.NONE, path[0]);
      for (int i = 1; i < path.length; i++) e = new Expr.Member(0, Span.NONE, e, path[i]);
      parts.add(new Template.Hole(m.group(1), quiet(e)));
      last = m.end();
    }
    if (last < text.length()) parts.add(text.substring(last));
    return new Template(parts);
  }

  /** A hole naming something unknown stays as written in the text; it is not a compile error. */
  private Eval quiet(Expr e) {
    int before = diagnostics.size();
    Eval eval = exprs.compile(e);
    while (diagnostics.size() > before) diagnostics.remove(diagnostics.size() - 1);
    return eval;
  }

  private Eval opt(Expr e) {
    return e == null ? null : exprs.compile(e);
  }

  // ---- places ----

  private RuleRef ref(Span span) {
    return new RuleRef(text(span), span.pos(), span.clause());
  }

  /** The first line of a declaration as written, for the trace ("price procedure \"10101012\" = R$ 180,00"). */
  private String text(Span span) {
    String[] lines = sourceLines.computeIfAbsent(span.file(), f -> {
      SourceFile s = program.sources().get(f);
      return s == null ? new String[0] : s.text().split("\r?\n", -1);
    });
    if (span.line() < 1 || span.line() > lines.length) return span.toString();
    String line = lines[span.line() - 1];
    int from = Math.min(Math.max(0, span.column() - 1), line.length());
    String t = line.substring(from).strip();
    int comment = t.indexOf("//");
    if (comment > 0) t = t.substring(0, comment).strip();
    return t.length() > 120 ? t.substring(0, 117) + "…" : t;
  }

  /**
   * The value of a {@code let} of a program without errors, as the contract's rules would see it. For the REPL, which
   * evaluates what is typed at the prompt as {@code let __repl = …} (lets are otherwise compiled only when a rule uses
   * them). Tables are looked up on {@code day} (null: a table lookup fails, as it depends on the item's date). Throws
   * a RuntimeException (an {@link convenio.runtime.EvalException}) when the value depends on an item.
   */
  public static Object constant(Program program, TableLoader.Result tables, String name, LocalDate day) {
    Compiler c = new Compiler(program);
    Header.Contract h = program.main() != null && program.main().header() instanceof Header.Contract x ? x : null;
    Rounding rounding = new Rounding(h == null || h.rounding() == null ? RoundingMode.HALF_UP : h.rounding(),
        h == null || h.perItem());
    c.exprs = new ExprCompiler(c.names, c.tables(tables), rounding, c.diagnostics);
    Eval e = c.exprs.compile(new Expr.Name(0, Span.NONE, name));
    return e.eval(new Scope(rounding, c.names.holidays).on(day));
  }
}
