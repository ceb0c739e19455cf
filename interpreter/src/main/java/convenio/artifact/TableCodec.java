package convenio.artifact;

import convenio.artifact.BinaryIn.Corrupt;
import convenio.model.Money;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Program;
import convenio.tables.LoadedTable;
import convenio.tables.TableColumns;
import convenio.tables.TableLoader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded tables of a program, column by column, so that a load reads each column in one loop straight into the
 * arrays the engine prices from, and needs neither the CSV/YAML files nor their parsing. A table is tied to its
 * declaration by position (file index, declaration index), because the engine looks tables up by the identity of the
 * {@link Decl.Table} in the program it compiles.
 * <pre>
 *   file index, declaration index, file name, columns (as the tree stores them), rows
 *   lines       0 and the first row's line when each row is on the next line, else 1 and every row's line
 *   codes       their width and every code's Latin-1 characters one after the other when all have that width (as
 *               codes almost always do), else 0 and every code as a string
 *   cells       the number of cells a row has, then each column: KEYS (the row's code again, as a table's first
 *               column is), MONEY (how many cells are empty and their rows, then every row's cents, 0 when empty)
 *               or VALUES (every row's value, {@link ValueCodec})
 * </pre>
 */
final class TableCodec {
  private TableCodec() {}

  private static final int KEYS = 0, MONEY = 1, VALUES = 2;

  static void write(BinaryOut out, Program program, TableLoader.Result tables) {
    List<Object[]> placed = new ArrayList<>(); // {fileIndex, declIndex, table}, in program order for stable bytes
    int found = 0;
    for (int f = 0; f < program.files().size(); f++) {
      List<Decl> decls = program.files().get(f).decls();
      for (int d = 0; d < decls.size(); d++) {
        LoadedTable t = decls.get(d) instanceof Decl.Table decl ? tables.tables().get(decl) : null;
        if (t != null) {
          placed.add(new Object[] {f, d, t});
          found++;
        }
      }
    }
    if (found != tables.tables().size()) {
      throw new IllegalArgumentException("some loaded tables belong to declarations that are not in the program");
    }
    out.uvar(placed.size());
    AstEncoder ast = new AstEncoder(out);
    for (Object[] p : placed) {
      LoadedTable t = (LoadedTable) p[2];
      out.uvar((Integer) p[0]);
      out.uvar((Integer) p[1]);
      out.str(t.file());
      ast.columns(t.columns());
      int rows = t.size();
      out.uvar(rows);
      lines(out, t.lines());
      codes(out, t.keys());
      Object[][] cells = t.cells();
      int width = rows == 0 ? t.columns().size() : cells[0].length;
      out.uvar(width);
      for (int c = 0; c < width; c++) column(out, t, cells, c, width);
    }
    DiagnosticCodec.write(out, tables.diagnostics());
  }

  private static void lines(BinaryOut out, int[] lines) {
    boolean consecutive = true;
    for (int r = 1; r < lines.length && consecutive; r++) consecutive = lines[r] == lines[r - 1] + 1;
    out.u8(consecutive ? 0 : 1);
    if (consecutive) {
      out.svar(lines.length == 0 ? 0 : lines[0]);
    } else {
      for (int line : lines) out.svar(line);
    }
  }

  private static void codes(BinaryOut out, String[] keys) {
    int width = keys.length == 0 || keys[0] == null ? 0 : keys[0].length();
    for (String k : keys) {
      if (width == 0) break;
      if (k == null || k.length() != width) width = 0;
      for (int j = 0; j < width; j++) if (k.charAt(j) > 0xFF) width = 0;
    }
    out.uvar(width);
    for (String k : keys) {
      if (width == 0) {
        out.str(k);
      } else {
        for (int j = 0; j < width; j++) out.u8(k.charAt(j));
      }
    }
  }

  private static void column(BinaryOut out, LoadedTable t, Object[][] cells, int c, int width) {
    boolean keys = true;
    boolean money = true;
    int empty = 0;
    for (int r = 0; r < cells.length; r++) {
      if (cells[r].length != width) {
        throw new IllegalArgumentException("the rows of table " + t.decl().name() + " have different numbers of cells");
      }
      Object v = cells[r][c];
      keys &= v != null && v.equals(t.keys()[r]);
      money &= v == null || v instanceof Money;
      if (v == null) empty++;
    }
    if (keys && cells.length > 0) {
      out.u8(KEYS);
    } else if (money) {
      out.u8(MONEY);
      out.uvar(empty);
      int previous = -1;
      for (int r = 0; r < cells.length; r++) {
        if (cells[r][c] == null) {
          out.uvar(r - previous - 1);
          previous = r;
        }
      }
      for (Object[] row : cells) out.svar(row[c] == null ? 0 : ((Money) row[c]).cents());
    } else {
      out.u8(VALUES);
      for (Object[] row : cells) ValueCodec.write(out, row[c]);
    }
  }

  static TableLoader.Result read(BinaryIn in, Program program) throws Corrupt {
    int n = in.count();
    Map<Decl.Table, LoadedTable> tables = new IdentityHashMap<>();
    AstDecoder ast = new AstDecoder(in);
    for (int i = 0; i < n; i++) {
      Decl.Table decl = declAt(program, (int) in.uvar(), (int) in.uvar());
      String file = in.str();
      List<Decl.Column> columns = ast.columns();
      int rows = in.count();
      int[] lines = lines(in, rows);
      int codeWidth = in.count();
      byte[] codes = null;
      String[] keys;
      if (codeWidth > 0) {
        if ((long) codeWidth * rows > Integer.MAX_VALUE) throw new Corrupt("codes of " + codeWidth + " characters");
        codes = in.raw(codeWidth * rows);
        keys = BinaryIn.latin1(codes, rows, codeWidth);
      } else {
        keys = new String[rows];
        for (int r = 0; r < rows; r++) keys[r] = in.str();
      }
      int width = in.count();
      Object[] data = new Object[width];
      boolean[][] empty = new boolean[width][];
      for (int c = 0; c < width; c++) {
        int kind = in.u8();
        switch (kind) {
          case KEYS -> data[c] = keys;
          case MONEY -> {
            empty[c] = emptyRows(in, rows);
            data[c] = in.svars(rows);
          }
          case VALUES -> {
            Object[] values = new Object[rows];
            for (int r = 0; r < rows; r++) values[r] = ValueCodec.read(in);
            data[c] = values;
          }
          default -> throw new Corrupt("unknown column kind " + kind + " at byte " + (in.position() - 1));
        }
      }
      LoadedTable table = new LoadedTable(decl, file, columns, keys, new TableColumns(codes, codeWidth, data, empty),
          lines);
      if (tables.put(decl, table) != null) throw new Corrupt("table " + decl.name() + " is stored twice");
    }
    return new TableLoader.Result(tables, DiagnosticCodec.read(in));
  }

  private static int[] lines(BinaryIn in, int rows) throws Corrupt {
    int mode = in.u8();
    int[] lines = new int[rows];
    if (mode == 0) {
      int first = in.sint();
      for (int r = 0; r < rows; r++) lines[r] = first + r;
    } else if (mode == 1) {
      for (int r = 0; r < rows; r++) lines[r] = in.sint();
    } else {
      throw new Corrupt("unknown line numbering " + mode + " at byte " + (in.position() - 1));
    }
    return lines;
  }

  /** The empty cells of a money column (null when none): their count, then each one's distance from the last. */
  private static boolean[] emptyRows(BinaryIn in, int rows) throws Corrupt {
    int count = in.count();
    if (count == 0) return null;
    boolean[] empty = new boolean[rows];
    long row = -1;
    for (int i = 0; i < count; i++) {
      row += in.uvar() + 1;
      if (row >= rows) throw new Corrupt("an empty cell in row " + row + " of a table of " + rows + " rows");
      empty[(int) row] = true;
    }
    return empty;
  }

  private static Decl.Table declAt(Program program, int file, int decl) throws Corrupt {
    List<ContractFile> files = program.files();
    if (file < 0 || file >= files.size() || decl < 0 || decl >= files.get(file).decls().size()
        || !(files.get(file).decls().get(decl) instanceof Decl.Table t)) {
      throw new Corrupt("a table refers to declaration " + decl + " of file " + file + ", which is not a table");
    }
    return t;
  }
}
