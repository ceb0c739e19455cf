package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
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
  private static final Messages M = Messages.of(Functions.class, "convenio.check.messages");
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
        if (args.size() < 2) return arity(c, M.text("fn.usage.minmax"));
        Type t = Type.UNKNOWN;
        for (int i = 0; i < args.size(); i++) {
          Type a = args.get(i);
          if (!(a == Type.UNKNOWN || a == Type.MONEY || Type.numeric(a) || a == Type.DATE || a == Type.TIME)) {
            types.mismatch(c.args().get(i), "type", M.text("fn.minmax.type", c.function(), a.describe()), null);
            return Type.UNKNOWN;
          }
          if (!Type.compatible(t, a)) {
            return types.mismatch(c, a == Type.MONEY || t == Type.MONEY ? "unit" : "type", M.text("fn.minmax.kinds",
                c.function(), t.describe(), a.describe()), null);
          }
          t = Type.join(t, a);
        }
        return t;
      }
      case "round" -> {
        if (args.isEmpty() || args.size() > 2) return arity(c, M.text("fn.usage.round"));
        Type x = args.get(0);
        if (!(x == Type.UNKNOWN || x == Type.MONEY || Type.numeric(x))) {
          return types.mismatch(c.args().get(0), "type", M.text("fn.round.type", x.describe()), null);
        }
        if (args.size() == 2 && args.get(1) != Type.NUMBER && args.get(1) != Type.UNKNOWN) {
          types.mismatch(c.args().get(1), "type", M.text("fn.round.decimals", args.get(1).describe()), null);
        }
        return x;
      }
      case "guide_max" -> {
        if (args.size() != 1) return arity(c, M.text("fn.usage.guide_max"));
        Type x = args.get(0);
        if (!(x == Type.UNKNOWN || x == Type.MONEY || Type.numeric(x))) {
          return types.mismatch(c.args().get(0), "type", M.text("fn.guide_max.type", x.describe()),
              null);
        }
        return x;
      }
      case "exists" -> {
        if (args.size() != 1) return arity(c, M.text("fn.usage.exists"));
        if (!(args.get(0) instanceof Type.Row) && args.get(0) != Type.UNKNOWN) {
          types.mismatch(c.args().get(0), "type", M.text("fn.exists.type",
              types.text(c.args().get(0)), args.get(0).describe()), null);
        }
        return Type.BOOLEAN;
      }
      case "contains" -> {
        if (args.size() != 2) return arity(c, M.text("fn.usage.contains"));
        Type m = args.get(0);
        Type key = m instanceof Type.MapOf map ? map.key() : m instanceof Type.SetOf set ? set.element() : null;
        if (key == null && m != Type.UNKNOWN) {
          types.mismatch(c.args().get(0), "type", M.text("fn.contains.type", types.text(c.args().get(0)), m.describe()), null);
        } else if (key != null && !Type.compatible(key, args.get(1))) {
          types.mismatch(c.args().get(1), "type", M.text("fn.contains.key", Type.plural(key), types.text(c.args().get(1)),
              args.get(1).describe()), null);
        }
        return Type.BOOLEAN;
      }
      default -> {
        Text hint;
        if (symbols.tables.containsKey(c.function()) || symbols.maps.containsKey(c.function())) {
          hint = M.text("fn.brackets", c.function(), c.args().isEmpty() ? "code" : types.text(c.args().get(0)));
        } else {
          hint = Suggestions.didYouMeanText(c.function(), RuleNames.FUNCTIONS);
          if (hint == null) hint = M.text("fn.unknown.hint");
        }
        out.add(Diagnostic.error("unknown-name", c.span(), M.text("fn.unknown", c.function()), hint));
        return Type.UNKNOWN;
      }
    }
  }

  private Type arity(Expr.Call c, Text usage) {
    return types.mismatch(c, "type", M.text(c.args().size() == 1 ? "fn.arity.one" : "fn.arity.many", c.function(),
        c.args().size()), M.text("fn.arity.hint", usage));
  }
}
