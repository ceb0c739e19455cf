package convenio.cases;

import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a case expects of a pricing result. Every field is optional (null = not checked), because analysts write
 * only what the case is about. Each part keeps the line it was written on, so a failure points at it.
 */
public record Expectations(TotalsExpected totals, List<GuideExpected> guides, List<ItemExpected> items) {
  public Expectations {
    guides = guides == null ? List.of() : List.copyOf(guides);
    items = items == null ? List.of() : List.copyOf(items);
  }

  public static final Expectations NONE = new Expectations(null, List.of(), List.of());

  public record TotalsExpected(Money presented, Money paid, Money glosed, Money raised, Percent glosaRate, int line) {}

  /** @param critiques null when not checked; an empty list means "no critique". */
  public record GuideExpected(String guide, TotalsExpected totals, List<CritiqueExpected> critiques, int line) {}

  /**
   * An item picked by guide (optional with one guide), seq, code and degree, and the values expected of it.
   *
   * @param glosas null when not checked; an empty list means "no glosa".
   */
  public record ItemExpected(String guide, Integer seq, String code, String degree, Money unitPrice, Money allowed,
      Money paid, BigDecimal paidQuantity, Money glosed, Money raised, List<GlosaExpected> glosas, int line) {

    /** How the item was asked for, as the analyst wrote it: {@code guide G-1, seq 2, code "30602017"}. */
    public String selector() {
      StringBuilder b = new StringBuilder();
      if (guide != null) b.append("guide ").append(guide);
      if (seq != null) b.append(b.length() > 0 ? ", " : "").append("seq ").append(seq);
      if (code != null) b.append(b.length() > 0 ? ", " : "").append("code \"").append(code).append('"');
      if (degree != null) b.append(b.length() > 0 ? ", " : "").append("degree \"").append(degree).append('"');
      return b.toString();
    }
  }

  /** Only the fields written are compared; {@code text} matches when the actual text contains it. */
  public record GlosaExpected(String code, Money value, BigDecimal quantity, String text, int line) {}

  public record CritiqueExpected(String code, String text, int line) {}
}
