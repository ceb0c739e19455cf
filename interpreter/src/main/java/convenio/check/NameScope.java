package convenio.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an expression can name besides the contract's declarations: the engine's names for this kind of rule, and the
 * tables whose row the rule's selector binds ({@code from cbhpm} makes {@code cbhpm.porte} the item's row).
 */
record NameScope(RuleNames.Kind kind, Map<String, Type> names, Set<String> rows) {
  static NameScope of(RuleNames.Kind kind, String... boundTables) {
    Set<String> rows = new LinkedHashSet<>();
    for (String t : boundTables) if (t != null) rows.add(t);
    return new NameScope(kind, RuleNames.of(kind), rows);
  }

  /** The same scope with one more name (a limit's {@code max} in its glosa text). */
  NameScope with(String name, Type type) {
    Map<String, Type> more = new LinkedHashMap<>(names);
    more.put(name, type);
    return new NameScope(kind, more, rows);
  }
}
