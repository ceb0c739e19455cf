package convenio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import convenio.model.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A version built from decoded columns (an artifact's tables) finds, reads and places every row as the version built
 * from the same rows does.
 */
class TableVersionColumnsTest {
  private static final String[] COLUMNS = {"code", "price", "name"};

  private static TableVersion byRows(String[] keys, long[] cents, boolean[] empty, int[] lines) {
    Object[][] cells = new Object[keys.length][];
    for (int r = 0; r < keys.length; r++) {
      cells[r] = new Object[] {keys[r], empty[r] ? null : Money.ofCents(cents[r]), "n" + r};
    }
    return new TableVersion("t", null, "19", LocalDate.of(2025, 1, 1), null, null, "t.csv", COLUMNS, keys, cells,
        lines);
  }

  private static TableVersion byColumns(String[] keys, byte[] codes, int width, long[] cents, boolean[] empty,
      int[] lines) {
    Object[] names = new Object[keys.length];
    for (int r = 0; r < keys.length; r++) names[r] = "n" + r;
    return TableVersion.ofColumns("t", null, "19", LocalDate.of(2025, 1, 1), null, null, "t.csv", COLUMNS, keys,
        codes, width, new Object[] {keys, cents, names}, new boolean[][] {null, empty, null}, lines);
  }

  private static void assertSame(TableVersion expected, TableVersion actual, String[] probes) {
    assertEquals(expected.size(), actual.size());
    for (String code : probes) assertEquals(expected.find(code), actual.find(code), code);
    for (int r = 0; r < expected.size(); r++) {
      assertEquals(expected.key(r), actual.key(r));
      assertEquals(expected.rowPos(r), actual.rowPos(r));
      for (String c : COLUMNS) {
        assertEquals(expected.cell(r, c), actual.cell(r, c));
        assertEquals(expected.value(r, c), actual.value(r, c));
      }
    }
  }

  @Test
  void packedCodesGiveTheSameVersionAsTheirRows() {
    String[] keys = {"90000013", "90007932", "9000785ç", "90000013"}; // the last repeats the first: first row wins
    long[] cents = {9949, 171933, 0, 12};
    boolean[] empty = {false, false, true, false};
    int[] lines = {2, 3, 5, 9};
    byte[] codes = String.join("", keys).getBytes(StandardCharsets.ISO_8859_1);
    TableVersion columns = byColumns(keys, codes, 8, cents, empty, lines);
    assertSame(byRows(keys, cents, empty, lines), columns,
        new String[] {"90000013", "90007932", "9000785ç", "9000785c", "9000001", "900000133", null});
    assertEquals(0, columns.find("90000013"));
    assertEquals(2, columns.find("9000785ç"));
    assertNull(columns.cell(2, "price"));
    assertEquals(Money.ofCents(171933), columns.cell(1, "price"));
    assertEquals(ExactMoney.ofCents(9949), columns.value(0, "price"));
  }

  @Test
  void codesOfManyWidthsAreIndexedFromTheirStrings() {
    String[] keys = {"1", "22", "ção€"};
    long[] cents = {100, 200, 300};
    boolean[] empty = new boolean[3];
    int[] lines = {2, 3, 4};
    assertSame(byRows(keys, cents, empty, lines), byColumns(keys, null, 0, cents, null, lines),
        new String[] {"1", "22", "ção€", "333"});
  }
}
