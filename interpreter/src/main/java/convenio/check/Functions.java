package convenio.check;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.diagnostics.Suggestions;
import convenio.syntax.Expr;
import java.util.List;

/**
 * The language's few functions — {@code min, max, round, exists, contains, guide_max} — typed from their arguments. There are no
 * others, and no user-defined ones: a call to anything else is reported, with the lookup it probably meant.
 */
final class Functions {
  private final ExprTypes types;
  private final Symbols symbols;
  private final Diagnostics out;

  Functions(ExprTypes types, Symbols symbols, Diagnostics out) {
    this.types = types;
    this.symbols = symbols;
    this.out = out;
  }

  Type call(Expr.Call c, List<Type> args) {
    switch (c.function()) {
      case "min", "max" -> {
        if (args.size() < 2) return arity(c, "two or more values");
        Type t = Type.UNKNOWN;
        for (int i = 0; i < args.size(); i++) {
          Type a = args.get(i);
          if (!(a == Type.UNKNOWN || a == Type.MONEY || Type.numeric(a) || a == Type.DATE || a == Type.TIME)) {
            types.mismatch(c.args().get(i), "type", c.function() + " compares amounts, numbers, dates or times, not "
                + a.describe(), null);
            return Type.UNKNOWN;
          }
          if (!Type.compatible(t, a)) {
            return types.mismatch(c, a == Type.MONEY || t == Type.MONEY ? "unit" : "type", c.function()
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
          return types.mismatch(c.args().get(0), "type", "round needs money or a number, not " + x.describe(), null);
        }
        if (args.size() == 2 && args.get(1) != Type.NUMBER && args.get(1) != Type.UNKNOWN) {
          types.mismatch(c.args().get(1), "type", "the number of decimals must be a number, not " + args.get(1).describe(), null);
        }
        return x;
      }
      case "guide_max" -> {
        if (args.size() != 1) return arity(c, "guide_max(x): the largest x among the other procedures of the guide");
        Type x = args.get(0);
        if (!(x == Type.UNKNOWN || x == Type.MONEY || Type.numeric(x))) {
          return types.mismatch(c.args().get(0), "type", "guide_max compares amounts or numbers, not " + x.describe(),
              null);
        }
        return x;
      }
      case "exists" -> {
        if (args.size() != 1) return arity(c, "exists(table[code])");
        if (!(args.get(0) instanceof Type.Row) && args.get(0) != Type.UNKNOWN) {
          types.mismatch(c.args().get(0), "type", "exists asks whether a table has a row: exists(table[code]), but "
              + types.text(c.args().get(0)) + " is " + args.get(0).describe(), null);
        }
        return Type.BOOLEAN;
      }
      case "contains" -> {
        if (args.size() != 2) return arity(c, "contains(map, key)");
        Type m = args.get(0);
        Type key = m instanceof Type.MapOf map ? map.key() : m instanceof Type.SetOf set ? set.element() : null;
        if (key == null && m != Type.UNKNOWN) {
          types.mismatch(c.args().get(0), "type", "contains looks in a map or a set, but " + types.text(c.args().get(0)) + " is "
              + m.describe(), null);
        } else if (key != null && !Type.compatible(key, args.get(1))) {
          types.mismatch(c.args().get(1), "type", "the keys are " + Type.plural(key) + ", but " + types.text(c.args().get(1))
              + " is " + args.get(1).describe(), null);
        }
        return Type.BOOLEAN;
      }
      default -> {
        String hint;
        if (symbols.tables.containsKey(c.function()) || symbols.maps.containsKey(c.function())) {
          hint = "look it up with brackets: " + c.function() + "[" + (c.args().isEmpty() ? "code" : types.text(c.args().get(0)))
              + "]";
        } else {
          hint = Suggestions.didYouMean(c.function(), RuleNames.FUNCTIONS);
          if (hint == null) hint = "the functions are min, max, round, exists, contains and guide_max; the language has no others";
        }
        out.add(Diagnostic.error("unknown-name", c.span(), "there is no function '" + c.function() + "'", hint));
        return Type.UNKNOWN;
      }
    }
  }

  private Type arity(Expr.Call c, String usage) {
    return types.mismatch(c, "type", c.function() + " is called with " + c.args().size() + " value"
        + (c.args().size() == 1 ? "" : "s"), "write " + usage);
  }
}
