package convenio.artifact;

import convenio.artifact.BinaryIn.Corrupt;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Program;
import convenio.tables.LoadedTable;
import convenio.tables.TableLoader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded tables of a program: typed cells, row by row, so loading needs neither the CSV/YAML files nor their
 * parsing. A table is tied to its declaration by position (file index, declaration index), because the engine looks
 * tables up by the identity of the {@link Decl.Table} in the program it compiles.
 */
final class TableCodec {
  private TableCodec() {}

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
      for (int r = 0; r < rows; r++) {
        out.str(t.keys()[r]);
        out.svar(t.lines()[r]);
        Object[] cells = t.cells()[r];
        out.uvar(cells.length);
        for (Object cell : cells) ValueCodec.write(out, cell);
      }
    }
    DiagnosticCodec.write(out, tables.diagnostics());
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
      String[] keys = new String[rows];
      int[] lines = new int[rows];
      Object[][] cells = new Object[rows][];
      for (int r = 0; r < rows; r++) {
        keys[r] = in.str();
        lines[r] = in.sint();
        Object[] row = new Object[in.count()];
        for (int c = 0; c < row.length; c++) row[c] = ValueCodec.read(in);
        cells[r] = row;
      }
      if (tables.put(decl, new LoadedTable(decl, file, columns, keys, cells, lines)) != null) {
        throw new Corrupt("table " + decl.name() + " is stored twice");
      }
    }
    return new TableLoader.Result(tables, DiagnosticCodec.read(in));
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
