package convenio.compile;

import convenio.diagnostics.Diagnostic;
import convenio.model.Money;
import convenio.runtime.CodeMatcher;
import convenio.runtime.ColumnRead;
import convenio.runtime.Containers;
import convenio.runtime.Eval;
import convenio.runtime.EvalException;
import convenio.runtime.ExactMoney;
import convenio.runtime.ItemNames;
import convenio.runtime.Located;
import convenio.runtime.Rounding;
import convenio.runtime.Row;
import convenio.runtime.Scope;
import convenio.runtime.TableFamily;
import convenio.runtime.RuleValues;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Operator;
import convenio.syntax.Selector;
import convenio.syntax.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expressions → closures, once. Names are resolved here (item names, lets, tables, maps, groups), literals become
 * runtime values, and constant sub-trees (lets, literal sets and ranges, maps) are evaluated at compile time.
 */
final class ExprCompiler {
  private final GlobalNames names;
  private final Map<String, TableFamily> tables;
  private final Rounding rounding;
  private final List<Diagnostic> diagnostics;
  private final Map<String, Eval> lets = new HashMap<>();
  private final Map<String, Containers.MapValue> maps = new HashMap<>();
  private final Map<String, CodeMatcher> groups = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();

  ExprCompiler(GlobalNames names, Map<String, TableFamily> tables, Rounding rounding, List<Diagnostic> diagnostics) {
    this.names = names;
    this.tables = tables;
    this.rounding = rounding;
    this.diagnostics = diagnostics;
  }

  TableFamily table(String name, Span at) {
    TableFamily t = tables.get(name);
    if (t == null) error(at, "there is no table " + name);
    return t;
  }

  /**
   * The expression's closure. Every one that can fail keeps its place ({@link Located}), so that a runtime error
   * points at the sub-expression that failed; constants cannot fail and are left bare.
   */
  Eval compile(Expr e) {
    Eval node = node(e);
    return node instanceof Constant ? node : new Located(node, e.span().pos());
  }

  private Eval node(Expr e) {
    if (e instanceof Expr.Literal l) return constant(literal(l.value()));
    if (e instanceof Expr.Name n) return name(n);
    if (e instanceof Expr.Member m) return member(m);
    if (e instanceof Expr.Index i) return index(i);
    if (e instanceof Expr.Unary u) {
      Eval x = compile(u.operand());
      if (u.op() == Operator.PLUS) return x;
      return s -> RuleValues.multiply(x.eval(s), BigDecimal.ONE.negate(), rounding);
    }
    if (e instanceof Expr.Not n) {
      Eval x = compile(n.operand());
      return s -> !RuleValues.truth(x.eval(s), "eval.where.not");
    }
    if (e instanceof Expr.Binary b) return fold(binary(b));
    if (e instanceof Expr.In in) {
      Eval v = compile(in.value());
      Eval c = compile(in.container());
      boolean neg = in.negated();
      return s -> RuleValues.in(v.eval(s), c.eval(s)) != neg;
    }
    if (e instanceof Expr.If i) {
      Eval c = compile(i.condition());
      Eval t = compile(i.then());
      Eval o = compile(i.otherwise());
      return s -> RuleValues.truth(c.eval(s), "eval.where.if") ? t.eval(s) : o.eval(s);
    }
    if (e instanceof Expr.SetOf set) {
      List<Eval> elements = new ArrayList<>();
      for (Expr x : set.elements()) elements.add(compile(x));
      return fold(s -> {
        List<Object> vs = new ArrayList<>(elements.size());
        for (Eval x : elements) vs.add(x.eval(s));
        return new Containers.SetValue(vs);
      });
    }
    if (e instanceof Expr.Range r) {
      return constant(new Containers.RangeValue(literal(r.from().value()), literal(r.to().value())));
    }
    if (e instanceof Expr.Call c) return call(c);
    error(e.span(), "this expression is not supported here");
    return failing("unsupported expression");
  }

  private static Object literal(Object v) {
    return v instanceof Money m ? ExactMoney.of(m) : v;
  }

  /** A value known at compile time; money also in millionths of a real ({@link ScaledNodes}). */
  private record Constant(Object value, long micros) implements Eval {
    @Override
    public Object eval(Scope scope) {
      return value;
    }

    @Override
    public long micros(Scope scope) {
      return micros;
    }
  }

  private static Eval constant(Object v) {
    return new Constant(v, ScaledNodes.micros(v));
  }

  private static Object constantValue(Eval e) {
    return e instanceof Constant c ? c.value() : null;
  }

  /**
   * Evaluates once at compile time when nothing in it depends on the item ({@code 1 + 15%}, {@code uco * 2}): an
   * evaluation with no account, guide or item fails as soon as it needs one.
   */
  private Eval fold(Eval e) {
    if (e instanceof Constant) return e;
    try {
      return constant(e.eval(new Scope(rounding, Set.of())));
    } catch (RuntimeException dependsOnTheItem) {
      return e;
    }
  }

  private Eval failing(String message) {
    return s -> {
      throw new EvalException(message);
    };
  }

  private void error(Span at, String message) {
    diagnostics.add(Diagnostic.error("compile", at, message, null));
  }

  // ---- names ----

  private Eval name(Expr.Name n) {
    String name = n.name();
    Eval item = ItemNames.of(name);
    if (item != null) return item;
    if (names.lets.containsKey(name)) return let(names.lets.get(name));
    if (tables.containsKey(name)) return constant(tables.get(name));
    if (names.maps.containsKey(name)) return constant(map(names.maps.get(name)));
    if (names.groups.containsKey(name)) return constant(group(name, n.span()));
    error(n.span(), "unknown name " + name);
    return failing("unknown name " + name);
  }

  private Eval let(Decl.Let let) {
    Eval done = lets.get(let.name());
    if (done != null) return done;
    if (!resolving.add(let.name())) {
      error(let.span(), "let " + let.name() + " is defined in terms of itself");
      return failing("circular let " + let.name());
    }
    Eval e = fold(compile(let.value()));
    resolving.remove(let.name());
    lets.put(let.name(), e);
    return e;
  }

  Containers.MapValue map(Decl.MapDecl m) {
    Containers.MapValue done = maps.get(m.name());
    if (done != null) return done;
    if (!resolving.add("map " + m.name())) {
      error(m.span(), "map " + m.name() + " is defined in terms of itself");
      return new Containers.MapValue(m.name(), Map.of());
    }
    Map<Object, Eval> entries = new LinkedHashMap<>();
    for (Decl.MapEntry entry : m.entries()) {
      Eval v = fold(compile(entry.value()));
      for (Expr.Literal k : entry.keys()) entries.putIfAbsent(RuleValues.key(literal(k.value())), v);
    }
    resolving.remove("map " + m.name());
    // immutable, so a compiled contract can be shared between threads as it is
    Containers.MapValue value = new Containers.MapValue(m.name(), Map.copyOf(entries));
    maps.put(m.name(), value);
    return value;
  }

  CodeMatcher group(String name, Span at) {
    CodeMatcher done = groups.get(name);
    if (done != null) return done;
    Decl.Group g = names.groups.get(name);
    if (g == null) {
      error(at, "there is no group " + name);
      return new CodeMatcher(Set.of(), List.of(), List.of());
    }
    if (!resolving.add("group " + name)) {
      error(at, "group " + name + " contains itself");
      return new CodeMatcher(Set.of(), List.of(), List.of());
    }
    CodeMatcher m = codeSet(g.codes());
    resolving.remove("group " + name);
    groups.put(name, m);
    return m;
  }

  CodeMatcher codeSet(Selector.CodeSet set) {
    Set<String> exact = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    List<String[]> ranges = new ArrayList<>();
    List<CodeMatcher> parts = new ArrayList<>();
    for (Selector.CodeSetItem i : set.items()) {
      if (i.group() != null) parts.add(group(i.group(), i.span()));
      else if (i.isRange()) ranges.add(new String[] {i.from(), i.to()});
      else if (i.isPrefix()) prefixes.add(i.from().substring(0, i.from().length() - 1));
      else exact.add(i.from());
    }
    parts.add(new CodeMatcher(exact, prefixes, ranges));
    return parts.size() == 1 ? parts.get(0) : CodeMatcher.union(parts);
  }

  // ---- members, lookups, operators, functions ----

  private Eval member(Expr.Member m) {
    String col = m.member();
    if (m.target() instanceof Expr.Name n && tables.containsKey(n.name()) && ItemNames.of(n.name()) == null) {
      return new ScaledNodes.Column(tables.get(n.name()), new ColumnRead(col));
    }
    Eval target = compile(m.target());
    ColumnRead read = new ColumnRead(col);
    return s -> {
      Object v = target.eval(s);
      if (v instanceof Row r) return read.of(r);
      if (v instanceof TableFamily t) return read.of(rowOf(s, t));
      throw new EvalException(EvalTexts.M.get("eval.no.field", RuleValues.describe(v), col));
    };
  }

  private static Row rowOf(Scope s, TableFamily t) {
    return s.rowOf(t);
  }

  private Eval index(Expr.Index i) {
    Eval target = compile(i.target());
    Eval key = compile(i.key());
    return s -> {
      Object t = target.eval(s);
      Object k = key.eval(s);
      if (t instanceof TableFamily f) {
        // the version depends on the date: never looked up without one (nor folded at compile time)
        if (s.date() == null) throw new EvalException(EvalTexts.M.get("eval.table.date", f.name()));
        String code = k instanceof BigDecimal d ? d.toPlainString() : k instanceof String str ? str : null;
        if (code == null) throw new EvalException(EvalTexts.M.get("eval.table.key", RuleValues.describe(k)));
        Row r = f.row(code, s.date(), s.congenere());
        if (r == null) throw new EvalException(EvalTexts.M.get("eval.code.not.in.table", code, f.name()));
        return r;
      }
      if (t instanceof Containers.MapValue m) return m.get(k, s);
      throw new EvalException(EvalTexts.M.get("eval.lookup", RuleValues.format(k), RuleValues.describe(t)));
    };
  }

  private Eval binary(Expr.Binary b) {
    Eval l = compile(b.left());
    Eval r = compile(b.right());
    return switch (b.op()) {
      case ADD -> new ScaledNodes.Plus(l, r, rounding, false);
      case SUB -> new ScaledNodes.Plus(l, r, rounding, true);
      case MUL -> new ScaledNodes.Times(l, r, constantValue(l), constantValue(r), rounding);
      case DIV -> s -> RuleValues.divide(l.eval(s), r.eval(s), rounding);
      case OF -> s -> RuleValues.of(l.eval(s), r.eval(s), rounding);
      case AND -> s -> RuleValues.truth(l.eval(s), "eval.where.and.left") && RuleValues.truth(r.eval(s), "eval.where.and.right");
      case OR -> s -> RuleValues.truth(l.eval(s), "eval.where.or.left") || RuleValues.truth(r.eval(s), "eval.where.or.right");
      case EQ -> s -> equal(l.eval(s), r.eval(s));
      case NE -> s -> !equal(l.eval(s), r.eval(s));
      case LT -> s -> RuleValues.compare(l.eval(s), r.eval(s), "<") < 0;
      case LE -> s -> RuleValues.compare(l.eval(s), r.eval(s), "<=") <= 0;
      case GT -> s -> RuleValues.compare(l.eval(s), r.eval(s), ">") > 0;
      case GE -> s -> RuleValues.compare(l.eval(s), r.eval(s), ">=") >= 0;
      case NEGATE, PLUS -> throw new IllegalStateException(b.op() + " is not a binary operator");
    };
  }

  /** {@code character is urgency} where the name holds several codes means membership. */
  private static boolean equal(Object a, Object b) {
    if (b instanceof RuleValues.Container || b instanceof CodeMatcher) return RuleValues.in(a, b);
    return RuleValues.same(a, b);
  }

  /** {@code round(v, scale)}: money or a number, with the contract's rounding mode. */
  static Object round(Object v, int scale, Rounding rounding) {
    if (v instanceof ExactMoney m) return new ExactMoney(m.reais().setScale(scale, rounding.mode()));
    if (v instanceof BigDecimal d) return d.setScale(scale, rounding.mode());
    throw new EvalException(EvalTexts.M.get("eval.round", RuleValues.describe(v)));
  }

  private Eval call(Expr.Call c) {
    List<Eval> args = new ArrayList<>();
    String fn = c.function();
    if (fn.equals("exists") && c.args().size() == 1 && c.args().get(0) instanceof Expr.Index idx) {
      Eval lookup = index(idx);
      return s -> {
        try {
          lookup.eval(s);
          return true;
        } catch (EvalException missing) {
          return false;
        }
      };
    }
    for (Expr a : c.args()) args.add(compile(a));
    switch (fn) {
      case "min", "max" -> {
        if (args.isEmpty()) break;
        boolean min = fn.equals("min");
        return s -> {
          Object best = args.get(0).eval(s);
          for (int i = 1; i < args.size(); i++) {
            Object v = args.get(i).eval(s);
            int cmp = RuleValues.compare(v, best, fn);
            if (min ? cmp < 0 : cmp > 0) best = v;
          }
          return best;
        };
      }
      case "round" -> {
        if (args.isEmpty() || args.size() > 2) break;
        Eval x = args.get(0);
        if (args.size() == 1) return new ScaledNodes.Round(x, rounding);
        Eval n = args.get(1);
        return s -> round(x.eval(s), ((BigDecimal) n.eval(s)).intValueExact(), rounding);
      }
      case "guide_max" -> {
        if (args.size() != 1) break;
        Eval x = args.get(0);
        String what = convenio.syntax.AstPrinter.expr(c.args().get(0));
        return s -> {
          Object best = null;
          for (Object v : s.overOtherProcedures(x)) {
            if (best == null || RuleValues.compare(v, best, fn) > 0) best = v;
          }
          if (best == null) throw new EvalException(EvalTexts.M.get("eval.guide.max", what));
          return best;
        };
      }
      case "contains" -> {
        if (args.size() != 2) break;
        return s -> RuleValues.in(args.get(1).eval(s), args.get(0).eval(s));
      }
      default -> { }
    }
    error(c.span(), "there is no function " + fn + " with " + args.size() + " argument(s)");
    return failing("unknown function " + fn);
  }
}
