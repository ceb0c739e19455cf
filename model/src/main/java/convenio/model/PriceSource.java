package convenio.model;

import java.util.Objects;

/**
 * Where an item's contract price came from: the rule (name and place), its precedence tier
 * (specific, linear, default), and the table row when a table gave it.
 *
 * <p>The row's place may be given as the table and the row's index ({@link #atRow}): looked up when
 * {@link #tableRow()} is read, so pricing reads no line number it may never need. Equality, hash and {@code toString}
 * are those of the values, as for a record.
 */
public final class PriceSource {
  /** The places of a table's rows in their file. */
  @FunctionalInterface
  public interface Rows {
    SourcePos rowPos(int row);
  }

  private final String rule;
  private final SourcePos pos;
  private final String tier;
  private final String table;
  private final String tableVersion;
  private final SourcePos tableRow;
  private final Rows rows; // with row, when the place is looked up on demand
  private final int row;

  public PriceSource(String rule, SourcePos pos, String tier, String table, String tableVersion, SourcePos tableRow) {
    this(rule, pos, tier, table, tableVersion, tableRow, null, -1);
  }

  /** A price found on row {@code row} of a table whose rows' places {@code rows} gives. */
  public static PriceSource atRow(String rule, SourcePos pos, String tier, String table, String tableVersion, Rows rows,
      int row) {
    return new PriceSource(rule, pos, tier, table, tableVersion, null, Objects.requireNonNull(rows), row);
  }

  private PriceSource(String rule, SourcePos pos, String tier, String table, String tableVersion, SourcePos tableRow,
      Rows rows, int row) {
    this.rule = rule;
    this.pos = pos;
    this.tier = tier;
    this.table = table;
    this.tableVersion = tableVersion;
    this.tableRow = tableRow;
    this.rows = rows;
    this.row = row;
  }

  public String rule() {
    return rule;
  }

  public SourcePos pos() {
    return pos;
  }

  public String tier() {
    return tier;
  }

  public String table() {
    return table;
  }

  public String tableVersion() {
    return tableVersion;
  }

  public SourcePos tableRow() {
    return rows == null ? tableRow : rows.rowPos(row);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceSource s && Objects.equals(rule, s.rule) && Objects.equals(pos, s.pos)
        && Objects.equals(tier, s.tier) && Objects.equals(table, s.table)
        && Objects.equals(tableVersion, s.tableVersion) && Objects.equals(tableRow(), s.tableRow());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, pos, tier, table, tableVersion, tableRow());
  }

  @Override
  public String toString() {
    return "PriceSource[rule=" + rule + ", pos=" + pos + ", tier=" + tier + ", table=" + table + ", tableVersion="
        + tableVersion + ", tableRow=" + tableRow() + "]";
  }
}
