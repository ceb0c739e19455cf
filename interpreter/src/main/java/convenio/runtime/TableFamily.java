package convenio.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All versions of one table name. The version for an item is the one whose vigência contains the item's date with the
 * latest start, a version for the beneficiary's congênere first ("maior vigência com congênere; senão a de maior
 * vigência sem congênere", Solus FAQ).
 */
public final class TableFamily {
  private final String name;
  private final List<TableVersion> versions; // latest start first

  public TableFamily(String name, List<TableVersion> versions) {
    this.name = name;
    List<TableVersion> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing((TableVersion v) -> v.from() == null ? LocalDate.MIN : v.from()).reversed());
    this.versions = List.copyOf(sorted);
  }

  public String name() {
    return name;
  }

  public List<TableVersion> versions() {
    return versions;
  }

  /** The version in force on {@code date} for a beneficiary of {@code congenere}, or null. */
  public TableVersion version(LocalDate date, String congenere) {
    if (congenere != null && !congenere.isEmpty()) {
      for (TableVersion v : versions) {
        if (congenere.equals(v.congenere()) && v.covers(date)) return v;
      }
    }
    for (TableVersion v : versions) {
      if (v.congenere() == null && v.covers(date)) return v;
    }
    return null;
  }

  /** The row of {@code code} in the version in force, or null when the code is not there. */
  public Row row(String code, LocalDate date, String congenere) {
    TableVersion v = version(date, congenere);
    if (v == null) return null;
    int i = v.find(code);
    return i < 0 ? null : new Row(v, i);
  }
}
