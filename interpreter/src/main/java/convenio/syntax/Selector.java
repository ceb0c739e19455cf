package convenio.syntax;

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

  /** One element of a code set: a code, a prefix ending in {@code *}, or a range when {@code to} is not null. */
  public record CodeSetItem(Span span, String from, String to) {
    public boolean isPrefix() {
      return to == null && from.endsWith("*");
    }

    public boolean isRange() {
      return to != null;
    }
  }
}
