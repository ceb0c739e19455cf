package convenio.tables;

import convenio.model.Money;
import convenio.syntax.Decl;
import java.util.List;

/**
 * One version of a price table with its rows read and typed: {@code keys[i]} is row i's code, {@code cells[i][c]}
 * the value of column c (Money, Percent, BigDecimal, LocalDate, LocalTime, String, Boolean, or null when empty),
 * {@code lines[i]} the row's line in {@code file} (for the trace: "table cbhpm row at tables/cbhpm.csv:42").
 * A table decoded from an artifact comes column by column ({@link #byColumn}); its cells are then only built when
 * something asks for them row by row, which loading a contract does not.
 */
public final class LoadedTable {
  private final Decl.Table decl;
  private final String file;
  private final List<Decl.Column> columns;
  private final String[] keys;
  private final int[] lines;
  private final TableColumns byColumn;
  private volatile Object[][] cells;

  public LoadedTable(Decl.Table decl, String file, List<Decl.Column> columns, String[] keys, Object[][] cells,
      int[] lines) {
    this(decl, file, columns, keys, cells, null, lines);
  }

  /** A table whose cells are held column by column, as an artifact stores them. */
  public LoadedTable(Decl.Table decl, String file, List<Decl.Column> columns, String[] keys, TableColumns byColumn,
      int[] lines) {
    this(decl, file, columns, keys, null, byColumn, lines);
  }

  private LoadedTable(Decl.Table decl, String file, List<Decl.Column> columns, String[] keys, Object[][] cells,
      TableColumns byColumn, int[] lines) {
    this.decl = decl;
    this.file = file;
    this.columns = columns;
    this.keys = keys;
    this.cells = cells;
    this.byColumn = byColumn;
    this.lines = lines;
  }

  public Decl.Table decl() {
    return decl;
  }

  public String file() {
    return file;
  }

  public List<Decl.Column> columns() {
    return columns;
  }

  public String[] keys() {
    return keys;
  }

  /** The cells row by row; for a table held by column, built on the first call (money as {@link Money}). */
  public Object[][] cells() {
    Object[][] rows = cells;
    if (rows == null) {
      rows = byColumn.rows(keys.length);
      cells = rows;
    }
    return rows;
  }

  /** The cells column by column when the table was decoded that way, else null. */
  public TableColumns byColumn() {
    return byColumn;
  }

  public int[] lines() {
    return lines;
  }

  public int size() {
    return keys.length;
  }
}
