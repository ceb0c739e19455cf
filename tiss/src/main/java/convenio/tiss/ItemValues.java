package convenio.tiss;

import convenio.i18n.Messages;
import convenio.model.ItemKind;
import convenio.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an item's quantity and values may be, whichever form the account came in (TISS XML, YAML, JSON). The limits
 * are the TISS schema's own (ANS, Padrão TISS, tissSimpleTypes): a quantity is {@code st_decimal9-4} (at most 5
 * digits before the point and 4 after), an item's values are at most {@code st_decimal10-2}-sized here (8 digits
 * before the point). A value past them, a quantity that is not positive, a fraction of a procedure, or a total that
 * is not unit × quantity (with or without the reduction/increase factor) is a finding on the item, never priced
 * as written.
 * Each method returns null when the value is fine, or the problem in words.
 */
public final class ItemValues {
  private ItemValues() {}

  private static final Messages M = TissTexts.M;

  public static final BigDecimal MAX_QUANTITY = new BigDecimal("99999.9999");
  /** 8 digits before the point (st_decimal10-2). */
  public static final BigDecimal MAX_VALUE = new BigDecimal("99999999.99");

  public static String quantity(BigDecimal q, ItemKind kind) {
    if (q.signum() <= 0) return M.get("item.quantity.not.positive", q.toPlainString());
    if (q.compareTo(MAX_QUANTITY) > 0) {
      return M.get("item.quantity.large", abbreviated(q), MAX_QUANTITY.toPlainString());
    }
    if (q.stripTrailingZeros().scale() > 4) return M.get("item.quantity.decimals", q.toPlainString());
    if (kind == ItemKind.PROCEDURE && q.stripTrailingZeros().scale() > 0) {
      return M.get("item.quantity.procedure", q.toPlainString());
    }
    return null;
  }

  /** A value's magnitude and sign; {@code v} as read, before it becomes money. */
  public static String value(BigDecimal v, String name) {
    if (v.signum() < 0) return M.get("item.value.negative", name, abbreviated(v));
    if (v.compareTo(MAX_VALUE) > 0) return M.get("item.value.large", name, abbreviated(v));
    if (v.stripTrailingZeros().scale() > 2) return M.get("item.value.fraction", name, v.toPlainString());
    return null;
  }

  /**
   * The total against unit × quantity, rounded half up to the cent, with one cent of tolerance for a sender that
   * rounded differently. Senders apply the reduction/increase factor (TISS reducaoAcrescimo) to the total or leave it
   * to the operator, so with a factor either product is accepted. Beyond that, one of the values is wrong and pricing
   * either would be a guess.
   */
  public static String total(Money unit, BigDecimal quantity, BigDecimal factor, Money total) {
    if (unit == null || total == null || quantity == null) return null;
    BigDecimal plain = unit.toBigDecimal().multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    if (close(plain, total)) return null;
    String times = unit.toBigDecimal().toPlainString() + " × " + quantity.stripTrailingZeros().toPlainString();
    if (factor == null || factor.compareTo(BigDecimal.ONE) == 0) {
      return M.get("item.total.not", total.toBigDecimal().toPlainString(), times, plain.toPlainString());
    }
    BigDecimal reduced = unit.toBigDecimal().multiply(quantity).multiply(factor).setScale(2, RoundingMode.HALF_UP);
    if (close(reduced, total)) return null;
    return M.get("item.total.neither", total.toBigDecimal().toPlainString(), times, plain.toPlainString(),
        factor.toPlainString(), reduced.toPlainString());
  }

  private static boolean close(BigDecimal expected, Money total) {
    return expected.subtract(total.toBigDecimal()).abs().compareTo(new BigDecimal("0.01")) <= 0;
  }

  /** A number as a person can read it in a message, however many digits it was sent with. */
  public static String abbreviated(BigDecimal v) {
    String s = v.toPlainString();
    return s.length() <= 24 ? s : M.get("abbreviated", s.substring(0, 12), s.length());
  }
}
