package convenio.repl;

import convenio.diagnostics.Diagnostic;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Program;
import convenio.tables.LoadedTable;
import convenio.tables.TableLoader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to table cells. The tables are read once, when the contract is loaded; a change replaces one row of the
 * loaded table (every version that has the code), so the rest of the table is not read again and the trace still
 * cites the file and line the row came from ({@code tables/cbhpm.csv:42}). The new cell is typed the way an inline
 * row would be: the row is loaded as a one-row inline table, so a wrong value gets the loader's own message, with the
 * caret under what was typed.
 */
final class TableEdits {
  private final TableLoader.Result base;

  TableEdits(TableLoader.Result base) {
    this.base = base;
  }

  TableLoader.Result base() {
    return base;
  }

  /** Every version of table {@code name}, with its rows as loaded. */
  List<LoadedTable> versions(String name) {
    List<LoadedTable> out = new ArrayList<>();
    for (LoadedTable t : base.tables().values()) if (t.decl().name().equals(name)) out.add(t);
    return out;
  }

  /** The loaded tables with the cells changed; a value the column cannot hold is a diagnostic. */
  TableLoader.Result apply(List<WhatIf.SetCell> cells) {
    if (cells.isEmpty()) return base;
    Map<Decl.Table, LoadedTable> tables = new IdentityHashMap<>(base.tables());
    List<Diagnostic> diagnostics = new ArrayList<>(base.diagnostics());
    for (Map.Entry<Decl.Table, LoadedTable> e : base.tables().entrySet()) {
      LoadedTable t = e.getValue();
      Object[][] rows = null;
      for (WhatIf.SetCell c : cells) {
        if (!c.table().equals(t.decl().name())) continue;
        int col = columnIndex(t.columns(), c.column());
        int row = rowIndex(t, c.code());
        if (col < 0 || row < 0) continue;
        if (rows == null) rows = t.cells().clone();
        Object[] typed = typedRow(t, rows[row], col, c.value(), diagnostics);
        if (typed != null) rows[row] = typed;
      }
      if (rows != null) {
        tables.put(e.getKey(), new LoadedTable(t.decl(), t.file(), t.columns(), t.keys(), rows, t.lines()));
      }
    }
    return new TableLoader.Result(tables, diagnostics);
  }

  /** The row with one cell replaced, typed by loading it as a one-row inline table; null when the value is wrong. */
  private static Object[] typedRow(LoadedTable t, Object[] row, int col, Expr.Literal value, List<Diagnostic> out) {
    List<Expr.Literal> literals = new ArrayList<>(row.length);
    for (int c = 0; c < row.length; c++) {
      literals.add(c == col ? value : new Expr.Literal(ExprIds.fresh(), value.span(), row[c]));
    }
    Decl.Table d = t.decl();
    Decl.Table oneRow = new Decl.Table(value.span(), d.name(), d.tissType(), d.tissTypeSpan(), null, null, t.columns(),
        d.effectiveFrom(), d.effectiveTo(), d.effectiveSpan(), d.version(), d.congenere(),
        List.of(new Decl.Row(value.span(), literals)));
    Program p = new Program(List.of(new ContractFile(ReplInput.FILE, null, List.of(oneRow))), Map.of(), List.of());
    TableLoader.Result r = TableLoader.load(p);
    out.addAll(r.diagnostics());
    LoadedTable loaded = r.tables().get(oneRow);
    return loaded == null || loaded.size() != 1 ? null : loaded.cells()[0];
  }

  static int columnIndex(List<Decl.Column> columns, String name) {
    for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(name)) return i;
    return -1;
  }

  static int rowIndex(LoadedTable t, String code) {
    for (int i = 0; i < t.size(); i++) if (t.keys()[i].equals(code)) return i;
    return -1;
  }
}
