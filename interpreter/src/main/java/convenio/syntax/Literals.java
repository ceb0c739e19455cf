package convenio.syntax;

import convenio.i18n.Messages;
import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Decoding of literal tokens in Brazilian notation; a bad literal is a message, returned by the caller as a diagnostic. */
final class Literals {
  private static final Messages M = Messages.of(Literals.class, "convenio.syntax.messages");
  private Literals() {}

  static final class BadLiteral extends Exception {
    final String hint;

    BadLiteral(String message, String hint) {
      super(message);
      this.hint = hint;
    }
  }

  static Money money(String token) throws BadLiteral {
    try {
      return Money.parse(token);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new BadLiteral(M.get("literal.money", token), M.get("literal.money.hint"));
    }
  }

  static Percent percent(String token) {
    return Percent.of(token);
  }

  static BigDecimal decimal(String token) {
    return new BigDecimal(token.replace(',', '.'));
  }

  static LocalDate date(String token) throws BadLiteral {
    try {
      return LocalDate.parse(token);
    } catch (DateTimeParseException e) {
      String[] p = token.split("-");
      int month = Integer.parseInt(p[1]);
      if (month < 1 || month > 12) throw new BadLiteral(M.get("literal.date.month", token, month),
          M.get("literal.date.hint"));
      int days = YearMonth.of(Integer.parseInt(p[0]), month).lengthOfMonth();
      throw new BadLiteral(M.get("literal.date.days", token, YearMonth.of(Integer.parseInt(p[0]), month), days),
          M.get("literal.date.hint"));
    }
  }

  static LocalTime time(String token) throws BadLiteral {
    try {
      return LocalTime.parse(token);
    } catch (DateTimeParseException e) {
      throw new BadLiteral(M.get("literal.time", token), M.get("literal.time.hint"));
    }
  }

  static String string(String token) {
    String body = token.substring(1, token.length() - 1);
    if (body.indexOf('\\') < 0) return body;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char n = body.charAt(++i);
        b.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
