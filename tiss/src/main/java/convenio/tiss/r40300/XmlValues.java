package convenio.tiss.r40300;

import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.tiss.ItemValues;
import convenio.tiss.read.GuideSkipped;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    if (v == null) throw new GuideSkipped(element, Writing.M.get("skip.no.valid", where, element));
    String wrong = ItemValues.value(v, element);
    if (wrong != null) throw new GuideSkipped(element, Writing.M.get("skip.value", where, wrong));
    return Money.of(v);
  }

  static Money moneyOrNull(BigDecimal v) {
    if (v == null || v.stripTrailingZeros().scale() > 2 || ItemValues.value(v, "") != null) return null;
    return Money.of(v);
  }

  /** A guide's presented total: absent or with fractions of a cent is left out; negative or oversized skips it. */
  static Money total(BigDecimal v, String element) throws GuideSkipped {
    if (v == null || v.stripTrailingZeros().scale() > 2) return null;
    String wrong = ItemValues.value(v, element);
    if (wrong != null) throw new GuideSkipped(element, Writing.M.get("skip.guide.value", wrong));
    return Money.of(v);
  }

  /**
   * The findings on a guide's items that make pricing it a guess: a quantity that is not positive, too large or a
   * fraction of a procedure, a total that is not unit × quantity × factor, two items with one sequencialItem.
   */
  static void checkItems(List<Item> items) throws GuideSkipped {
    Set<Integer> seqs = new HashSet<>();
    for (Item i : items) {
      String where = Writing.M.get("where.item.code", i.seq(), i.code());
      String wrong = ItemValues.quantity(i.quantity(), i.kind());
      if (wrong != null) throw new GuideSkipped("quantidadeExecutada", where + ": " + wrong);
      wrong = ItemValues.total(i.unitValue(), i.quantity(), i.factor(), i.totalValue());
      if (wrong != null) throw new GuideSkipped("valorTotal", where + ": valorTotal " + wrong.substring(6));
      // Procedures and other expenses are numbered each in their own list (a guide's despesas restart at 1).
      if (!seqs.add(i.seq() * 2 + (i.kind() == ItemKind.PROCEDURE ? 0 : 1))) {
        throw new GuideSkipped("sequencialItem", Writing.M.get(i.kind() == ItemKind.PROCEDURE
            ? "skip.seq.twice.procedures" : "skip.seq.twice.expenses", i.seq()));
      }
    }
  }

  static BigDecimal quantity(BigDecimal q, String element, String where) throws GuideSkipped {
    if (q == null) throw new GuideSkipped(element, Writing.M.get("skip.no.valid", where, element));
    return q;
  }

  static BigDecimal quantity(BigInteger q, String element, String where) throws GuideSkipped {
    if (q == null) throw new GuideSkipped(element, Writing.M.get("skip.no.valid", where, element));
    return new BigDecimal(q);
  }

  /** A sequencialItem as an int; beyond st_numerico4 it is not one (the schema problem says so too). */
  static int sequence(BigInteger s, int position) throws GuideSkipped {
    if (s == null) return position;
    if (s.signum() <= 0 || s.bitLength() > 31) {
      throw new GuideSkipped("sequencialItem", Writing.M.get("skip.seq.range",
          ItemValues.abbreviated(new BigDecimal(s))));
    }
    return s.intValue();
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
