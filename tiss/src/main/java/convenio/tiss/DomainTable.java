package convenio.tiss;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TISS domain table ({@code dm_*} simple type) of one release: its codes in the schema's order, each with its
 * description, plus inactive codes that only the ANS comments still list.
 */
public final class DomainTable {
  private final String name;
  private final String title;
  private final Map<String, CodeEntry> entries;
  private final List<CodeEntry> ordered;

  DomainTable(String name, String title, List<CodeEntry> entries) {
    this.name = name;
    this.title = title;
    Map<String, CodeEntry> m = new LinkedHashMap<>();
    for (CodeEntry e : entries) m.putIfAbsent(e.code(), e);
    this.entries = Map.copyOf(m);
    this.ordered = List.copyOf(m.values());
  }

  /** The simple type's name, e.g. {@code dm_grauPart}. */
  public String name() {
    return name;
  }

  /** A human title, e.g. "Grau de participação" (the type name when none is known). */
  public String title() {
    return title;
  }

  /** Every entry, active codes first in the schema's order. */
  public List<CodeEntry> entries() {
    return ordered;
  }

  /** True when the release's enumeration accepts the code. */
  public boolean accepts(String code) {
    CodeEntry e = code == null ? null : entries.get(code);
    return e != null && e.active();
  }

  public Optional<CodeEntry> get(String code) {
    return Optional.ofNullable(code == null ? null : entries.get(code));
  }

  /** The description, or null for a code the table does not have. */
  public String describe(String code) {
    CodeEntry e = code == null ? null : entries.get(code);
    return e == null ? null : e.description();
  }

  @Override
  public String toString() {
    return name + " (" + title + ", " + ordered.size() + " codes)";
  }
}
