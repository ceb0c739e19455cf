package convenio.tables;

import convenio.syntax.Decl;
import java.util.List;

/**
 * One version of a price table with its rows read and typed: {@code keys[i]} is row i's code, {@code cells[i][c]}
 * the value of column c (Money, Percent, BigDecimal, LocalDate, LocalTime, String, Boolean, or null when empty),
 * {@code lines[i]} the row's line in {@code file} (for the trace: "table cbhpm row at tables/cbhpm.csv:42").
 */
public record LoadedTable(Decl.Table decl, String file, List<Decl.Column> columns, String[] keys, Object[][] cells,
    int[] lines) {

  public int size() {
    return keys.length;
  }
}
