package convenio.common;

/**
 * How two price rules that can take the same item rank, defined once for the checker (which reports rules of equal
 * rank that overlap) and the pricer (which picks the winner): tier first (a single code beats a code set, a group or a
 * table, which beat a rule for a whole kind), then a rule restricted to a congênere, then a rule with a condition.
 * Precedence never follows the order of the file (docs/language.md, "Price rules").
 */
public final class PriceRank {
  private PriceRank() {}

  /** Precedence tiers of price rules, best first. */
  public enum Tier {
    SPECIFIC, LINEAR, DEFAULT;

    private final String label = name().toLowerCase();

    /** How results and traces name it ("specific", "linear", "default"). */
    public String label() {
      return label;
    }

    public boolean outranks(Tier other) {
      return ordinal() < other.ordinal();
    }

    /** The tier of a selector with one code ({@code singleCode}), with some code filter or table, or with neither. */
    public static Tier of(boolean singleCode, boolean filtered) {
      return singleCode ? SPECIFIC : filtered ? LINEAR : DEFAULT;
    }
  }

  /** Negative when rule {@code a} wins over rule {@code b}, zero when they rank the same. */
  public static int compare(Tier aTier, boolean aCongenere, boolean aConditional, Tier bTier, boolean bCongenere,
      boolean bConditional) {
    int c = aTier.compareTo(bTier);
    if (c != 0) return c;
    if (aCongenere != bCongenere) return aCongenere ? -1 : 1;
    if (aConditional != bConditional) return aConditional ? -1 : 1;
    return 0;
  }
}
