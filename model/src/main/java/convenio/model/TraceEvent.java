package convenio.model;

import convenio.i18n.Lang;
import java.util.Objects;

/**
 * One step in the explanation of an item: a rule considered, applied or skipped, with its place, the
 * inputs that decided it (as text) and the value before and after. Rendering is elsewhere.
 *
 * <p>The detail text may be given as a {@link Detail} ({@link #lazy}): the inputs the step recorded, written out the first time
 * {@link #detail()} is asked for, so pricing keeps the whole trace without formatting text nobody reads. The text is
 * the same either way; equality, hash and {@code toString} are those of the text, as for a record.
 */
public final class TraceEvent {
  public enum Kind {
    PRICE, TABLE, COMPOSITION, ROUTE, PARTICIPATION, MODIFIER, PACKAGE, LIMIT, REQUIREMENT, GLOSA, CAP, ROUNDING,
    CHECK, MANUAL, SKIPPED
  }

  /** A detail text written on demand from values the step captured (immutable ones: the text never changes). */
  @FunctionalInterface
  public interface Detail {
    String render();
  }

  private final Kind kind;
  private final String rule;
  private final SourcePos pos;
  private final Money before;
  private final Money after;
  /** The text, or the {@link Detail} that writes it. */
  private final Object detail;
  /** The text last written from a {@link Detail}, in its language: asked again in that language, it is reused. */
  private volatile Written written;

  private record Written(Lang lang, String text) {}

  public TraceEvent(Kind kind, String rule, SourcePos pos, String detail, Money before, Money after) {
    this(kind, rule, pos, before, after, detail);
  }

  /** An event whose detail text is written from {@code detail} when first asked for. */
  public static TraceEvent lazy(Kind kind, String rule, SourcePos pos, Detail detail, Money before, Money after) {
    return new TraceEvent(kind, rule, pos, before, after, detail);
  }

  private TraceEvent(Kind kind, String rule, SourcePos pos, Money before, Money after, Object detail) {
    this.kind = kind;
    this.rule = rule;
    this.pos = pos;
    this.before = before;
    this.after = after;
    this.detail = detail;
  }

  public Kind kind() {
    return kind;
  }

  public String rule() {
    return rule;
  }

  public SourcePos pos() {
    return pos;
  }

  public String detail() {
    Object d = detail;
    if (d instanceof Detail lazy) {
      // Written in the reader's language (explain in Portuguese, the same result's JSON later in English).
      Lang lang = Lang.current();
      Written w = written;
      if (w != null && w.lang() == lang) return w.text();
      String text = lazy.render();
      written = new Written(lang, text);
      return text;
    }
    return (String) d;
  }

  public Money before() {
    return before;
  }

  public Money after() {
    return after;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraceEvent e && kind == e.kind && Objects.equals(rule, e.rule) && Objects.equals(pos, e.pos)
        && Objects.equals(detail(), e.detail()) && Objects.equals(before, e.before) && Objects.equals(after, e.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, rule, pos, detail(), before, after);
  }

  @Override
  public String toString() {
    return "TraceEvent[kind=" + kind + ", rule=" + rule + ", pos=" + pos + ", detail=" + detail() + ", before="
        + before + ", after=" + after + "]";
  }
}
