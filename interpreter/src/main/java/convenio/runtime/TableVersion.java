package convenio.runtime;

import convenio.model.SourcePos;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One version of a price table, indexed for constant-time lookup by code. Cells are as loaded (Money, Percent,
 * BigDecimal, text …); {@code lines[i]} is row i's line in {@code file}, for the trace.
 */
public final class TableVersion {
  private final String name;
  private final String version;
  private final String tissType;
  private final LocalDate from;
  private final LocalDate to;
  private final String congenere;
  private final String file;
  private final Map<String, Integer> columns;
  private final Map<String, Integer> rows;
  private final Object[][] cells;
  private final int[] lines;
  private final String[] keys;
  private final String label;

  public TableVersion(String name, String version, String tissType, LocalDate from, LocalDate to, String congenere,
      String file, String[] columnNames, String[] keys, Object[][] cells, int[] lines) {
    this.name = name;
    this.version = version;
    this.tissType = tissType;
    this.from = from;
    this.to = to;
    this.congenere = congenere;
    this.file = file;
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < columnNames.length; i++) cols.put(columnNames[i], i);
    this.columns = Map.copyOf(cols);
    Map<String, Integer> index = new HashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) index.putIfAbsent(keys[i], i);
    this.rows = index;
    this.cells = cells;
    this.lines = lines;
    this.keys = keys;
    this.label = version != null ? version : from != null ? "effective " + from : null;
  }

  public String name() {
    return name;
  }

  /** The version's label: its {@code version "…"}, else its start date. */
  public String version() {
    return label;
  }

  public String tissType() {
    return tissType;
  }

  public LocalDate from() {
    return from;
  }

  public String congenere() {
    return congenere;
  }

  public boolean covers(LocalDate date) {
    if (date == null) return true;
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** Row index of a code, or -1. */
  public int find(String code) {
    Integer i = code == null ? null : rows.get(code);
    return i == null ? -1 : i;
  }

  public Object cell(int row, String column) {
    Integer c = columns.get(column);
    if (c == null) throw new EvalException("table " + name + " has no column " + column);
    return cells[row][c];
  }

  public String key(int row) {
    return keys[row];
  }

  public boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  public SourcePos rowPos(int row) {
    return new SourcePos(file, lines[row], 0);
  }

  public int size() {
    return cells.length;
  }
}
