package convenio.syntax;

import convenio.common.PriceRank;
import convenio.model.ItemKind;
import java.util.List;
import java.util.Set;

/**
 * Which items a rule is about: kinds, an optional code filter, an optional price table the code must be in (which
 * also binds that table's row for the rule's expressions), the item's TISS table code, and a congênere.
 */
public record Selector(Span span, Set<ItemKind> kinds, CodeFilter filter, String table, String tissTable,
    String congenere) {

  public Selector {
    kinds = Set.copyOf(kinds);
  }

  /** How a price rule with this selector ranks: one code, some filter or table, or a whole kind. */
  public PriceRank.Tier tier() {
    return PriceRank.Tier.of(filter instanceof SingleCode, filter != null || table != null);
  }

  /** The code filters a selector can have. */
  public sealed interface CodeFilter {
    Span span();
  }

  /** Exactly one code: the most specific selector there is. */
  public record SingleCode(Span span, String code) implements CodeFilter {}

  /** Codes, prefixes ({@code "301*"}) and ranges ({@code "40000000".."40999999"}). */
  public record CodeSet(Span span, List<CodeSetItem> items) implements CodeFilter {
    public CodeSet {
      items = List.copyOf(items);
    }
  }

  public record GroupRef(Span span, String name) implements CodeFilter {}

  /**
   * One element of a code set: a code, a prefix ending in {@code *}, a range when {@code to} is not null, or the codes
   * of a named group ({@code group NAME} where a set is expected), made by {@link #group} and read by {@link #group()}.
   */
  public record CodeSetItem(Span span, String from, String to) {
    // A group reference is kept in `from` behind a character no code can start with, so that artifacts keep one shape.
    private static final String GROUP = "@";

    public static CodeSetItem group(Span span, String name) {
      return new CodeSetItem(span, GROUP + name, null);
    }

    /** The group this item names, or null when it is a code, a prefix or a range. */
    public String group() {
      return from.startsWith(GROUP) ? from.substring(GROUP.length()) : null;
    }

    public boolean isPrefix() {
      return to == null && from.endsWith("*");
    }

    public boolean isRange() {
      return to != null;
    }
  }
}
