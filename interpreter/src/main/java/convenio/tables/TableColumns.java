package convenio.tables;

import convenio.model.Money;

/**
 * A table's cells column by column, as a compiled contract stores them: {@code data[c]} is a {@code long[]} of cents
 * for a money column ({@code empty[c]} marking its empty cells, or null when it has none) or an {@code Object[]} of
 * values for any other; {@code codes}, when not null, is every code's Latin-1 characters one after the other,
 * {@code codeWidth} each. The engine prices straight from these arrays.
 */
public record TableColumns(byte[] codes, int codeWidth, Object[] data, boolean[][] empty) {

  /** The same cells row by row, as {@link LoadedTable#cells()} gives them. */
  Object[][] rows(int size) {
    Object[][] rows = new Object[size][data.length];
    for (int c = 0; c < data.length; c++) {
      if (data[c] instanceof long[] cents) {
        boolean[] none = empty[c];
        for (int r = 0; r < size; r++) rows[r][c] = none != null && none[r] ? null : Money.ofCents(cents[r]);
      } else {
        Object[] values = (Object[]) data[c];
        for (int r = 0; r < size; r++) rows[r][c] = values[r];
      }
    }
    return rows;
  }
}
