package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.Item;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The names the language gives every rule (docs/language.md, "Names available in rules"). Absent TISS codes read as
 * the empty text, so {@code authorization = ""} and {@code degree != ""} say what an analyst means.
 */
public final class ItemNames {
  private static final Messages M = Messages.of(ItemNames.class, "convenio.runtime.messages");
  private ItemNames() {}

  /** The evaluator of a name, or null when it is not one of them. */
  public static Eval of(String name) {
    return switch (name) {
      case "code" -> s -> text(s.needItem(name).code());
      case "table" -> s -> text(s.needItem(name).table());
      case "kind" -> s -> s.needItem(name).kind().languageName();
      case "quantity" -> s -> s.needItem(name).quantity();
      case "presented" -> s -> s.step.defines(Environment.Name.PRESENTED_LINE) ? s.step.money(Environment.Name.PRESENTED_LINE)
          : presentedUnit(s.needItem(name));
      case "date" -> s -> s.date;
      case "hour" -> ItemNames::hour;
      case "weekday" -> s -> BigDecimal.valueOf(need(s.date, name).getDayOfWeek().getValue());
      case "weekend" -> s -> need(s.date, name).getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
      case "holiday" -> s -> s.holidays.contains(need(s.date, name));
      case "route" -> s -> text(s.needItem(name).route());
      case "technique" -> s -> text(s.needItem(name).technique());
      case "degree" -> s -> text(s.needItem(name).degree());
      case "character" -> s -> text(s.guide.character());
      case "accommodation" -> s -> text(s.guide.accommodation());
      case "billing_type" -> s -> text(s.guide.billingType());
      case "discharge_reason" -> s -> text(s.guide.dischargeReason());
      case "authorization" -> s -> text(s.guide.authorizationNumber());
      // TISS dataAutorizacao: for "executed before the authorization" (table 38, 1840); a guide without one cannot
      // tell, so a rule reading it is not applied there (a critique says so)
      case "authorization_date" -> s -> {
        if (s.guide.authorizationDate() == null) throw new EvalException(M.get("eval.no.authorization.date"));
        return s.guide.authorizationDate();
      };
      // the quantity the operator authorized, where the account carries it (TISS billing guides do not)
      case "authorized_quantity" -> s -> {
        Item i = s.needItem(name);
        if (i.authorizedQuantity() == null) {
          throw EvalException.notCarried(M.get("eval.not.carried.authorized"));
        }
        return i.authorizedQuantity();
      };
      case "inpatient" -> s -> s.guide.inpatient();
      case "outpatient" -> s -> !s.guide.inpatient();
      case "congenere" -> s -> text(s.congenere());
      case "guide_type" -> s -> s.guide.type() == null ? "" : s.guide.type().name().toLowerCase();
      case "value" -> s -> s.step.money(Environment.Name.VALUE);
      case "surgeon" -> s -> s.step.money(Environment.Name.SURGEON);
      case "allowed", "priced" -> s -> s.step.money(Environment.Name.ALLOWED);
      case "unit_price" -> s -> s.step.money(Environment.Name.UNIT_PRICE);
      case "max" -> s -> {
        if (!s.step.defines(Environment.Name.MAX)) throw new EvalException(M.get("eval.max.only.limit"));
        return s.step.get(Environment.Name.MAX);
      };
      default -> null;
    };
  }

  private static String text(String v) {
    return v == null ? "" : v;
  }

  private static <T> T need(T v, String name) {
    if (v == null) throw new EvalException(M.get("eval.item.no", name));
    return v;
  }

  static ExactMoney presentedUnit(Item i) {
    if (i.unitValue() != null) return ExactMoney.of(i.unitValue());
    if (i.quantity() == null || i.quantity().signum() == 0) return ExactMoney.of(i.totalValue());
    return new ExactMoney(i.totalValue().toBigDecimal().divide(i.quantity(), 10, RoundingMode.HALF_EVEN));
  }

  private static Object hour(Scope s) {
    Item i = s.item;
    LocalTime t = i != null && i.startTime() != null ? i.startTime() : s.guide.startTime();
    if (t == null) throw new EvalException(M.get("eval.item.no.hour"));
    return t;
  }
}
