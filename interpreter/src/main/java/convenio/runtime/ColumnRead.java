package convenio.runtime;

/**
 * {@code table.column} in a compiled rule: {@link Row#get(String)}, with the column's index remembered for the last
 * table version read, so an item's cell is one array read rather than a lookup of the column by name. Shared by the
 * threads that price with the same contract: the remembered pair is immutable and replaced whole.
 */
public final class ColumnRead {
  private record Resolved(TableVersion version, int index) {}

  private final String column;
  private Resolved last;

  public ColumnRead(String column) {
    this.column = column;
  }

  public Object of(Row row) {
    return row.get(index(row.table()), column);
  }

  /** A money cell in millionths of a real, or {@link ScaledMoney#NONE} (an empty cell, a column that is not money). */
  public long micros(Row row) {
    TableVersion v = row.table();
    Resolved r = last;
    if (r == null || r.version != v) {
      if (!v.hasColumn(column)) return ScaledMoney.NONE;
      r = resolve(v);
    }
    return v.micros(row.index(), r.index);
  }

  private int index(TableVersion v) {
    Resolved r = last;
    return r != null && r.version == v ? r.index : resolve(v).index;
  }

  private Resolved resolve(TableVersion v) {
    Resolved r = new Resolved(v, v.columnIndex(column));
    last = r;
    return r;
  }
}
