package convenio.tiss.r40300;

import convenio.model.Money;
import convenio.tiss.read.GuideSkipped;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Conversions between the values of the generated 4.03.00 XML binding (text, XMLGregorianCalendar, BigDecimal) and
 * the model's, in both directions. Money stays exact throughout.
 */
final class XmlValues {
  private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

  private XmlValues() {}

  /** Trimmed text, or null when absent or blank (TISS writes absent values as empty elements more often than not). */
  static String text(String s) {
    if (s == null) return null;
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static LocalDate date(XMLGregorianCalendar c) {
    if (c == null || c.getYear() == DatatypeConstants.FIELD_UNDEFINED) return null;
    return LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
  }

  static LocalTime time(XMLGregorianCalendar c) {
    if (c == null || c.getHour() == DatatypeConstants.FIELD_UNDEFINED) return null;
    int s = c.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : c.getSecond();
    return LocalTime.of(c.getHour() == 24 ? 0 : c.getHour(), c.getMinute(), s);
  }

  /** Money from a TISS decimal; a value with fractions of a cent is refused rather than rounded. */
  static Money money(BigDecimal v, String element, String where) throws GuideSkipped {
    if (v == null) throw new GuideSkipped(element, where + " has no valid " + element);
    try {
      return Money.of(v);
    } catch (ArithmeticException e) {
      throw new GuideSkipped(element, where + " " + element + " " + v.toPlainString()
          + " has fractions of a cent (money is exact; nothing is rounded)");
    }
  }

  static Money moneyOrNull(BigDecimal v) {
    if (v == null || v.stripTrailingZeros().scale() > 2) return null;
    return Money.of(v);
  }

  static BigDecimal quantity(BigDecimal q, String element, String where) throws GuideSkipped {
    if (q == null) throw new GuideSkipped(element, where + " has no valid " + element);
    return q;
  }

  static BigDecimal quantity(BigInteger q, String element, String where) throws GuideSkipped {
    if (q == null) throw new GuideSkipped(element, where + " has no valid " + element);
    return new BigDecimal(q);
  }

  static XMLGregorianCalendar xmlDate(LocalDate d) {
    if (d == null) return null;
    return DATATYPES.newXMLGregorianCalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
        DatatypeConstants.FIELD_UNDEFINED);
  }

  static XMLGregorianCalendar xmlTime(LocalTime t) {
    if (t == null) return null;
    return DATATYPES.newXMLGregorianCalendarTime(t.getHour(), t.getMinute(), t.getSecond(),
        DatatypeConstants.FIELD_UNDEFINED);
  }

  static BigDecimal decimal(Money m) {
    return m == null ? null : m.toBigDecimal();
  }
}
