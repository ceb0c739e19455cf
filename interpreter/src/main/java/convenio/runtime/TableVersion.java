package convenio.runtime;

import convenio.i18n.Messages;
import convenio.model.Money;
import convenio.model.SourcePos;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One version of a price table, indexed for constant-time lookup by code. Cells are as loaded (Money, Percent,
 * BigDecimal, text …); {@code lines[i]} is row i's line in {@code file}, for the trace.
 */
public final class TableVersion implements convenio.model.PriceSource.Rows {
  private static final Messages M = Messages.of(TableVersion.class, "convenio.runtime.messages");
  private final String name;
  private final String version;
  private final String tissType;
  private final LocalDate from;
  private final LocalDate to;
  private final String congenere;
  private final String file;
  private final Map<String, Integer> columns;
  /**
   * Code → row, open addressing: each slot holds a code's hash (high half) and its row + 1 (low half; 0 is empty), so
   * a lookup reads one array slot and the one key it names, not a HashMap node, its key and a boxed Integer.
   */
  private final long[] slots;
  /**
   * When every code has the same length and only Latin-1 characters (codes almost always do), their characters one
   * after the other, row by row, {@code width} each: a lookup then compares the code with bytes at a place it computes
   * instead of reading the key String and its array apart. Else null, and codes are compared with {@code keys}.
   */
  private final byte[] chars;
  private final int width;
  /**
   * Column by column: a column whose cells are all money (or empty) is a {@code long[]} of cents, with
   * {@code empty[c]} marking its empty cells (null when it has none); any other column an {@code Object[]}. A row's
   * money is then one read from one array, not a row array and a Money object apart.
   */
  private final Object[] data;
  private final boolean[][] empty;
  private final int size;
  private final int[] lines;
  private final String[] keys;
  private final String label;

  /** A version from rows of cells, as the compiler loads a table: money columns become cents here. */
  public TableVersion(String name, String version, String tissType, LocalDate from, LocalDate to, String congenere,
      String file, String[] columnNames, String[] keys, Object[][] cells, int[] lines) {
    this(name, version, tissType, from, to, congenere, file, columnNames, keys, index(keys), packed(keys),
        fixedWidth(keys), columnsOf(cells, columnNames.length), emptiesOf(cells, columnNames.length), lines);
  }

  /**
   * A version from columns already decoded, as an artifact stores them, so that a load builds no cell object:
   * {@code data[c]} is a {@code long[]} of cents (money; {@code empty[c]} marks its empty cells, or is null) or an
   * {@code Object[]} of values; {@code codes}, when not null, holds every code's Latin-1 characters one after the
   * other, {@code width} each, which is what this class packs from {@code keys} otherwise.
   * The index is built from the codes' Strings: {@link String#hashCode} is compiled JDK code early in any JVM, where
   * a loop over the packed bytes would run interpreted for most of a 100,000-row table.
   */
  public static TableVersion ofColumns(String name, String version, String tissType, LocalDate from, LocalDate to,
      String congenere, String file, String[] columnNames, String[] keys, byte[] codes, int width, Object[] data,
      boolean[][] empty, int[] lines) {
    int w = codes != null ? width : fixedWidth(keys);
    byte[] chars = codes != null ? codes : w > 0 ? packed(keys, w) : null;
    long[] slots = index(keys);
    Object[] columns = new Object[columnNames.length];
    boolean[][] none = new boolean[columnNames.length][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = c < data.length ? data[c] : new Object[keys.length];
      none[c] = c < empty.length ? empty[c] : null;
    }
    return new TableVersion(name, version, tissType, from, to, congenere, file, columnNames, keys, slots, chars, w,
        columns, none, lines);
  }

  private TableVersion(String name, String version, String tissType, LocalDate from, LocalDate to, String congenere,
      String file, String[] columnNames, String[] keys, long[] slots, byte[] chars, int width, Object[] data,
      boolean[][] empty, int[] lines) {
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
    this.slots = slots;
    this.chars = chars;
    this.width = width;
    this.data = data;
    this.empty = empty;
    this.size = keys.length;
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
    if (code == null) return -1;
    int h = code.hashCode();
    int mask = slots.length - 1;
    for (int at = spread(h) & mask; ; at = (at + 1) & mask) {
      long slot = slots[at];
      int row = (int) slot - 1;
      if (row < 0) return -1;
      if ((int) (slot >>> 32) == h && (chars != null ? samePacked(code, row) : code.equals(keys[row]))) return row;
    }
  }

  private boolean samePacked(String code, int row) {
    int w = width;
    if (code.length() != w) return false;
    byte[] c = chars;
    for (int j = 0, at = row * w; j < w; j++, at++) {
      if (code.charAt(j) != (c[at] & 0xFF)) return false;
    }
    return true;
  }

  /** The length every code has, when they all have the same and only Latin-1 characters; else 0. */
  private static int fixedWidth(String[] keys) {
    if (keys.length == 0 || keys[0] == null) return 0;
    int w = keys[0].length();
    if (w == 0 || (long) w * keys.length > Integer.MAX_VALUE) return 0;
    for (String k : keys) {
      if (k == null || k.length() != w) return 0;
      for (int j = 0; j < w; j++) if (k.charAt(j) > 0xFF) return 0;
    }
    return w;
  }

  /** The codes packed when they share a width ({@link #fixedWidth}), else null. */
  private static byte[] packed(String[] keys) {
    int w = fixedWidth(keys);
    return w > 0 ? packed(keys, w) : null;
  }

  private static byte[] packed(String[] keys, int width) {
    byte[] out = new byte[keys.length * width];
    for (int r = 0; r < keys.length; r++) {
      for (int j = 0; j < width; j++) out[r * width + j] = (byte) keys[r].charAt(j);
    }
    return out;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /** The index of the codes; a code repeated keeps its first row, as the loader reports. */
  private static long[] index(String[] keys) {
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    long[] slots = new long[capacity];
    int mask = capacity - 1;
    for (int row = 0; row < keys.length; row++) {
      String k = keys[row];
      if (k == null) continue;
      int h = k.hashCode();
      int at = spread(h) & mask;
      boolean seen = false;
      for (; slots[at] != 0; at = (at + 1) & mask) {
        int other = (int) slots[at] - 1;
        if ((int) (slots[at] >>> 32) == h && k.equals(keys[other])) {
          seen = true;
          break;
        }
      }
      if (!seen) slots[at] = ((long) h << 32) | ((row + 1) & 0xFFFFFFFFL);
    }
    return slots;
  }

  /** Column by column: all money (or empty) as a {@code long[]} of cents, any other column an {@code Object[]}. */
  private static Object[] columnsOf(Object[][] cells, int columns) {
    Object[] data = new Object[columns];
    for (int c = 0; c < columns; c++) {
      if (moneyColumn(cells, c)) {
        long[] cents = new long[cells.length];
        for (int r = 0; r < cells.length; r++) if (cell(cells, r, c) instanceof Money m) cents[r] = m.cents();
        data[c] = cents;
      } else {
        Object[] values = new Object[cells.length];
        for (int r = 0; r < cells.length; r++) values[r] = cell(cells, r, c);
        data[c] = values;
      }
    }
    return data;
  }

  /** The empty cells of each money column (null for a column with none, and for every other column). */
  private static boolean[][] emptiesOf(Object[][] cells, int columns) {
    boolean[][] empty = new boolean[columns][];
    for (int c = 0; c < columns; c++) {
      if (!moneyColumn(cells, c)) continue;
      for (int r = 0; r < cells.length; r++) {
        if (cell(cells, r, c) != null) continue;
        if (empty[c] == null) empty[c] = new boolean[cells.length];
        empty[c][r] = true;
      }
    }
    return empty;
  }

  private static boolean moneyColumn(Object[][] cells, int c) {
    for (int r = 0; r < cells.length; r++) {
      Object v = cell(cells, r, c);
      if (v != null && !(v instanceof Money)) return false;
    }
    return true;
  }

  private static Object cell(Object[][] cells, int r, int c) {
    return c < cells[r].length ? cells[r][c] : null;
  }

  /** The cell of {@code column} in {@code row} as loaded (money as {@link Money}), or null when empty. */
  public Object cell(int row, String column) {
    int c = column(column);
    if (data[c] instanceof long[] cents) return isEmpty(c, row) ? null : Money.ofCents(cents[row]);
    return ((Object[]) data[c])[row];
  }

  /** The cell as rules see it: money as {@link ExactMoney} (read straight from its cents), or null when empty. */
  Object value(int row, String column) {
    return value(row, column(column));
  }

  /** {@link #value(int, String)} of the column at index {@code c} ({@link #columnIndex}). */
  Object value(int row, int c) {
    if (data[c] instanceof long[] cents) return isEmpty(c, row) ? null : ExactMoney.ofCents(cents[row]);
    Object v = ((Object[]) data[c])[row];
    return v instanceof Money m ? ExactMoney.of(m) : v;
  }

  /** The money cell of column {@code c} in millionths of a real, or {@link ScaledMoney#NONE} when it has none. */
  long micros(int row, int c) {
    if (!(data[c] instanceof long[] cents) || isEmpty(c, row)) return ScaledMoney.NONE;
    long v = cents[row];
    // a cell's cents times 10,000 fits unless it is beyond any price (about R$ 9 trillion)
    return Math.abs(v) < Long.MAX_VALUE / ScaledMoney.PER_CENT ? v * ScaledMoney.PER_CENT : ScaledMoney.NONE;
  }

  private boolean isEmpty(int c, int row) {
    boolean[] none = empty[c];
    return none != null && none[row];
  }

  /** The index of a column, for {@link #value(int, int)}; an EvalException when the version has no such column. */
  int columnIndex(String column) {
    return column(column);
  }

  private int column(String column) {
    Integer c = columns.get(column);
    if (c == null) throw new EvalException(M.get("eval.no.column", name, column));
    return c;
  }

  public String key(int row) {
    return keys[row];
  }

  public boolean hasColumn(String column) {
    return columns.containsKey(column);
  }

  @Override
  public SourcePos rowPos(int row) {
    return new SourcePos(file, lines[row], 0);
  }

  public int size() {
    return size;
  }
}
