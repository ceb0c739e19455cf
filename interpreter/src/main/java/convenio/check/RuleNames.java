package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names the engine gives a rule's expressions, by kind of rule (docs/language.md, "Names available in rules"):
 * per unit in price, adjust and participation rules; per line in glosa rules, limits, requirements and checks.
 */
final class RuleNames {
  private static final Messages M = Messages.of(RuleNames.class, "convenio.check.messages");
  private RuleNames() {}

  enum Kind {
    PRICE("kind.price"), ADJUST("kind.adjust"), PARTICIPATION("kind.participation"), ROUTES("kind.routes"),
    LINE("kind.line"), CONSTANT("kind.constant");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The rules of this kind, in words. */
    Text words() {
      return M.text(key);
    }
  }

  private static final Map<String, Type> PER_UNIT = new LinkedHashMap<>();
  private static final Map<String, Type> PER_LINE_EXTRA = new LinkedHashMap<>();

  static {
    PER_UNIT.put("code", Type.TEXT);
    PER_UNIT.put("table", Type.TEXT);
    PER_UNIT.put("kind", Type.TEXT);
    PER_UNIT.put("quantity", Type.NUMBER);
    PER_UNIT.put("presented", Type.MONEY);
    PER_UNIT.put("date", Type.DATE);
    PER_UNIT.put("hour", Type.TIME);
    PER_UNIT.put("weekday", Type.NUMBER);
    PER_UNIT.put("weekend", Type.BOOLEAN);
    PER_UNIT.put("holiday", Type.BOOLEAN);
    PER_UNIT.put("route", Type.TEXT);
    PER_UNIT.put("technique", Type.TEXT);
    PER_UNIT.put("degree", Type.TEXT);
    PER_UNIT.put("character", Type.TEXT);
    PER_UNIT.put("accommodation", Type.TEXT);
    PER_UNIT.put("billing_type", Type.TEXT);
    PER_UNIT.put("discharge_reason", Type.TEXT);
    PER_UNIT.put("authorization", Type.TEXT);
    PER_UNIT.put("authorization_date", Type.DATE);
    PER_UNIT.put("authorized_quantity", Type.NUMBER);
    PER_UNIT.put("inpatient", Type.BOOLEAN);
    PER_UNIT.put("outpatient", Type.BOOLEAN);
    PER_UNIT.put("congenere", Type.TEXT);
    PER_UNIT.put("guide_type", Type.TEXT);
    PER_LINE_EXTRA.put("allowed", Type.MONEY);
    PER_LINE_EXTRA.put("unit_price", Type.MONEY);
    PER_LINE_EXTRA.put("priced", Type.MONEY);
  }

  /** The names of a kind of rule with their types; {@code value}/{@code surgeon} where the language gives them. */
  static Map<String, Type> of(Kind kind) {
    Map<String, Type> names = new LinkedHashMap<>();
    if (kind == Kind.CONSTANT) return names;
    names.putAll(PER_UNIT);
    switch (kind) {
      case ADJUST, ROUTES -> names.put("value", Type.MONEY);
      case PARTICIPATION -> names.put("surgeon", Type.MONEY);
      case LINE -> names.putAll(PER_LINE_EXTRA);
      default -> { }
    }
    return names;
  }

  /** Every name the engine gives, in any kind of rule. */
  static Set<String> all() {
    Set<String> names = new LinkedHashSet<>(PER_UNIT.keySet());
    names.addAll(PER_LINE_EXTRA.keySet());
    names.add("value");
    names.add("surgeon");
    return names;
  }

  static boolean isBuiltin(String name) {
    return PER_UNIT.containsKey(name) || PER_LINE_EXTRA.containsKey(name) || name.equals("value")
        || name.equals("surgeon");
  }

  /** Where a builtin name is available, for "is not available here" messages. */
  static Text whereAvailable(String name) {
    if (PER_UNIT.containsKey(name)) return M.text("where.unit");
    if (PER_LINE_EXTRA.containsKey(name)) return M.text("where.line");
    if (name.equals("value")) return M.text("where.value");
    if (name.equals("surgeon")) return M.text("where.surgeon");
    return M.text("where.nowhere");
  }

  static final Set<String> FUNCTIONS = Set.of("min", "max", "round", "exists", "contains", "guide_max");

  /** The keys a duplicates rule can compare lines by. */
  static final Set<String> DUPLICATE_KEYS =
      Set.of("code", "date", "hour", "degree", "guide", "route", "technique", "quantity", "presented", "team");
}
