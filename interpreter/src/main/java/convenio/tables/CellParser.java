package convenio.tables;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.syntax.Decl;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Text cells of table files → typed values. Files come from spreadsheets, so both Brazilian ({@code 1.234,56},
 * {@code 31/01/2025}) and plain ({@code 1234.56}, {@code 2025-01-31}) notations are accepted.
 */
final class CellParser {
  private static final Messages M = Messages.of(CellParser.class, "convenio.tables.messages");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final DateTimeFormatter BR_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private CellParser() {}

  /** Thrown with a message for the diagnostic; never escapes the loader. */
  static final class BadCell extends Exception {
    BadCell(String message) {
      super(message);
    }
  }

  /** Null for an empty cell. */
  static Object parse(String raw, Decl.ColumnType type) throws BadCell {
    if (raw == null) return null;
    String s = raw.strip();
    if (s.isEmpty()) return null;
    try {
      return switch (type) {
        case MONEY -> money(s);
        case PERCENT -> Percent.of(decimalText(s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s));
        case NUMBER -> new BigDecimal(decimalText(s));
        case TEXT, CODE -> s;
        case DATE -> s.contains("/") ? LocalDate.parse(s, BR_DATE) : LocalDate.parse(s);
        case TIME -> LocalTime.parse(s);
        case BOOLEAN -> bool(s);
      };
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      throw new BadCell(M.get("cell.not", s, article(type)));
    }
  }

  /** {@code 1.234,5} → {@code 1234.5}; a text without a comma is read as a plain decimal. */
  static String decimalText(String s) {
    String t = s.indexOf(',') >= 0 ? s.replace(".", "").replace(',', '.') : s;
    if (!DECIMAL.matcher(t).matches()) throw new NumberFormatException(s);
    return t;
  }

  /** Money cells: {@code R$ 1.234,56}, {@code 1.234,56}, {@code 1234.56}; at most two decimals (a price list with
   *  fractions of a cent is a wrong column, not something to round silently). */
  static Money money(String s) {
    String t = s.startsWith("R$") ? s.substring(2).strip() : s;
    BigDecimal d = new BigDecimal(decimalText(t));
    if (d.scale() > 2 && d.stripTrailingZeros().scale() > 2) throw new NumberFormatException(s);
    return Money.of(d.setScale(2, RoundingMode.UNNECESSARY));
  }

  private static Boolean bool(String s) throws BadCell {
    return switch (s.toLowerCase()) {
      case "true", "sim", "s", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "não", "nao", "n", "no", "0" -> Boolean.FALSE;
      default -> throw new BadCell(M.get("cell.not.boolean", s));
    };
  }

  static String article(Decl.ColumnType type) {
    return switch (type) {
      case MONEY -> M.get("cell.money");
      case PERCENT -> M.get("cell.percent");
      case NUMBER -> M.get("cell.number");
      case DATE -> M.get("cell.date");
      case TIME -> M.get("cell.time");
      case BOOLEAN -> M.get("cell.boolean");
      default -> M.get("cell.text");
    };
  }

  /** An inline cell's literal, checked against its column type (numbers widen to percent only, never to money). */
  static Object fromLiteral(Object literal, Decl.ColumnType type) throws BadCell {
    if (literal == null) return null;
    boolean fits = switch (type) {
      case MONEY -> literal instanceof Money;
      case PERCENT -> literal instanceof Percent;
      case NUMBER -> literal instanceof BigDecimal;
      case TEXT, CODE -> literal instanceof String;
      case DATE -> literal instanceof LocalDate;
      case TIME -> literal instanceof LocalTime;
      case BOOLEAN -> literal instanceof Boolean;
    };
    if (fits) return literal;
    if (type == Decl.ColumnType.PERCENT && literal instanceof BigDecimal d) return new Percent(d);
    throw new BadCell(M.get(type == Decl.ColumnType.CODE || type == Decl.ColumnType.TEXT ? "cell.wants.code" : "cell.wants",
        describe(literal), article(type)));
  }

  private static String describe(Object v) {
    if (v instanceof Money m) return M.get("cell.is.money", m.format());
    if (v instanceof Percent p) return M.get("cell.is.percent", p);
    if (v instanceof BigDecimal d) return M.get("cell.is.number", d.toPlainString().replace('.', ','));
    if (v instanceof String s) return M.get("cell.is.text", s);
    return v.getClass().getSimpleName().toLowerCase() + " " + v;
  }
}
