package convenio.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A denial of part of an item: the TISS table-38 code (dm_tipoGlosa), how much (quantity and value),
 * the justification with its values filled in, and the rule that caused it.
 *
 * <p>The justification may be given as a {@link TraceEvent.Detail} ({@link #lazy}): the values it is written from,
 * written out the first time {@link #text()} is asked for, so that a lote's results do not hold a justification text
 * per glosa that nobody reads. The text is the same either way; equality, hash and {@code toString} are those of the
 * text, as for a record.
 *
 * @param rule   name of the rule (or "manual: auditor" for manual glosas)
 * @param pos    the rule's place in its file, or {@link SourcePos#NONE} for manual glosas
 */
public final class Glosa {
  public static final int MAX_TEXT = 500; // TISS justification fields hold 500 characters

  private final String code;
  private final BigDecimal quantity;
  private final long value; // cents: a lote's results keep one glosa per glosed item, no Money object each
  private final GlosaGroup group;
  private final String rule;
  private final SourcePos pos;
  private final boolean manual;
  /** The text, or the {@link TraceEvent.Detail} that writes it (replaced by its text once written). */
  private Object text;

  public Glosa(String code, BigDecimal quantity, Money value, String text, GlosaGroup group, String rule,
      SourcePos pos, boolean manual) {
    this(code, quantity, value, group, rule, pos, manual, (Object) cut(text));
  }

  /** A glosa whose justification is written from {@code text} when first asked for. */
  public static Glosa lazy(String code, BigDecimal quantity, Money value, TraceEvent.Detail text, GlosaGroup group,
      String rule, SourcePos pos, boolean manual) {
    return new Glosa(code, quantity, value, group, rule, pos, manual, text);
  }

  private Glosa(String code, BigDecimal quantity, Money value, GlosaGroup group, String rule, SourcePos pos,
      boolean manual, Object text) {
    this.code = code;
    this.quantity = quantity;
    this.value = value.cents();
    this.group = group;
    this.rule = rule;
    this.pos = pos;
    this.manual = manual;
    this.text = text;
  }

  private static String cut(String text) {
    return text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  public String code() {
    return code;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public Money value() {
    return Money.ofCents(value);
  }

  /** {@link #value()} in cents. */
  public long valueCents() {
    return value;
  }

  public String text() {
    Object t = text;
    if (t instanceof TraceEvent.Detail lazy) {
      String written = cut(lazy.render());
      text = written;
      return written;
    }
    return (String) t;
  }

  public GlosaGroup group() {
    return group;
  }

  public String rule() {
    return rule;
  }

  public SourcePos pos() {
    return pos;
  }

  public boolean manual() {
    return manual;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glosa g && manual == g.manual && Objects.equals(code, g.code)
        && Objects.equals(quantity, g.quantity) && value == g.value && Objects.equals(text(), g.text())
        && group == g.group && Objects.equals(rule, g.rule) && Objects.equals(pos, g.pos);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, quantity, value(), text(), group, rule, pos, manual);
  }

  @Override
  public String toString() {
    return "Glosa[code=" + code + ", quantity=" + quantity + ", value=" + value() + ", text=" + text() + ", group="
        + group + ", rule=" + rule + ", pos=" + pos + ", manual=" + manual + "]";
  }
}
