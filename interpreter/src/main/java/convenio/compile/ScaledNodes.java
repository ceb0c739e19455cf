package convenio.compile;

import convenio.model.Percent;
import convenio.runtime.ColumnRead;
import convenio.runtime.Eval;
import convenio.runtime.ExactMoney;
import convenio.runtime.Rounding;
import convenio.runtime.Row;
import convenio.runtime.RuleValues;
import convenio.runtime.ScaledMoney;
import convenio.runtime.Scope;
import convenio.runtime.TableFamily;
import java.math.BigDecimal;

/**
 * The nodes a price is mostly made of ({@code table.column}, {@code * factor}, {@code +}, {@code round}) with both
 * forms of their value: {@link Eval#eval} as BigDecimal money, and {@link Eval#micros} in millionths of a real when
 * the value is exact there, so the usual price ({@code round(cbhpm.porte * 1,1)}) is computed with no BigDecimal. A
 * node answers {@link ScaledMoney#NONE} whenever it cannot be sure of the exact value (a factor with more decimals, an
 * overflow, a missing cell): the caller then evaluates it, which gives the same value or the error.
 */
final class ScaledNodes {
  private ScaledNodes() {}

  /** Money as a constant, in millionths, or {@link ScaledMoney#NONE}. */
  static long micros(Object constant) {
    if (!(constant instanceof ExactMoney m)) return ScaledMoney.NONE;
    BigDecimal v = m.reais();
    if (v.scale() > 6 || v.precision() > 17) return ScaledMoney.NONE;
    return v.setScale(6).unscaledValue().longValueExact();
  }

  /** {@code table.column} for the item's row (the one its selector bound, else its code's). */
  static final class Column implements Eval {
    private final TableFamily table;
    private final ColumnRead read;

    Column(TableFamily table, ColumnRead read) {
      this.table = table;
      this.read = read;
    }

    @Override
    public Object eval(Scope s) {
      return read.of(s.rowOf(table));
    }

    @Override
    public long micros(Scope s) {
      Row r = s.rowOrNull(table);
      return r == null ? ScaledMoney.NONE : read.micros(r);
    }
  }

  /**
   * {@code a * b}. In millionths when one side is money and the other a number or percentage known when compiling
   * whose product stays exact in millionths.
   */
  static final class Times implements Eval {
    private final Eval left;
    private final Eval right;
    private final Rounding rounding;
    private final Eval money; // the side that is not the constant factor, or null
    private final long factor; // the factor's digits
    private final long divisor; // 10 to its scale

    Times(Eval left, Eval right, Object leftConstant, Object rightConstant, Rounding rounding) {
      this.left = left;
      this.right = right;
      this.rounding = rounding;
      BigDecimal f = number(rightConstant);
      Eval m = left;
      if (f == null) {
        f = number(leftConstant);
        m = right;
      }
      if (f != null && f.scale() < 0) f = f.setScale(0);
      boolean fits = f != null && f.scale() <= 18 && f.unscaledValue().bitLength() < 63;
      this.money = fits ? m : null;
      this.factor = fits ? f.unscaledValue().longValue() : 0;
      this.divisor = fits ? BigDecimal.ONE.scaleByPowerOfTen(f.scale()).longValueExact() : 1;
    }

    private static BigDecimal number(Object constant) {
      if (constant instanceof BigDecimal n) return n;
      if (constant instanceof Percent p) return p.fraction();
      return null;
    }

    @Override
    public Object eval(Scope s) {
      return RuleValues.multiply(left.eval(s), right.eval(s), rounding);
    }

    @Override
    public long micros(Scope s) {
      if (money == null) return ScaledMoney.NONE;
      long m = money.micros(s);
      if (m == ScaledMoney.NONE) return ScaledMoney.NONE;
      long product;
      try {
        product = Math.multiplyExact(m, factor);
      } catch (ArithmeticException overflow) {
        return ScaledMoney.NONE;
      }
      if (product % divisor != 0) return ScaledMoney.NONE; // finer than a millionth: BigDecimal keeps it
      long v = product / divisor;
      // Rounding.afterOperation: per item an exact millionth is already within its ten decimals; per operation, cents
      return rounding.perItem() ? v : ScaledMoney.cents(v, rounding.mode()) * ScaledMoney.PER_CENT;
    }
  }

  /** {@code a + b}, {@code a - b}. In millionths when both sides are money there. */
  static final class Plus implements Eval {
    private final Eval left;
    private final Eval right;
    private final Rounding rounding;
    private final boolean minus;

    Plus(Eval left, Eval right, Rounding rounding, boolean minus) {
      this.left = left;
      this.right = right;
      this.rounding = rounding;
      this.minus = minus;
    }

    @Override
    public Object eval(Scope s) {
      return RuleValues.add(left.eval(s), right.eval(s), rounding, minus);
    }

    @Override
    public long micros(Scope s) {
      long a = left.micros(s);
      if (a == ScaledMoney.NONE) return ScaledMoney.NONE;
      long b = right.micros(s);
      if (b == ScaledMoney.NONE) return ScaledMoney.NONE;
      try {
        long v = minus ? Math.subtractExact(a, b) : Math.addExact(a, b);
        return v == ScaledMoney.NONE ? ScaledMoney.NONE : v;
      } catch (ArithmeticException overflow) {
        return ScaledMoney.NONE;
      }
    }
  }

  /** {@code round(x)}: to cents with the contract's rounding mode. */
  static final class Round implements Eval {
    private final Eval x;
    private final Rounding rounding;

    Round(Eval x, Rounding rounding) {
      this.x = x;
      this.rounding = rounding;
    }

    @Override
    public Object eval(Scope s) {
      return ExprCompiler.round(x.eval(s), 2, rounding);
    }

    @Override
    public long micros(Scope s) {
      long m = x.micros(s);
      if (m == ScaledMoney.NONE) return ScaledMoney.NONE;
      try {
        return ScaledMoney.cents(m, rounding.mode()) * ScaledMoney.PER_CENT;
      } catch (ArithmeticException unnecessary) {
        return ScaledMoney.NONE; // rounding UNNECESSARY on a value with fractions of a cent: eval says so
      }
    }
  }
}
