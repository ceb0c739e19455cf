package convenio.repl;

import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Values as the language writes them, so what the REPL prints can be pasted back into a contract. */
final class ValueText {
  private ValueText() {}

  static String of(Object v) {
    if (v == null) return ReplTexts.M.get("value.none");
    if (v instanceof Money m) return m.format();
    if (v instanceof Percent p) return p.toString();
    if (v instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString().replace('.', ',');
    if (v instanceof String s) return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    if (v instanceof Collection<?> c) return c.stream().map(ValueText::of).collect(Collectors.joining(", ", "{", "}"));
    if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> of(e.getKey()) + " -> " + of(e.getValue()))
          .collect(Collectors.joining("  ", "{ ", " }"));
    }
    return v.toString();
  }

  /** A signed difference of money: {@code +R$ 12,00}, {@code -R$ 3,50}, or {@code R$ 0,00}. */
  static String delta(Money d) {
    if (d.isZero()) return d.format(); // "R$ 0,00": a difference is money like its neighbours
    return d.isNegative() ? d.format() : "+" + d.format();
  }
}
