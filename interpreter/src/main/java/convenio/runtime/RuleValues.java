package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Arithmetic, comparison and Brazilian formatting of rule values; a type mix the language forbids is an EvalException. */
public final class RuleValues {
  private static final Messages M = Messages.of(RuleValues.class, "convenio.runtime.messages");
  private static final DateTimeFormatter BR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private RuleValues() {}

  public static Object add(Object a, Object b, Rounding r, boolean minus) {
    if (a instanceof ExactMoney x && b instanceof ExactMoney y) {
      return new ExactMoney(minus ? x.reais().subtract(y.reais()) : x.reais().add(y.reais()));
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return minus ? x.subtract(y) : x.add(y);
    if (a instanceof BigDecimal x && b instanceof Percent y) {
      return minus ? x.subtract(y.fraction()) : x.add(y.fraction());
    }
    if (a instanceof Percent x && b instanceof Percent y) {
      return new Percent(minus ? x.value().subtract(y.value()) : x.value().add(y.value()));
    }
    if (a instanceof Percent x && b instanceof BigDecimal y) {
      return minus ? x.fraction().subtract(y) : x.fraction().add(y);
    }
    if (a instanceof LocalDate d && b instanceof BigDecimal n) {
      return minus ? d.minusDays(n.longValueExact()) : d.plusDays(n.longValueExact());
    }
    throw mismatch(minus ? "-" : "+", a, b);
  }

  public static Object multiply(Object a, Object b, Rounding r) {
    if (a instanceof ExactMoney x) return new ExactMoney(r.afterOperation(x.reais().multiply(factor(b, "*", a))));
    if (b instanceof ExactMoney y) return new ExactMoney(r.afterOperation(y.reais().multiply(factor(a, "*", b))));
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.multiply(y);
    if (a instanceof BigDecimal x && b instanceof Percent y) return x.multiply(y.fraction());
    if (a instanceof Percent x && b instanceof BigDecimal y) return new Percent(x.value().multiply(y));
    if (a instanceof Percent x && b instanceof Percent y) return new Percent(x.value().multiply(y.fraction()));
    throw mismatch("*", a, b);
  }

  public static Object divide(Object a, Object b, Rounding r) {
    if (a instanceof ExactMoney x && b instanceof ExactMoney y) {
      if (y.reais().signum() == 0) throw new EvalException(M.get("eval.div.zero.money"));
      return r.divide(x.reais(), y.reais());
    }
    if (a instanceof ExactMoney x) {
      BigDecimal f = factor(b, "/", a);
      if (f.signum() == 0) throw new EvalException(M.get("eval.div.zero"));
      return new ExactMoney(r.afterOperation(r.divide(x.reais(), f)));
    }
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      if (y.signum() == 0) throw new EvalException(M.get("eval.div.zero"));
      return r.divide(x, y);
    }
    if (a instanceof Percent x && b instanceof BigDecimal y) {
      if (y.signum() == 0) throw new EvalException(M.get("eval.div.zero"));
      return new Percent(r.divide(x.value(), y));
    }
    throw mismatch("/", a, b);
  }

  /** {@code 30% of x}. */
  public static Object of(Object a, Object b, Rounding r) {
    if (!(a instanceof Percent p)) throw mismatch("of", a, b);
    if (b instanceof ExactMoney m) return new ExactMoney(r.afterOperation(m.reais().multiply(p.fraction())));
    if (b instanceof BigDecimal n) return n.multiply(p.fraction());
    if (b instanceof Percent q) return new Percent(q.value().multiply(p.fraction()));
    throw mismatch("of", a, b);
  }

  private static BigDecimal factor(Object f, String op, Object money) {
    if (f instanceof BigDecimal n) return n;
    if (f instanceof Percent p) return p.fraction();
    throw mismatch(op, money, f);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b, String op) {
    if (a instanceof BigDecimal x && b instanceof Percent y) return x.compareTo(y.fraction());
    if (a instanceof Percent x && b instanceof BigDecimal y) return x.fraction().compareTo(y);
    if (a != null && b != null && a.getClass() == b.getClass() && a instanceof Comparable c) return c.compareTo(b);
    throw mismatch(op, a, b);
  }

  public static boolean same(Object a, Object b) {
    if (a == null || b == null) return a == b;
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
    return a.equals(b);
  }

  public static boolean truth(Object v, String where) {
    if (v instanceof Boolean b) return b;
    throw new EvalException(M.get("eval.not.boolean", M.text(where), describe(v)));
  }

  /** Keys of maps and sets: numbers compare by value, everything else by equals. */
  public static Object key(Object v) {
    return v instanceof BigDecimal d ? d.stripTrailingZeros() : v;
  }

  public static boolean in(Object value, Object container) {
    if (container instanceof Container c) return c.contains(value);
    if (container instanceof CodeMatcher m) return value instanceof String s && m.matches(s);
    return same(value, container);
  }

  /** Anything {@code x in …} can look into. */
  public interface Container {
    boolean contains(Object value);
  }

  public static EvalException mismatch(String op, Object a, Object b) {
    return new EvalException(M.get("eval.mismatch", describe(a), op, describe(b)));
  }

  public static String describe(Object v) {
    if (v == null) return M.get("value.nothing");
    if (v instanceof ExactMoney) return M.get("value.money", format(v));
    if (v instanceof BigDecimal) return M.get("value.number", format(v));
    if (v instanceof Percent) return M.get("value.percent", format(v));
    if (v instanceof String s) return M.get("value.text", s);
    if (v instanceof LocalDate) return M.get("value.date", format(v));
    if (v instanceof LocalTime) return M.get("value.time", format(v));
    if (v instanceof Boolean b) return M.get(b ? "value.true" : "value.false");
    return v.toString();
  }

  /** {@code R$ 1.234,56}, as {@link Money#format()} writes it, without java.util.Formatter (hot in pricing). */
  public static String brl(Money m) {
    return brl(new StringBuilder(24), m).toString();
  }

  /** Appends {@link #brl(Money)} to {@code b}; returns {@code b}. */
  public static StringBuilder brl(StringBuilder b, Money m) {
    long c = m.cents();
    long abs = Math.abs(c);
    String units = Long.toString(abs / 100);
    if (c < 0) b.append('-');
    b.append("R$ ");
    int lead = units.length() % 3 == 0 ? 3 : units.length() % 3;
    b.append(units, 0, lead);
    for (int i = lead; i < units.length(); i += 3) b.append('.').append(units, i, i + 3);
    long cents = abs % 100;
    return b.append(',').append(cents < 10 ? "0" : "").append(cents);
  }

  /** Brazilian notation, as justification texts carry it: R$ 1.234,56 · 31/01/2025 · 0,34 · 70%. */
  public static String format(Object v) {
    if (v == null) return "";
    if (v instanceof ExactMoney m) return brl(Money.of(m.reais(), RoundingMode.HALF_UP));
    if (v instanceof Money m) return brl(m);
    if (v instanceof BigDecimal d) {
      BigDecimal s = d.stripTrailingZeros();
      if (s.scale() < 0) s = s.setScale(0);
      return s.toPlainString().replace('.', ',');
    }
    if (v instanceof LocalDate d) return d.format(BR_DATE);
    if (v instanceof Boolean b) return b ? "sim" : "não";
    return v.toString();
  }
}
