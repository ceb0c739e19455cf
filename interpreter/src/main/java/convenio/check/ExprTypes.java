package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.diagnostics.Suggestions;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.syntax.AstPrinter;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the type of every expression, bottom-up, and reports type and unit errors with what to write instead. Types
 * are kept beside the tree, by file and expression id, never written into it. An expression whose part is already
 * wrong gets {@link Type#UNKNOWN}, which fits everywhere, so one mistake is reported once.
 */
final class ExprTypes {
  private static final Messages M = Messages.of(ExprTypes.class, "convenio.check.messages");
  private final Symbols symbols;
  private final Diagnostics out;
  private final SourceText source;
  private final Map<String, Map<Integer, Type>> types = new HashMap<>();
  private final Map<String, Type> letTypes = new HashMap<>();
  private final List<String> letsInProgress = new ArrayList<>();
  private final Map<String, Type> mapTypes = new HashMap<>();
  private final Functions functions;
  private final OperatorTypes operators;

  ExprTypes(Symbols symbols, Diagnostics out, SourceText source) {
    this.symbols = symbols;
    this.out = out;
    this.source = source;
    this.functions = new Functions(this, symbols, out);
    this.operators = new OperatorTypes(this, out);
  }

  /** The side table: type by expression id, for one file. */
  Map<Integer, Type> typesOf(String file) {
    return types.getOrDefault(file, Map.of());
  }

  /** Infers and, when the result is not what the place needs, says so: {@code what} names the place. */
  Type expect(Expr e, NameScope scope, Type expected, Object what) {
    Type t = infer(e, scope);
    if (t == Type.UNKNOWN || Type.compatible(t, expected)) return t;
    String code = t == Type.MONEY || expected == Type.MONEY ? "unit" : "type";
    out.add(Diagnostic.error(code, e.span(), M.text("expect.mismatch", what, expected.describe(), t.describe()),
        expectHint(e, t, expected)));
    return Type.UNKNOWN;
  }

  private Text expectHint(Expr e, Type got, Type expected) {
    String x = text(e);
    if (expected == Type.BOOLEAN) {
      if (got == Type.MONEY) return M.text("expect.hint.compare.money", x);
      if (Type.numeric(got)) return M.text("expect.hint.compare.number", x);
      if (got == Type.TEXT) return M.text("expect.hint.compare.text", x);
      return M.text("expect.hint.condition");
    }
    if (expected == Type.MONEY) {
      if (got == Type.PERCENT) return M.text("expect.hint.percent.of", x);
      if (got == Type.NUMBER) return M.text("expect.hint.number.money", x);
      if (got == Type.TEXT && e instanceof Expr.Literal) return M.text("expect.hint.money.quotes");
    }
    if (expected == Type.NUMBER) {
      if (got == Type.MONEY) return M.text("expect.hint.count");
      if (got == Type.TEXT && e instanceof Expr.Literal l) return M.text("expect.hint.unquote", l.value());
    }
    return null;
  }

  Type infer(Expr e, NameScope scope) {
    Type t = compute(e, scope);
    types.computeIfAbsent(e.span().file(), f -> new HashMap<>()).put(e.id(), t);
    return t;
  }

  private Type compute(Expr e, NameScope s) {
    if (e instanceof Expr.Literal l) return literal(l.value());
    if (e instanceof Expr.Name n) return name(n.name(), n.span(), s, true);
    if (e instanceof Expr.Member m) return member(m, s);
    if (e instanceof Expr.Index i) return index(i, s);
    if (e instanceof Expr.Unary u) {
      Type t = infer(u.operand(), s);
      if (t == Type.UNKNOWN || t == Type.MONEY || Type.numeric(t)) return t;
      return mismatch(u, "type", M.text("unary.operand", u.op().symbol, text(u.operand()), t.describe()), null);
    }
    if (e instanceof Expr.Binary b) return operators.binary(b, s);
    if (e instanceof Expr.In in) return operators.in(in, s);
    if (e instanceof Expr.Not n) {
      condition(n.operand(), s, M.text("ctx.not"));
      return Type.BOOLEAN;
    }
    if (e instanceof Expr.If i) {
      condition(i.condition(), s, M.text("ctx.if"));
      Type a = infer(i.then(), s), b = infer(i.otherwise(), s);
      if (!Type.compatible(a, b)) {
        return mismatch(i, a == Type.MONEY || b == Type.MONEY ? "unit" : "type", M.text("if.branches",
            text(i.then()), a.describe(), text(i.otherwise()), b.describe()), M.text("if.branches.hint"));
      }
      return Type.join(a, b);
    }
    if (e instanceof Expr.Call c) return call(c, s);
    if (e instanceof Expr.SetOf set) {
      Type element = Type.UNKNOWN;
      for (Expr x : set.elements()) {
        Type t = infer(x, s);
        if (!Type.compatible(element, t)) {
          mismatch(x, "type", M.text("set.kinds", text(x), t.describe(), element.describe()),
              t == Type.NUMBER ? M.text("hint.codes.quoted") : null);
          continue;
        }
        element = Type.join(element, t);
      }
      return new Type.SetOf(element);
    }
    if (e instanceof Expr.Range r) {
      Type a = infer(r.from(), s), b = infer(r.to(), s);
      if (!Type.compatible(a, b)) {
        return mismatch(r, "type", M.text("range.kinds", a.describe(), b.describe()), null);
      }
      return new Type.RangeOf(Type.join(a, b));
    }
    return Type.UNKNOWN;
  }

  static Type literal(Object v) {
    if (v instanceof Money) return Type.MONEY;
    if (v instanceof Percent) return Type.PERCENT;
    if (v instanceof BigDecimal) return Type.NUMBER;
    if (v instanceof LocalDate) return Type.DATE;
    if (v instanceof LocalTime) return Type.TIME;
    if (v instanceof String) return Type.TEXT;
    if (v instanceof Boolean) return Type.BOOLEAN;
    return Type.UNKNOWN;
  }

  static Type column(Decl.ColumnType c) {
    return switch (c) {
      case MONEY -> Type.MONEY;
      case PERCENT -> Type.PERCENT;
      case NUMBER -> Type.NUMBER;
      case TEXT, CODE -> Type.TEXT;
      case DATE -> Type.DATE;
      case TIME -> Type.TIME;
      case BOOLEAN -> Type.BOOLEAN;
    };
  }

  // ---- names ----

  /** What a name is in a scope; reports an unknown one (with suggestions) when {@code report}, else returns null. */
  Type name(String name, Span at, NameScope s, boolean report) {
    Type builtin = s.names().get(name);
    if (builtin != null) return builtin;
    if (s.rows().contains(name)) return new Type.Row(name);
    if (symbols.lets.containsKey(name)) return letType(name);
    if (symbols.maps.containsKey(name)) return mapType(name);
    if (symbols.tables.containsKey(name)) return new Type.TableRef(name);
    if (symbols.groups.containsKey(name)) return new Type.SetOf(Type.TEXT);
    if (!report) return null;
    if (symbols.schedules.containsKey(name)) {
      out.add(Diagnostic.error("type", at, M.text("name.schedule", name), M.text("name.schedule.hint", name)));
    } else if (RuleNames.isBuiltin(name)) {
      Text where = s.kind() == RuleNames.Kind.CONSTANT ? M.text("name.unavailable.constant")
          : M.text("name.unavailable.kind", s.kind().words());
      out.add(Diagnostic.error("unknown-name", at, M.text("name.unavailable", name, where),
          M.text("name.unavailable.hint", name, RuleNames.whereAvailable(name))));
    } else {
      Set<String> known = new LinkedHashSet<>(s.names().keySet());
      known.addAll(s.rows());
      known.addAll(symbols.valueNames());
      for (String g : symbols.groups.keySet()) if (g.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) known.add(g);
      Text hint = Suggestions.didYouMeanText(name, known);
      List<String> elsewhere = Suggestions.closest(name, RuleNames.all());
      if (hint == null && !elsewhere.isEmpty()) {
        hint = M.text("name.unknown.elsewhere", elsewhere.get(0), RuleNames.whereAvailable(elsewhere.get(0)));
      } else if (hint == null && s.kind() == RuleNames.Kind.CONSTANT) {
        hint = M.text("name.unknown.hint.let", name);
      } else if (hint == null) {
        hint = M.text("name.unknown.hint");
      }
      out.add(Diagnostic.error("unknown-name", at, M.text("name.unknown", name), hint));
    }
    return Type.UNKNOWN;
  }

  Type letType(String name) {
    Type known = letTypes.get(name);
    if (known != null) return known;
    Decl.Let let = symbols.lets.get(name);
    int at = letsInProgress.indexOf(name);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(letsInProgress.subList(at, letsInProgress.size()));
      cycle.add(name);
      out.add(Diagnostic.error("cycle", let.span(), M.text("let.cycle", name, String.join(" → ", cycle)),
          M.text("let.cycle.hint")));
      letTypes.put(name, Type.UNKNOWN);
      return Type.UNKNOWN;
    }
    letsInProgress.add(name);
    Type t = infer(let.value(), NameScope.of(RuleNames.Kind.CONSTANT));
    letsInProgress.remove(letsInProgress.size() - 1);
    letTypes.putIfAbsent(name, t);
    return letTypes.get(name);
  }

  Type mapType(String name) {
    Type known = mapTypes.get(name);
    if (known != null) return known;
    Decl.MapDecl map = symbols.maps.get(name);
    mapTypes.put(name, new Type.MapOf(name, Type.UNKNOWN, Type.UNKNOWN));
    Type key = Type.UNKNOWN, value = Type.UNKNOWN;
    Set<String> seen = new HashSet<>();
    for (Decl.MapEntry entry : map.entries()) {
      for (Expr.Literal k : entry.keys()) {
        Type t = infer(k, NameScope.of(RuleNames.Kind.CONSTANT));
        if (!Type.compatible(key, t)) {
          mismatch(k, "type", M.text("map.keys", name, Type.plural(key), text(k), t.describe()), null);
        } else {
          key = Type.join(key, t);
        }
        if (k.value() != null && !seen.add(String.valueOf(k.value()))) {
          out.add(Diagnostic.error("duplicate", k.span(), M.text("map.key.twice", text(k), name),
              M.text("map.key.twice.hint")));
        }
      }
      Type v = infer(entry.value(), NameScope.of(RuleNames.Kind.CONSTANT));
      if (!Type.compatible(value, v)) {
        mismatch(entry.value(), v == Type.MONEY || value == Type.MONEY ? "unit" : "type", M.text("map.values", name,
            Type.plural(value), text(entry.value()), v.describe()), null);
      } else {
        value = Type.join(value, v);
      }
    }
    Type t = new Type.MapOf(name, key, value);
    mapTypes.put(name, t);
    return t;
  }

  /** Column types of a table across its versions (a column missing from one version is empty there). */
  Map<String, Decl.ColumnType> columns(String table) {
    Map<String, Decl.ColumnType> cols = new LinkedHashMap<>();
    for (Decl.Table version : symbols.tables.getOrDefault(table, List.of())) {
      for (Decl.Column c : version.columns()) cols.putIfAbsent(c.name(), c.type());
    }
    return cols;
  }

  private Type member(Expr.Member m, NameScope s) {
    Type target = infer(m.target(), s);
    if (target == Type.UNKNOWN) return Type.UNKNOWN;
    String table = target instanceof Type.Row r ? r.table() : target instanceof Type.TableRef t ? t.table() : null;
    if (table == null) {
      return mismatch(m, "type", M.text("member.not.row", text(m.target()), target.describe(), m.member()),
          M.text("member.not.row.hint"));
    }
    if (target instanceof Type.TableRef && s.kind() != RuleNames.Kind.ROUTES) {
      return mismatch(m, "unknown-name", M.text("member.unbound", table),
          M.text("member.unbound.hint", table, m.member()));
    }
    Map<String, Decl.ColumnType> cols = columns(table);
    Decl.ColumnType col = cols.get(m.member());
    if (col == null) {
      Text hint = Suggestions.didYouMeanText(m.member(), cols.keySet());
      return mismatch(m, "unknown-name", M.text("member.no.column", table, m.member()),
          hint != null ? hint : M.text("member.columns", String.join(", ", cols.keySet())));
    }
    return column(col);
  }

  private Type index(Expr.Index i, NameScope s) {
    Type target = infer(i.target(), s);
    Type key = infer(i.key(), s);
    if (target == Type.UNKNOWN) return Type.UNKNOWN;
    if (target instanceof Type.TableRef t) {
      if (!Type.compatible(key, Type.TEXT)) {
        mismatch(i.key(), "type", M.text("index.table.key", text(i.key()), key.describe()),
            key == Type.NUMBER ? M.text("hint.codes.quoted") : null);
      }
      return new Type.Row(t.table());
    }
    if (target instanceof Type.MapOf m) {
      if (!Type.compatible(key, m.key())) {
        mismatch(i.key(), "type", M.text("map.keys", m.name(), Type.plural(m.key()), text(i.key()), key.describe()),
            null);
      } else if (i.key() instanceof Expr.Literal l) {
        literalKey(m.name(), l);
      }
      return m.value();
    }
    return mismatch(i, "type", M.text("index.target", text(i.target()), target.describe()), null);
  }

  /** A key written in the rule must be one of the map's: the lookup would fail for every item. */
  private void literalKey(String map, Expr.Literal key) {
    Decl.MapDecl decl = symbols.maps.get(map);
    if (decl == null) return;
    java.util.Set<Object> keys = new java.util.LinkedHashSet<>();
    for (Decl.MapEntry e : decl.entries()) {
      for (Expr.Literal k : e.keys()) keys.add(mapKey(k.value()));
    }
    Object wanted = mapKey(key.value());
    if (keys.contains(wanted)) return;
    if (convenio.common.SizeLetters.refusedO(wanted, keys)) {
      mismatch(key, "map-key", M.text("map.letter.o", map), M.text("map.letter.o.hint"));
      return;
    }
    List<String> written = new ArrayList<>();
    for (Object k : keys) written.add(k instanceof String t ? "\"" + t + "\"" : String.valueOf(k));
    String hint = wanted instanceof String w ? Suggestions.didYouMean("\"" + w + "\"", written) : null;
    mismatch(key, "map-key", M.text("map.no.entry", map, text(key)), hint != null ? Text.literal(hint)
        : M.text("map.keys.are", String.join(", ", written.size() > 12 ? written.subList(0, 12) : written)
            + (written.size() > 12 ? " …" : "")));
  }

  private static Object mapKey(Object v) {
    return v instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v;
  }

  private Type call(Expr.Call c, NameScope s) {
    List<Type> args = new ArrayList<>();
    if (c.function().equals("guide_max")) {
      // evaluated for each other procedure of the guide, as if it were the item: every table's row is that one's
      java.util.Set<String> rows = new java.util.LinkedHashSet<>(s.rows());
      rows.addAll(symbols.tables.keySet());
      s = new NameScope(s.kind(), s.names(), rows);
    }
    for (Expr a : c.args()) args.add(infer(a, s));
    return functions.call(c, args);
  }

  /** A condition: reports it unless it is true/false. */
  void condition(Expr e, NameScope s, Object what) {
    expect(e, s, Type.BOOLEAN, what);
  }

  Type mismatch(Expr at, String code, Text message, Text hint) {
    out.add(Diagnostic.error(code, at.span(), message, hint));
    return Type.UNKNOWN;
  }

  Type mismatchBoolean(Expr at, String code, Text message, Text hint) {
    out.add(Diagnostic.error(code, at.span(), message, hint));
    return Type.BOOLEAN;
  }

  /** What the analyst wrote, when it is on one line; else the expression in canonical form. */
  String text(Expr e) {
    String s = source.of(e.span());
    return s != null ? s : AstPrinter.expr(e);
  }

}
