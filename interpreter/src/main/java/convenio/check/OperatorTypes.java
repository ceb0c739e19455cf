package convenio.check;

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
  private final ExprTypes types;
  private final Diagnostics out;

  OperatorTypes(ExprTypes types, Diagnostics out) {
    this.types = types;
    this.out = out;
  }

  Type binary(Expr.Binary b, NameScope s) {
    Operator op = b.op();
    if (op == Operator.AND || op == Operator.OR) {
      types.condition(b.left(), s, "each side of '" + op.symbol + "'");
      types.condition(b.right(), s, "each side of '" + op.symbol + "'");
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
      String hint = textSide instanceof Expr.Literal lit && String.valueOf(lit.value()).matches("[0-9]+(,[0-9]+)?")
          ? "remove the quotes to make it a number: " + lit.value()
          : "a text (a code, a name) cannot be used as a number";
      return types.mismatch(b, "type", "'" + op.symbol + "' needs numbers or money, but " + types.text(textSide) + " is text", hint);
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
    String verb = b.op() == Operator.ADD ? "add" : "subtract";
    String sign = b.op() == Operator.ADD ? "+" : "-";
    if (l == Type.MONEY && r == Type.MONEY) return Type.MONEY;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT && r == Type.PERCENT ? Type.PERCENT : Type.NUMBER;
    if (l == Type.DATE && r == Type.NUMBER) return Type.DATE;
    if (l == Type.DATE && r == Type.DATE && b.op() == Operator.SUB) return Type.NUMBER;
    if (l == Type.MONEY && r == Type.PERCENT) {
      return types.mismatch(b, "unit", "cannot " + verb + " a percentage " + (b.op() == Operator.ADD ? "to" : "from") + " money",
          "to " + (b.op() == Operator.ADD ? "raise" : "lower") + " a value by a percentage, write " + types.text(b.left())
              + " * (1 " + sign + " " + types.text(b.right()) + ")");
    }
    if (l == Type.PERCENT && r == Type.MONEY) {
      return types.mismatch(b, "unit", "cannot " + verb + " money and a percentage",
          "to take a percentage of a value, write " + types.text(b.left()) + " of " + types.text(b.right()));
    }
    if (l == Type.MONEY && r == Type.NUMBER || l == Type.NUMBER && r == Type.MONEY) {
      Expr number = l == Type.NUMBER ? b.left() : b.right();
      return types.mismatch(b, "unit", "cannot " + verb + " a plain number and money",
          number instanceof Expr.Literal lit ? "write the amount as money: R$ " + money(lit.value())
              : "multiply the number by a money value first, e.g. " + types.text(number) + " * uco");
    }
    return types.mismatch(b, l == Type.MONEY || r == Type.MONEY ? "unit" : "type",
        "cannot " + verb + " " + r.describe() + " " + (b.op() == Operator.ADD ? "to " : "from ") + l.describe(), null);
  }

  private Type multiplicative(Expr.Binary b, Type l, Type r) {
    if (l == Type.MONEY && Type.numeric(r) || Type.numeric(l) && r == Type.MONEY) return Type.MONEY;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT || r == Type.PERCENT ? Type.PERCENT : Type.NUMBER;
    if (l == Type.MONEY && r == Type.MONEY) {
      return types.mismatch(b, "unit", "money times money has no meaning",
          "one side must be a number or a percentage, e.g. cbhpm.uco * uco (a quantity of UCO times its price)");
    }
    return types.mismatch(b, "type", "cannot multiply " + l.describe() + " by " + r.describe(), null);
  }

  private Type division(Expr.Binary b, Type l, Type r) {
    if (l == Type.MONEY && Type.numeric(r)) return Type.MONEY;
    if (l == Type.MONEY && r == Type.MONEY) return Type.NUMBER;
    if (Type.numeric(l) && Type.numeric(r)) return l == Type.PERCENT && r == Type.NUMBER ? Type.PERCENT : Type.NUMBER;
    if (Type.numeric(l) && r == Type.MONEY) {
      return types.mismatch(b, "unit", "a number divided by money has no meaning", "divide money by a number: "
          + types.text(b.right()) + " / " + types.text(b.left()));
    }
    return types.mismatch(b, "type", "cannot divide " + l.describe() + " by " + r.describe(), null);
  }

  private Type of(Expr.Binary b, Type l, Type r) {
    if (l != Type.PERCENT) {
      return types.mismatch(b, "unit", "'of' takes a percentage on its left, but " + types.text(b.left()) + " is " + l.describe(),
          l == Type.NUMBER && b.left() instanceof Expr.Literal lit ? "write " + lit.value() + "% of " + types.text(b.right())
              : "write 30% of " + types.text(b.right()));
    }
    if (r == Type.MONEY || Type.numeric(r)) return r;
    return types.mismatch(b, "type", "a percentage can be taken of money or a number, not of " + r.describe(), null);
  }

  private Type compare(Expr.Binary b, Type l, Type r) {
    boolean ordering = b.op() != Operator.EQ && b.op() != Operator.NE;
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
      return types.mismatchBoolean(b, l == Type.MONEY || r == Type.MONEY ? "unit" : "type",
          "cannot compare " + l.describe() + " with " + r.describe(), hint);
    }
    if (ordering && (l == Type.BOOLEAN || l instanceof Type.SetOf || l instanceof Type.Row || l instanceof Type.MapOf
        || l instanceof Type.TableRef || l instanceof Type.RangeOf)) {
      return types.mismatchBoolean(b, "type", "'" + b.op().symbol + "' orders values, and " + l.describe() + " has no order",
          l instanceof Type.SetOf || l instanceof Type.RangeOf ? "to test membership, write x in …" : null);
    }
    if (!ordering && (l instanceof Type.SetOf || l instanceof Type.RangeOf) && !(r instanceof Type.SetOf)) {
      return types.mismatchBoolean(b, "type", "comparing with " + l.describe() + " is always false",
          "to test membership, write " + types.text(b.right()) + " in " + types.text(b.left()));
    }
    if (!ordering && (r instanceof Type.SetOf || r instanceof Type.RangeOf) && !(l instanceof Type.SetOf)) {
      return types.mismatchBoolean(b, "type", "'" + types.text(b.left()) + "' is one value; " + types.text(b.right()) + " is "
          + r.describe(), "to test membership, write " + types.text(b.left()) + (b.op() == Operator.NE ? " not in " : " in ")
          + types.text(b.right()));
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
      String hint = c instanceof Type.MapOf m ? "to test the map's keys, write contains(" + m.name() + ", "
          + types.text(in.value()) + ")" : "for one value, write " + types.text(in.value()) + (in.negated() ? " != " : " = ")
          + types.text(in.container());
      types.mismatch(in.container(), "type", "'in' needs a set or a range, but " + types.text(in.container()) + " is "
          + c.describe(), hint);
      return Type.BOOLEAN;
    }
    if (!Type.compatible(v, element)) {
      String hint = v == Type.TEXT && element == Type.NUMBER ? "codes are texts: write the set's codes in quotes" : null;
      types.mismatch(in, v == Type.MONEY || element == Type.MONEY ? "unit" : "type", types.text(in.value()) + " is "
          + v.describe() + ", but " + types.text(in.container()) + " holds " + Type.plural(element), hint);
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
