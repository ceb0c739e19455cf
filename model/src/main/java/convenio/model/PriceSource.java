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

  /** What the items priced by one rule from one table version share: kept once for all of them. */
  private record Rule(String rule, SourcePos pos, String tier, String table, String tableVersion) {}

  private final Rule head;
  private final SourcePos tableRow;
  private final Rows rows; // with row, when the place is looked up on demand
  private final int row;

  public PriceSource(String rule, SourcePos pos, String tier, String table, String tableVersion, SourcePos tableRow) {
    this(new Rule(rule, pos, tier, table, tableVersion), tableRow, null, -1);
  }

  /** A price found on row {@code row} of a table whose rows' places {@code rows} gives. */
  public static PriceSource atRow(String rule, SourcePos pos, String tier, String table, String tableVersion, Rows rows,
      int row) {
    return new PriceSource(new Rule(rule, pos, tier, table, tableVersion), null, Objects.requireNonNull(rows), row);
  }

  /** The same rule, tier and table version at another row of the table: the shared part is not copied. */
  public PriceSource atRow(Rows rows, int row) {
    return new PriceSource(head, null, Objects.requireNonNull(rows), row);
  }

  private PriceSource(Rule head, SourcePos tableRow, Rows rows, int row) {
    this.head = head;
    this.tableRow = tableRow;
    this.rows = rows;
    this.row = row;
  }

  public String rule() {
    return head.rule();
  }

  public SourcePos pos() {
    return head.pos();
  }

  public String tier() {
    return head.tier();
  }

  public String table() {
    return head.table();
  }

  public String tableVersion() {
    return head.tableVersion();
  }

  public SourcePos tableRow() {
    return rows == null ? tableRow : rows.rowPos(row);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceSource s && head.equals(s.head) && Objects.equals(tableRow(), s.tableRow());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule(), pos(), tier(), table(), tableVersion(), tableRow());
  }

  @Override
  public String toString() {
    return "PriceSource[rule=" + rule() + ", pos=" + pos() + ", tier=" + tier() + ", table=" + table()
        + ", tableVersion=" + tableVersion() + ", tableRow=" + tableRow() + "]";
  }
}
