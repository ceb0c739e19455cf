package convenio.artifact;

import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The typed values that literals and table cells hold, each with a one-byte tag: money as cents, percent and numbers
 * as exact decimals, dates as epoch days, times as seconds of the day. Nothing goes through double.
 */
final class ValueCodec {
  private ValueCodec() {}

  private static final int NULL = 0, MONEY = 1, PERCENT = 2, DECIMAL = 3, DATE = 4, TIME = 5, TEXT = 6, TRUE = 7,
      FALSE = 8, LONG = 9;

  static void write(BinaryOut out, Object v) {
    if (v == null) {
      out.u8(NULL);
    } else if (v instanceof Money m) {
      out.u8(MONEY);
      out.svar(m.cents());
    } else if (v instanceof Percent p) {
      out.u8(PERCENT);
      out.decimal(p.value());
    } else if (v instanceof BigDecimal d) {
      out.u8(DECIMAL);
      out.decimal(d);
    } else if (v instanceof LocalDate d) {
      out.u8(DATE);
      out.svar(d.toEpochDay());
    } else if (v instanceof LocalTime t) {
      out.u8(TIME);
      out.uvar(t.toNanoOfDay());
    } else if (v instanceof String s) {
      out.u8(TEXT);
      out.str(s);
    } else if (v instanceof Boolean b) {
      out.u8(b ? TRUE : FALSE);
    } else if (v instanceof Long || v instanceof Integer) {
      out.u8(LONG);
      out.svar(((Number) v).longValue());
    } else {
      throw new IllegalArgumentException("a value of type " + v.getClass().getName()
          + " cannot be stored in a compiled contract");
    }
  }

  static Object read(BinaryIn in) throws BinaryIn.Corrupt {
    int tag = in.u8();
    return switch (tag) {
      case NULL -> null;
      case MONEY -> Money.ofCents(in.svar());
      case PERCENT -> new Percent(in.decimal());
      case DECIMAL -> in.decimal();
      case DATE -> day(in);
      case TIME -> time(in.uvar());
      case TEXT -> in.str();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case LONG -> in.svar();
      default -> throw new BinaryIn.Corrupt("unknown value tag " + tag + " at byte " + (in.position() - 1));
    };
  }

  static void date(BinaryOut out, LocalDate d) {
    out.bool(d != null);
    if (d != null) out.svar(d.toEpochDay());
  }

  static LocalDate date(BinaryIn in) throws BinaryIn.Corrupt {
    return in.bool() ? day(in) : null;
  }

  /** An epoch day, checked: a corrupt artifact is reported as such, not as a DateTimeException. */
  private static LocalDate day(BinaryIn in) throws BinaryIn.Corrupt {
    long day = in.svar();
    if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
      throw new BinaryIn.Corrupt("a date out of range at byte " + in.position());
    }
    return LocalDate.ofEpochDay(day);
  }

  private static LocalTime time(long nanoOfDay) throws BinaryIn.Corrupt {
    if (nanoOfDay >= 86_400_000_000_000L) throw new BinaryIn.Corrupt("a time of day out of range");
    return LocalTime.ofNanoOfDay(nanoOfDay);
  }
}
