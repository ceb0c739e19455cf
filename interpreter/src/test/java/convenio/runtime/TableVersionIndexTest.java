package convenio.runtime;

import static org.junit.jupiter.api.Assertions.*;

import convenio.model.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The code index and the column storage give what the rows say, whatever the codes look like. */
class TableVersionIndexTest {
  private static TableVersion table(String[] keys, Object[][] cells) {
    int[] lines = new int[keys.length];
    for (int i = 0; i < lines.length; i++) lines[i] = i + 2;
    return new TableVersion("t", null, "00", LocalDate.of(2025, 1, 1), null, null, "t.csv",
        new String[] {"price", "name"}, keys, cells, lines);
  }

  private static Object[][] rows(int n) {
    Object[][] cells = new Object[n][];
    for (int i = 0; i < n; i++) cells[i] = new Object[] {i % 7 == 0 ? null : Money.ofCents(i * 100L), "n" + i};
    return cells;
  }

  @Test
  void fixedWidthCodesAreFoundAndOthersAreNot() {
    int n = 5_000;
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) keys[i] = String.format("%08d", i * 3);
    TableVersion t = table(keys, rows(n));
    for (int i = 0; i < n; i++) assertEquals(i, t.find(new String(keys[i].toCharArray())));
    assertEquals(-1, t.find("00000001"));
    assertEquals(-1, t.find("0000000"));
    assertEquals(-1, t.find("000000000"));
    assertEquals(-1, t.find(null));
    assertEquals(Money.ofCents(100), t.cell(1, "price"));
    assertNull(t.cell(7, "price"));
    assertEquals("n3", t.cell(3, "name"));
    assertEquals(ExactMoney.ofCents(200), t.value(2, "price"));
    assertEquals(n, t.size());
  }

  @Test
  void mixedWidthAndNonLatinCodesAndRepeatedCodesKeepTheirFirstRow() {
    String[] keys = {"1", "22", "333", "ção€", "22"};
    TableVersion t = table(keys, rows(keys.length));
    assertEquals(0, t.find("1"));
    assertEquals(1, t.find("22"));
    assertEquals(2, t.find("333"));
    assertEquals(3, t.find("ção€"));
    assertEquals(-1, t.find("4444"));
    String[] latin = {"ab", "çé", "ab"};
    TableVersion u = table(latin, rows(latin.length));
    assertEquals(0, u.find("ab"));
    assertEquals(1, u.find("çé"));
    assertEquals(-1, u.find("çe"));
  }

  @Test
  void anEmptyTableFindsNothing() {
    TableVersion t = table(new String[0], new Object[0][]);
    assertEquals(-1, t.find("1"));
    assertEquals(0, t.size());
  }
}
