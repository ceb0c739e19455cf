package convenio.check;

import convenio.diagnostics.Suggestions;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
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
  private final Symbols symbols;
  private final Diagnostics out;
  private final SourceText source;
  private final Map<String, Map<Integer, Type>> types = new HashMap<>();
  private final Map<String, Type> letTypes = new HashMap<>();
  private final List<String> letsInProgress = new ArrayList<>();
  private final Map<String, Type> mapTypes = new HashMap<>();

  ExprTypes(Symbols symbols, Diagnostics out, SourceText source) {
    this.symbols = symbols;
    this.out = out;
    this.source = source;
  }

  /** The side table: type by expression id, for one file. */
  Map<Integer, Type> typesOf(String file) {
    return types.getOrDefault(file, Map.of());
  }

  /** Infers and, when the result is not what the place needs, says so: {@code what} names the place. */
  Type expect(Expr e, Scope scope, Type expected, String what) {
    Type t = infer(e, scope);
    if (t == Type.UNKNOWN || Type.compatible(t, expected)) return t;
    String code = t == Type.MONEY || expected == Type.MONEY ? "unit" : "type";
    out.add(Diagnostic.error(code, e.span(), what + " must be " + expected.describe() + ", but this is " + t.describe(),
        expectHint(e, t, expected)));
    return Type.UNKNOWN;
  }

  private String expectHint(Expr e, Type got, Type expected) {
    String x = text(e);
    if (expected == Type.BOOLEAN) {
      if (got == Type.MONEY) return "compare it with something: " + x + " > R$ 0,00";
      if (Type.numeric(got)) return "compare it with something: " + x + " > 0";
      if (got == Type.TEXT) return "compare it with a value: " + x + " = \"…\"";
      return "a condition is a comparison or true/false name, e.g. presented > allowed";
    }
    if (expected == Type.MONEY) {
      if (got == Type.PERCENT) return "a percentage of what? write " + x + " of presented, or value * " + x;
      if (got == Type.NUMBER) return "multiply by a money value (" + x + " * uco), or write the amount as R$ 1.234,56";
      if (got == Type.TEXT && e instanceof Expr.Literal) return "write money as R$ 1.234,56, without quotes";
    }
    if (expected == Type.NUMBER) {
      if (got == Type.MONEY) return "this counts units: write a plain number such as 2";
      if (got == Type.TEXT && e instanceof Expr.Literal l) return "remove the quotes: " + l.value();
    }
    return null;
  }

  Type infer(Expr e, Scope scope) {
    Type t = compute(e, scope);
    types.computeIfAbsent(e.span().file(), f -> new HashMap<>()).put(e.id(), t);
    return t;
  }

  private Type compute(Expr e, Scope s) {
    if (e instanceof Expr.Literal l) return literal(l.value());
    if (e instanceof Expr.Name n) return name(n.name(), n.span(), s, true);
    if (e instanceof Expr.Member m) return member(m, s);
    if (e instanceof Expr.Index i) return index(i, s);
    if (e instanceof Expr.Unary u) {
      Type t = infer(u.operand(), s);
      if (t == Type.UNKNOWN || t == Type.MONEY || Type.numeric(t)) return t;
      return mismatch(u, "type", "'" + u.op() + "' needs a number, a percentage or money, but " + text(u.operand())
          + " is " + t.describe(), null);
    }
    if (e instanceof Expr.Binary b) return binary(b, s);
    if (e instanceof Expr.In in) return in(in, s);
    if (e instanceof Expr.Not n) {
      condition(n.operand(), s, "the operand of 'not'");
      return Type.BOOLEAN;
    }
    if (e instanceof Expr.If i) {
      condition(i.condition(), s, "the condition of 'if'");
      Type a = infer(i.then(), s), b = infer(i.otherwise(), s);
      if (!Type.compatible(a, b)) {
        return mismatch(i, a == Type.MONEY || b == Type.MONEY ? "unit" : "type", "the two branches of 'if' differ: "
            + text(i.then()) + " is " + a.describe() + ", " + text(i.otherwise()) + " is " + b.describe(),
            "both branches must give the same kind of value");
      }
      return Type.join(a, b);
    }
    if (e instanceof Expr.Call c) return call(c, s);
    if (e instanceof Expr.SetOf set) {
      Type element = Type.UNKNOWN;
      for (Expr x : set.elements()) {
        Type t = infer(x, s);
        if (!Type.compatible(element, t)) {
          mismatch(x, "type", "a set holds values of one kind: " + text(x) + " is " + t.describe() + ", the ones before are "
              + element.describe(), t == Type.NUMBER ? "codes are texts: write them in quotes" : null);
          continue;
        }
        element = Type.join(element, t);
      }
      return new Type.SetOf(element);
    }
    if (e instanceof Expr.Range r) {
      Type a = infer(r.from(), s), b = infer(r.to(), s);
      if (!Type.compatible(a, b)) {
        return mismatch(r, "type", "a range goes from one kind of value to the same kind: " + a.describe() + " .. "
            + b.describe(), null);
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
  Type name(String name, Span at, Scope s, boolean report) {
    Type builtin = s.names().get(name);
    if (builtin != null) return builtin;
    if (s.rows().contains(name)) return new Type.Row(name);
    if (symbols.lets.containsKey(name)) return letType(name);
    if (symbols.maps.containsKey(name)) return mapType(name);
    if (symbols.tables.containsKey(name)) return new Type.TableRef(name);
    if (symbols.groups.containsKey(name)) return new Type.SetOf(Type.TEXT);
    if (!report) return null;
    if (symbols.schedules.containsKey(name)) {
      out.add(Diagnostic.error("type", at, name + " is a route schedule, not a value",
          "a schedule is used by a routes rule: routes " + name + " …"));
    } else if (RuleNames.isBuiltin(name)) {
      String where = s.kind() == RuleNames.Kind.CONSTANT ? "a constant of the contract cannot use it"
          : "it is not available in " + s.kind().words;
      out.add(Diagnostic.error("unknown-name", at, "'" + name + "' is not available here: " + where,
          "'" + name + "' can be used " + RuleNames.whereAvailable(name)));
    } else {
      Set<String> known = new LinkedHashSet<>(s.names().keySet());
      known.addAll(s.rows());
      known.addAll(symbols.valueNames());
      for (String g : symbols.groups.keySet()) if (g.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) known.add(g);
      String hint = Suggestions.didYouMean(name, known);
      List<String> elsewhere = Suggestions.closest(name, RuleNames.all());
      if (hint == null && !elsewhere.isEmpty()) {
        hint = "did you mean " + elsewhere.get(0) + "? it is available " + RuleNames.whereAvailable(elsewhere.get(0));
      } else if (hint == null && s.kind() == RuleNames.Kind.CONSTANT) {
        hint = "declare it with let " + name + " = …, or import the module that declares it";
      } else if (hint == null) {
        hint = "declare it with let, or import the module that declares it (std.tiss.dominios names TISS codes)";
      }
      out.add(Diagnostic.error("unknown-name", at, "unknown name '" + name + "'", hint));
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
      out.add(Diagnostic.error("cycle", let.span(), "let " + name + " is defined in terms of itself: "
          + String.join(" → ", cycle), "a constant must be computable from literals and other constants"));
      letTypes.put(name, Type.UNKNOWN);
      return Type.UNKNOWN;
    }
    letsInProgress.add(name);
    Type t = infer(let.value(), Scope.of(RuleNames.Kind.CONSTANT));
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
    Set<String> seen = new java.util.HashSet<>();
    for (Decl.MapEntry entry : map.entries()) {
      for (Expr.Literal k : entry.keys()) {
        Type t = infer(k, Scope.of(RuleNames.Kind.CONSTANT));
        if (!Type.compatible(key, t)) {
          mismatch(k, "type", "the keys of map " + name + " are " + Type.plural(key) + ", but " + text(k) + " is "
              + t.describe(), null);
        } else {
          key = Type.join(key, t);
        }
        if (k.value() != null && !seen.add(String.valueOf(k.value()))) {
          out.add(Diagnostic.error("duplicate", k.span(), "key " + text(k) + " appears twice in map " + name,
              "each key gives one value; remove one of them"));
        }
      }
      Type v = infer(entry.value(), Scope.of(RuleNames.Kind.CONSTANT));
      if (!Type.compatible(value, v)) {
        mismatch(entry.value(), v == Type.MONEY || value == Type.MONEY ? "unit" : "type", "the values of map " + name
            + " are " + Type.plural(value) + ", but " + text(entry.value()) + " is " + v.describe(), null);
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

  private Type member(Expr.Member m, Scope s) {
    Type target = infer(m.target(), s);
    if (target == Type.UNKNOWN) return Type.UNKNOWN;
    String table = target instanceof Type.Row r ? r.table() : target instanceof Type.TableRef t ? t.table() : null;
    if (table == null) {
      return mismatch(m, "type", text(m.target()) + " is " + target.describe() + ": it has no ." + m.member(),
          "columns belong to table rows: cbhpm.porte in a rule that selects from cbhpm, or cbhpm[code].porte");
    }
    if (target instanceof Type.TableRef && s.kind() != RuleNames.Kind.ROUTES) {
      return mismatch(m, "unknown-name", "the row of table " + table + " is not bound here",
          "add 'from " + table + "' to the rule's selector, or look the row up: " + table + "[code]." + m.member());
    }
    Map<String, Decl.ColumnType> cols = columns(table);
    Decl.ColumnType col = cols.get(m.member());
    if (col == null) {
      String hint = Suggestions.didYouMean(m.member(), cols.keySet());
      return mismatch(m, "unknown-name", "table " + table + " has no column '" + m.member() + "'",
          hint != null ? hint : "its columns are " + String.join(", ", cols.keySet()));
    }
    return column(col);
  }

  private Type index(Expr.Index i, Scope s) {
    Type target = infer(i.target(), s);
    Type key = infer(i.key(), s);
    if (target == Type.UNKNOWN) return Type.UNKNOWN;
    if (target instanceof Type.TableRef t) {
      if (!Type.compatible(key, Type.TEXT)) {
        mismatch(i.key(), "type", "a table is looked up by an item code (text), but " + text(i.key()) + " is "
            + key.describe(), key == Type.NUMBER ? "codes are texts: write them in quotes" : null);
      }
      return new Type.Row(t.table());
    }
    if (target instanceof Type.MapOf m) {
      if (!Type.compatible(key, m.key())) {
        mismatch(i.key(), "type", "the keys of map " + m.name() + " are " + Type.plural(m.key()) + ", but "
            + text(i.key()) + " is " + key.describe(), null);
      }
      return m.value();
    }
    return mismatch(i, "type", text(i.target()) + " is " + target.describe() + ": only tables and maps can be looked up with [ ]",
        null);
  }

  // ---- operators ----

  private Type binary(Expr.Binary b, Scope s) {
    Expr.Op op = b.op();
    if (op == Expr.Op.AND || op == Expr.Op.OR) {
      condition(b.left(), s, "each side of '" + op.symbol + "'");
      condition(b.right(), s, "each side of '" + op.symbol + "'");
      return Type.BOOLEAN;
    }
    Type l = infer(b.left(), s), r = infer(b.right(), s);
    if (l == Type.UNKNOWN || r == Type.UNKNOWN) return op.comparison() ? Type.BOOLEAN : Type.UNKNOWN;
    if (op.comparison()) {
      Domains.check(b.left(), b.right(), s, out);
      Domains.check(b.right(), b.left(), s, out);
      return compare(b, l, r);
    }
    if (l == Type.TEXT || r == Type.TEXT) {
      Expr textSide = l == Type.TEXT ? b.left() : b.right();
      String hint = textSide instanceof Expr.Literal lit && String.valueOf(lit.value()).matches("[0-9]+(,[0-9]+)?")
          ? "remove the quotes to make it a number: " + lit.value()
          : "a text (a code, a name) cannot be used as a number";
      return mismatch(b, "type", "'" + op.symbol + "' needs numbers or money, but " + text(textSide) + " is text", hint);
    }
    return switch (op) {
      case ADD, SUB -> additive(b, l, r);
      case MUL -> multiplicative(b, l, r);
      case DIV -> division(b, l, r);
      case OF -> of(b, l, r);
      default -> Type.UNKNOWN;
    };
  }

  private Type additive(Expr.Binary b, Type l, Type r) {
    String verb = b.op() == Expr.Op.ADD ? "add" : "subtract";
    String sign = b.op() == Expr.Op.ADD ? "+" : "-";
    if (l == Type.MONEY && r == Type.MONEY) return Type.MONEY;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT && r == Type.PERCENT ? Type.PERCENT : Type.NUMBER;
    if (l == Type.DATE && r == Type.NUMBER) return Type.DATE;
    if (l == Type.DATE && r == Type.DATE && b.op() == Expr.Op.SUB) return Type.NUMBER;
    if (l == Type.MONEY && r == Type.PERCENT) {
      return mismatch(b, "unit", "cannot " + verb + " a percentage " + (b.op() == Expr.Op.ADD ? "to" : "from") + " money",
          "to " + (b.op() == Expr.Op.ADD ? "raise" : "lower") + " a value by a percentage, write " + text(b.left())
              + " * (1 " + sign + " " + text(b.right()) + ")");
    }
    if (l == Type.PERCENT && r == Type.MONEY) {
      return mismatch(b, "unit", "cannot " + verb + " money and a percentage",
          "to take a percentage of a value, write " + text(b.left()) + " of " + text(b.right()));
    }
    if (l == Type.MONEY && r == Type.NUMBER || l == Type.NUMBER && r == Type.MONEY) {
      Expr number = l == Type.NUMBER ? b.left() : b.right();
      return mismatch(b, "unit", "cannot " + verb + " a plain number and money",
          number instanceof Expr.Literal lit ? "write the amount as money: R$ " + money(lit.value())
              : "multiply the number by a money value first, e.g. " + text(number) + " * uco");
    }
    return mismatch(b, l == Type.MONEY || r == Type.MONEY ? "unit" : "type",
        "cannot " + verb + " " + r.describe() + " " + (b.op() == Expr.Op.ADD ? "to " : "from ") + l.describe(), null);
  }

  private Type multiplicative(Expr.Binary b, Type l, Type r) {
    if (l == Type.MONEY && Type.numeric(r) || Type.numeric(l) && r == Type.MONEY) return Type.MONEY;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT || r == Type.PERCENT ? Type.PERCENT : Type.NUMBER;
    if (l == Type.MONEY && r == Type.MONEY) {
      return mismatch(b, "unit", "money times money has no meaning",
          "one side must be a number or a percentage, e.g. cbhpm.uco * uco (a quantity of UCO times its price)");
    }
    return mismatch(b, "type", "cannot multiply " + l.describe() + " by " + r.describe(), null);
  }

  private Type division(Expr.Binary b, Type l, Type r) {
    if (l == Type.MONEY && Type.numeric(r)) return Type.MONEY;
    if (l == Type.MONEY && r == Type.MONEY) return Type.NUMBER;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT && r == Type.NUMBER ? Type.PERCENT : Type.NUMBER;
    if (Type.numeric(l) && r == Type.MONEY) {
      return mismatch(b, "unit", "a number divided by money has no meaning", "divide money by a number: "
          + text(b.right()) + " / " + text(b.left()));
    }
    return mismatch(b, "type", "cannot divide " + l.describe() + " by " + r.describe(), null);
  }

  private Type of(Expr.Binary b, Type l, Type r) {
    if (l != Type.PERCENT) {
      return mismatch(b, "unit", "'of' takes a percentage on its left, but " + text(b.left()) + " is " + l.describe(),
          l == Type.NUMBER && b.left() instanceof Expr.Literal lit ? "write " + lit.value() + "% of " + text(b.right())
              : "write 30% of " + text(b.right()));
    }
    if (r == Type.MONEY || Type.numeric(r)) return r;
    return mismatch(b, "type", "a percentage can be taken of money or a number, not of " + r.describe(), null);
  }

  private Type compare(Expr.Binary b, Type l, Type r) {
    boolean ordering = b.op() != Expr.Op.EQ && b.op() != Expr.Op.NE;
    if (!Type.compatible(l, r)) {
      String hint = null;
      if (l == Type.TEXT && r == Type.NUMBER || l == Type.NUMBER && r == Type.TEXT) {
        Expr number = l == Type.NUMBER ? b.left() : b.right();
        hint = number instanceof Expr.Literal lit ? "codes are texts: write \"" + plain(lit.value()) + "\""
            : "codes are texts: compare a code with a code in quotes";
      } else if (l == Type.MONEY && Type.numeric(r) || Type.numeric(l) && r == Type.MONEY) {
        Expr number = l == Type.MONEY ? b.right() : b.left();
        hint = number instanceof Expr.Literal lit ? "write the amount as money: R$ " + money(lit.value())
            : "compare money with money";
      } else if (l == Type.DATE || r == Type.DATE) {
        hint = "compare a date with a date (date >= 2025-01-01) and money with money (presented > R$ 100,00)";
      }
      return mismatchBoolean(b, l == Type.MONEY || r == Type.MONEY ? "unit" : "type",
          "cannot compare " + l.describe() + " with " + r.describe(), hint);
    }
    if (ordering && (l == Type.BOOLEAN || l instanceof Type.SetOf || l instanceof Type.Row || l instanceof Type.MapOf
        || l instanceof Type.TableRef || l instanceof Type.RangeOf)) {
      return mismatchBoolean(b, "type", "'" + b.op().symbol + "' orders values, and " + l.describe() + " has no order",
          l instanceof Type.SetOf || l instanceof Type.RangeOf ? "to test membership, write x in …" : null);
    }
    if (!ordering && (l instanceof Type.SetOf || l instanceof Type.RangeOf) && !(r instanceof Type.SetOf)) {
      return mismatchBoolean(b, "type", "comparing with " + l.describe() + " is always false",
          "to test membership, write " + text(b.right()) + " in " + text(b.left()));
    }
    if (!ordering && (r instanceof Type.SetOf || r instanceof Type.RangeOf) && !(l instanceof Type.SetOf)) {
      return mismatchBoolean(b, "type", "'" + text(b.left()) + "' is one value; " + text(b.right()) + " is "
          + r.describe(), "to test membership, write " + text(b.left()) + (b.op() == Expr.Op.NE ? " not in " : " in ")
          + text(b.right()));
    }
    return Type.BOOLEAN;
  }

  private Type in(Expr.In in, Scope s) {
    Type v = infer(in.value(), s);
    Type c = infer(in.container(), s);
    Domains.check(in.value(), in.container(), s, out);
    if (v == Type.UNKNOWN || c == Type.UNKNOWN) return Type.BOOLEAN;
    Type element = c instanceof Type.SetOf set ? set.element() : c instanceof Type.RangeOf range ? range.element() : null;
    if (element == null) {
      String hint = c instanceof Type.MapOf m ? "to test the map's keys, write contains(" + m.name() + ", "
          + text(in.value()) + ")" : "for one value, write " + text(in.value()) + (in.negated() ? " != " : " = ")
          + text(in.container());
      mismatch(in.container(), "type", "'in' needs a set or a range, but " + text(in.container()) + " is "
          + c.describe(), hint);
      return Type.BOOLEAN;
    }
    if (!Type.compatible(v, element)) {
      String hint = v == Type.TEXT && element == Type.NUMBER ? "codes are texts: write the set's codes in quotes" : null;
      mismatch(in, v == Type.MONEY || element == Type.MONEY ? "unit" : "type", text(in.value()) + " is "
          + v.describe() + ", but " + text(in.container()) + " holds " + Type.plural(element), hint);
    }
    return Type.BOOLEAN;
  }

  private Type call(Expr.Call c, Scope s) {
    List<Type> args = new ArrayList<>();
    for (Expr a : c.args()) args.add(infer(a, s));
    switch (c.function()) {
      case "min", "max" -> {
        if (args.size() < 2) return arity(c, "two or more values");
        Type t = Type.UNKNOWN;
        for (int i = 0; i < args.size(); i++) {
          Type a = args.get(i);
          if (!(a == Type.UNKNOWN || a == Type.MONEY || Type.numeric(a) || a == Type.DATE || a == Type.TIME)) {
            mismatch(c.args().get(i), "type", c.function() + " compares amounts, numbers, dates or times, not "
                + a.describe(), null);
            return Type.UNKNOWN;
          }
          if (!Type.compatible(t, a)) {
            return mismatch(c, a == Type.MONEY || t == Type.MONEY ? "unit" : "type", c.function()
                + " needs values of one kind, but gets " + t.describe() + " and " + a.describe(), null);
          }
          t = Type.join(t, a);
        }
        return t;
      }
      case "round" -> {
        if (args.isEmpty() || args.size() > 2) return arity(c, "round(x) or round(x, decimals)");
        Type x = args.get(0);
        if (!(x == Type.UNKNOWN || x == Type.MONEY || Type.numeric(x))) {
          return mismatch(c.args().get(0), "type", "round needs money or a number, not " + x.describe(), null);
        }
        if (args.size() == 2 && args.get(1) != Type.NUMBER && args.get(1) != Type.UNKNOWN) {
          mismatch(c.args().get(1), "type", "the number of decimals must be a number, not " + args.get(1).describe(), null);
        }
        return x;
      }
      case "exists" -> {
        if (args.size() != 1) return arity(c, "exists(table[code])");
        if (!(args.get(0) instanceof Type.Row) && args.get(0) != Type.UNKNOWN) {
          mismatch(c.args().get(0), "type", "exists asks whether a table has a row: exists(table[code]), but "
              + text(c.args().get(0)) + " is " + args.get(0).describe(), null);
        }
        return Type.BOOLEAN;
      }
      case "contains" -> {
        if (args.size() != 2) return arity(c, "contains(map, key)");
        Type m = args.get(0);
        Type key = m instanceof Type.MapOf map ? map.key() : m instanceof Type.SetOf set ? set.element() : null;
        if (key == null && m != Type.UNKNOWN) {
          mismatch(c.args().get(0), "type", "contains looks in a map or a set, but " + text(c.args().get(0)) + " is "
              + m.describe(), null);
        } else if (key != null && !Type.compatible(key, args.get(1))) {
          mismatch(c.args().get(1), "type", "the keys are " + Type.plural(key) + ", but " + text(c.args().get(1))
              + " is " + args.get(1).describe(), null);
        }
        return Type.BOOLEAN;
      }
      default -> {
        String hint;
        if (symbols.tables.containsKey(c.function()) || symbols.maps.containsKey(c.function())) {
          hint = "look it up with brackets: " + c.function() + "[" + (c.args().isEmpty() ? "code" : text(c.args().get(0)))
              + "]";
        } else {
          hint = Suggestions.didYouMean(c.function(), RuleNames.FUNCTIONS);
          if (hint == null) hint = "the functions are min, max, round, exists and contains; the language has no others";
        }
        out.add(Diagnostic.error("unknown-name", c.span(), "there is no function '" + c.function() + "'", hint));
        return Type.UNKNOWN;
      }
    }
  }

  private Type arity(Expr.Call c, String usage) {
    return mismatch(c, "type", c.function() + " is called with " + c.args().size() + " value"
        + (c.args().size() == 1 ? "" : "s"), "write " + usage);
  }

  /** A condition: reports it unless it is true/false. */
  void condition(Expr e, Scope s, String what) {
    expect(e, s, Type.BOOLEAN, what);
  }

  private Type mismatch(Expr at, String code, String message, String hint) {
    out.add(Diagnostic.error(code, at.span(), message, hint));
    return Type.UNKNOWN;
  }

  private Type mismatchBoolean(Expr at, String code, String message, String hint) {
    out.add(Diagnostic.error(code, at.span(), message, hint));
    return Type.BOOLEAN;
  }

  /** What the analyst wrote, when it is on one line; else the expression in canonical form. */
  String text(Expr e) {
    String s = source.of(e.span());
    return s != null ? s : AstPrinter.expr(e);
  }

  private static String money(Object number) {
    if (!(number instanceof BigDecimal d)) return "1.234,56";
    return Money.of(d.setScale(2, java.math.RoundingMode.HALF_UP)).toBigDecimal().toPlainString().replace('.', ',');
  }

  private static String plain(Object number) {
    return number instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : String.valueOf(number);
  }
}
