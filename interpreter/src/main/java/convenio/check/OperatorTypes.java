package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostics;
import convenio.model.Money;
import convenio.syntax.Expr;
import convenio.syntax.Operator;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic, comparison and membership with units: money with money, money times a number or a percentage, a
 * percentage of money, a number plus a percentage (1 + 15% is 1,15). What has no meaning — money plus a percentage,
 * money times money, a date compared with money, a text used as a number — is reported with what to write instead.
 */
final class OperatorTypes {
  private static final Messages M = Messages.of(OperatorTypes.class, "convenio.check.messages");
  private final ExprTypes types;
  private final Diagnostics out;

  OperatorTypes(ExprTypes types, Diagnostics out) {
    this.types = types;
    this.out = out;
  }

  Type binary(Expr.Binary b, NameScope s) {
    Operator op = b.op();
    if (op == Operator.AND || op == Operator.OR) {
      types.condition(b.left(), s, M.text("ctx.each.side", op.symbol));
      types.condition(b.right(), s, M.text("ctx.each.side", op.symbol));
      return Type.BOOLEAN;
    }
    Type l = types.infer(b.left(), s), r = types.infer(b.right(), s);
    if (l == Type.UNKNOWN || r == Type.UNKNOWN) return op.comparison() ? Type.BOOLEAN : Type.UNKNOWN;
    if (op.comparison()) {
      Domains.check(b.left(), b.right(), s, out);
      Domains.check(b.right(), b.left(), s, out);
      return compare(b, l, r);
    }
    if (l == Type.TEXT || r == Type.TEXT) {
      Expr textSide = l == Type.TEXT ? b.left() : b.right();
      Text hint = textSide instanceof Expr.Literal lit && String.valueOf(lit.value()).matches("[0-9]+(,[0-9]+)?")
          ? M.text("op.text.unquote", lit.value())
          : M.text("op.text.hint");
      return types.mismatch(b, "type", M.text("op.text", op.symbol, types.text(textSide)), hint);
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
    String add = b.op() == Operator.ADD ? "add" : "sub";
    String sign = b.op() == Operator.ADD ? "+" : "-";
    if (l == Type.MONEY && r == Type.MONEY) return Type.MONEY;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT && r == Type.PERCENT ? Type.PERCENT : Type.NUMBER;
    if (l == Type.DATE && r == Type.NUMBER) return Type.DATE;
    if (l == Type.DATE && r == Type.DATE && b.op() == Operator.SUB) return Type.NUMBER;
    if (l == Type.MONEY && r == Type.PERCENT) {
      return types.mismatch(b, "unit", M.text("op." + add + ".percent.money"),
          M.text("op." + add + ".percent.money.hint", types.text(b.left()), sign, types.text(b.right())));
    }
    if (l == Type.PERCENT && r == Type.MONEY) {
      return types.mismatch(b, "unit", M.text("op." + add + ".money.percent"),
          M.text("op.percent.of.hint", types.text(b.left()), types.text(b.right())));
    }
    if (l == Type.MONEY && r == Type.NUMBER || l == Type.NUMBER && r == Type.MONEY) {
      Expr number = l == Type.NUMBER ? b.left() : b.right();
      return types.mismatch(b, "unit", M.text("op." + add + ".number.money"),
          number instanceof Expr.Literal lit ? M.text("op.as.money", money(lit.value()))
              : M.text("op.number.times.money", types.text(number)));
    }
    return types.mismatch(b, l == Type.MONEY || r == Type.MONEY ? "unit" : "type",
        M.text("op." + add + ".types", r.describe(), l.describe()), null);
  }

  private Type multiplicative(Expr.Binary b, Type l, Type r) {
    if (l == Type.MONEY && Type.numeric(r) || Type.numeric(l) && r == Type.MONEY) return Type.MONEY;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT || r == Type.PERCENT ? Type.PERCENT : Type.NUMBER;
    if (l == Type.MONEY && r == Type.MONEY) {
      return types.mismatch(b, "unit", M.text("op.money.times.money"), M.text("op.money.times.money.hint"));
    }
    return types.mismatch(b, "type", M.text("op.mul.types", l.describe(), r.describe()), null);
  }

  private Type division(Expr.Binary b, Type l, Type r) {
    if (l == Type.MONEY && Type.numeric(r)) return Type.MONEY;
    if (l == Type.MONEY && r == Type.MONEY) return Type.NUMBER;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT && r == Type.NUMBER ? Type.PERCENT : Type.NUMBER;
    if (Type.numeric(l) && r == Type.MONEY) {
      return types.mismatch(b, "unit", M.text("op.number.by.money"),
          M.text("op.number.by.money.hint", types.text(b.right()), types.text(b.left())));
    }
    return types.mismatch(b, "type", M.text("op.div.types", l.describe(), r.describe()), null);
  }

  private Type of(Expr.Binary b, Type l, Type r) {
    if (l != Type.PERCENT) {
      return types.mismatch(b, "unit", M.text("op.of.left", types.text(b.left()), l.describe()),
          l == Type.NUMBER && b.left() instanceof Expr.Literal lit ? M.text("op.of.left.hint", lit.value(), types.text(b.right()))
              : M.text("op.of.left.hint", 30, types.text(b.right())));
    }
    if (r == Type.MONEY || Type.numeric(r)) return r;
    return types.mismatch(b, "type", M.text("op.of.right", r.describe()), null);
  }

  private Type compare(Expr.Binary b, Type l, Type r) {
    boolean ordering = b.op() != Operator.EQ && b.op() != Operator.NE;
    if (!Type.compatible(l, r)) {
      Text hint = null;
      if (l == Type.TEXT && r == Type.NUMBER || l == Type.NUMBER && r == Type.TEXT) {
        Expr number = l == Type.NUMBER ? b.left() : b.right();
        hint = number instanceof Expr.Literal lit ? M.text("op.compare.code.quote", plain(lit.value()))
            : M.text("op.compare.code");
      } else if (l == Type.MONEY && Type.numeric(r) || Type.numeric(l) && r == Type.MONEY) {
        Expr number = l == Type.MONEY ? b.right() : b.left();
        hint = number instanceof Expr.Literal lit ? M.text("op.as.money", money(lit.value()))
            : M.text("op.compare.money");
      } else if (l == Type.DATE || r == Type.DATE) {
        hint = M.text("op.compare.date");
      }
      return types.mismatchBoolean(b, l == Type.MONEY || r == Type.MONEY ? "unit" : "type",
          M.text("op.compare.types", l.describe(), r.describe()), hint);
    }
    if (ordering && (l == Type.BOOLEAN || l instanceof Type.SetOf || l instanceof Type.Row || l instanceof Type.MapOf
        || l instanceof Type.TableRef || l instanceof Type.RangeOf)) {
      return types.mismatchBoolean(b, "type", M.text("op.order", b.op().symbol, l.describe()),
          l instanceof Type.SetOf || l instanceof Type.RangeOf ? M.text("op.membership", "x", "in", "…") : null);
    }
    if (!ordering && (l instanceof Type.SetOf || l instanceof Type.RangeOf) && !(r instanceof Type.SetOf)) {
      return types.mismatchBoolean(b, "type", M.text("op.always.false", l.describe()),
          M.text("op.membership", types.text(b.right()), "in", types.text(b.left())));
    }
    if (!ordering && (r instanceof Type.SetOf || r instanceof Type.RangeOf) && !(l instanceof Type.SetOf)) {
      return types.mismatchBoolean(b, "type", M.text("op.one.value", types.text(b.left()), types.text(b.right()),
          r.describe()), M.text("op.membership", types.text(b.left()), b.op() == Operator.NE ? "not in" : "in",
          types.text(b.right())));
    }
    return Type.BOOLEAN;
  }

  Type in(Expr.In in, NameScope s) {
    Type v = types.infer(in.value(), s);
    Type c = types.infer(in.container(), s);
    Domains.check(in.value(), in.container(), s, out);
    if (v == Type.UNKNOWN || c == Type.UNKNOWN) return Type.BOOLEAN;
    Type element = c instanceof Type.SetOf set ? set.element() : c instanceof Type.RangeOf range ? range.element() : null;
    if (element == null) {
      Text hint = c instanceof Type.MapOf m ? M.text("op.in.map.hint", m.name(), types.text(in.value()))
          : M.text("op.in.one.hint", types.text(in.value()), in.negated() ? "!=" : "=", types.text(in.container()));
      types.mismatch(in.container(), "type", M.text("op.in.container", types.text(in.container()), c.describe()), hint);
      return Type.BOOLEAN;
    }
    if (!Type.compatible(v, element)) {
      Text hint = v == Type.TEXT && element == Type.NUMBER ? M.text("op.in.codes.hint") : null;
      types.mismatch(in, v == Type.MONEY || element == Type.MONEY ? "unit" : "type", M.text("op.in.element",
          types.text(in.value()), v.describe(), types.text(in.container()), Type.plural(element)), hint);
    }
    return Type.BOOLEAN;
  }

  private static String money(Object number) {
    if (!(number instanceof BigDecimal d)) return "1.234,56";
    return Money.of(d.setScale(2, RoundingMode.HALF_UP)).toBigDecimal().toPlainString().replace('.', ',');
  }

  private static String plain(Object number) {
    return number instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : String.valueOf(number);
  }
}
