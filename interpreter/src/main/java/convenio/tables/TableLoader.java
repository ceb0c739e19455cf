package convenio.tables;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads every table declaration's rows (inline, CSV or YAML), once, at compile time; bad rows are diagnostics with the
 * file and row number, and the table keeps its good rows so that checking can go on.
 */
public final class TableLoader {
  private static final Messages M = Messages.of(TableLoader.class, "convenio.tables.messages");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final Program program;
  private final Function<String, String> inMemory;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private TableLoader(Program program, Function<String, String> inMemory) {
    this.program = program;
    this.inMemory = inMemory;
  }

  /** Loaded tables by declaration (identity), and what was wrong with them. */
  public record Result(Map<Decl.Table, LoadedTable> tables, List<Diagnostic> diagnostics) {}

  public static Result load(Program program) {
    return load(program, name -> null);
  }

  /** {@code inMemory} answers {@code from "name"} for table files that are not on disk (tests, the REPL, the API). */
  public static Result load(Program program, Function<String, String> inMemory) {
    TableLoader loader = new TableLoader(program, inMemory);
    Map<Decl.Table, LoadedTable> tables = new IdentityHashMap<>();
    for (ContractFile file : program.files()) {
      for (Decl d : file.decls()) {
        if (d instanceof Decl.Table t) {
          LoadedTable loaded = loader.table(t);
          if (loaded != null) tables.put(t, loaded);
        }
      }
    }
    return new Result(tables, List.copyOf(loader.diagnostics));
  }

  private LoadedTable table(Decl.Table t) {
    if (t.from() == null) return inline(t);
    String fileName = displayName(t);
    String text = read(t, fileName);
    if (text == null) return null;
    String lower = t.from().toLowerCase();
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return yaml(t, fileName, text);
    return csv(t, fileName, text);
  }

  private static String displayName(Decl.Table t) {
    Path declaring = Path.of(t.span().file());
    Path resolved = declaring.getParent() == null ? Path.of(t.from()) : declaring.resolveSibling(t.from());
    return resolved.normalize().toString();
  }

  private String read(Decl.Table t, String fileName) {
    String mem = inMemory.apply(t.from());
    if (mem == null && !fileName.equals(t.from())) mem = inMemory.apply(fileName);
    if (mem != null) return mem;
    Path dir = program.dirOf(t.span().file());
    Path path = dir == null ? Path.of(t.from()) : dir.resolve(t.from()).normalize();
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      diagnostics.add(Diagnostic.error("table-file", t.fromSpan(), M.text("file.missing", t.from()),
          dir == null ? M.text("file.missing.hint.memory") : M.text("file.missing.hint", dir)));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error("table-file", t.fromSpan(), M.text("file.unreadable", t.from(), e)));
    }
    return null;
  }

  // ---- inline rows ----

  private LoadedTable inline(Decl.Table t) {
    List<Decl.Row> rows = t.rows() == null ? List.of() : t.rows();
    List<Decl.Column> columns = t.columns();
    if (columns.isEmpty() && !rows.isEmpty()) {
      diagnostics.add(Diagnostic.error("table-columns", t.span(), M.text("columns.none", t.name()), M.text("columns.none.hint")));
      return null;
    }
    Builder b = new Builder(t, t.span().file(), columns);
    for (Decl.Row row : rows) {
      if (row.cells().size() != columns.size()) {
        diagnostics.add(Diagnostic.error("table-row", row.span(), M.text("row.cells", t.name(), row.cells().size(),
            columns.size()), M.text("row.cells.hint", columnNames(columns))));
        continue;
      }
      Object[] cells = new Object[columns.size()];
      boolean ok = true;
      for (int c = 0; c < cells.length; c++) {
        Expr.Literal lit = row.cells().get(c);
        try {
          cells[c] = CellParser.fromLiteral(lit.value(), columns.get(c).type());
        } catch (CellParser.BadCell bad) {
          diagnostics.add(Diagnostic.error("table-cell", lit.span(), M.text("cell.bad", columns.get(c).name(), t.name(),
              bad.getMessage())));
          ok = false;
        }
      }
      if (ok) b.add(cells, row.span().line());
    }
    return b.build();
  }

  // ---- CSV ----

  private LoadedTable csv(Decl.Table t, String fileName, String text) {
    List<CsvRows.Line> lines;
    try {
      lines = CsvRows.read(text);
    } catch (CsvRows.Unreadable e) {
      diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-file", fileName, e.line,
          M.text("csv.unreadable", e.getMessage()), M.text("csv.unreadable.hint")));
      return null;
    }
    if (lines.isEmpty()) {
      diagnostics.add(Diagnostic.atLine(Severity.WARNING, "table-file", fileName, 1, M.text("file.empty")));
      return new Builder(t, fileName, t.columns()).build();
    }
    List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
    List<Decl.Column> columns = t.columns().isEmpty() ? headerColumns(t, header) : t.columns();
    int[] at = positions(t, fileName, lines.get(0).number(), columns, header);
    if (at == null) return null;
    Builder b = new Builder(t, fileName, columns);
    for (int i = 1; i < lines.size(); i++) {
      CsvRows.Line line = lines.get(i);
      if (!sameWidth(t, fileName, line, header.size())) continue;
      Object[] cells = new Object[columns.size()];
      boolean ok = true;
      for (int c = 0; c < columns.size(); c++) {
        String raw = line.cells().get(at[c]);
        ok &= cell(t, fileName, line.number(), columns.get(c), raw, cells, c);
      }
      if (ok) b.add(cells, line.number());
    }
    return b.build();
  }

  /**
   * A row with fewer cells than the header, or with text beyond the last column, is reported and left out rather
   * than read into the wrong columns. Empty cells past the header (a spreadsheet's trailing separators) are fine.
   */
  private boolean sameWidth(Decl.Table t, String fileName, CsvRows.Line line, int width) {
    List<String> cells = line.cells();
    if (cells.size() < width) {
      diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-row", fileName, line.number(), M.text("csv.row.short", t.name(),
          cells.size(), width), M.text("csv.row.short.hint")));
      return false;
    }
    for (int c = width; c < cells.size(); c++) {
      if (!cells.get(c).isBlank()) {
        diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-row", fileName, line.number(), M.text("csv.row.long", t.name(),
            cells.size(), width, cells.get(c).strip()), M.text("csv.row.long.hint")));
        return false;
      }
    }
    return true;
  }

  // ---- YAML: a list of maps ----

  private LoadedTable yaml(Decl.Table t, String fileName, String text) {
    List<Decl.Column> columns = t.columns();
    Builder b = null;
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-file", fileName, 1,
            M.text("yaml.shape"), Text.literal("- { code: \"10101012\", price: 180.00 }")));
        return null;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        int line = p.currentTokenLocation().getLineNr();
        JsonNode row = YAML.readTree(p);
        if (b == null) {
          if (columns.isEmpty()) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            columns = headerColumns(t, names);
          }
          b = new Builder(t, fileName, columns);
        }
        Object[] cells = new Object[columns.size()];
        boolean ok = true;
        for (int c = 0; c < columns.size(); c++) {
          Decl.Column col = columns.get(c);
          JsonNode v = row.get(col.header() != null ? col.header() : col.name());
          String raw = v == null || v.isNull() ? null : v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
          ok &= cell(t, fileName, line, col, raw, cells, c);
        }
        if (ok) b.add(cells, line);
      }
    } catch (IOException e) {
      diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-file", fileName, 0,
          M.text("yaml.unreadable", e.getMessage().lines().findFirst().orElse(""))));
      return null;
    }
    return (b == null ? new Builder(t, fileName, columns) : b).build();
  }

  // ---- shared ----

  private boolean cell(Decl.Table t, String fileName, int line, Decl.Column col, String raw, Object[] cells, int c) {
    try {
      cells[c] = CellParser.parse(raw, col.type());
      if (c == 0 && cells[c] == null) {
        diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-row", fileName, line,
            M.text("row.no.code", col.name(), t.name())));
        return false;
      }
      if (c == 0 && !(cells[c] instanceof String)) cells[c] = raw.strip();
      if (cells[c] == null && col.type() == Decl.ColumnType.MONEY) {
        // A price list row without its price would price the item at nothing, or fall through to another rule.
        diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-cell", fileName, line, M.text("cell.money.empty",
            col.name(), t.name()), M.text("cell.money.empty.hint")));
        return false;
      }
      return true;
    } catch (CellParser.BadCell bad) {
      diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-cell", fileName, line,
          M.text("cell.bad", col.name(), t.name(), bad.getMessage())));
      return false;
    }
  }

  private static List<Decl.Column> headerColumns(Decl.Table t, List<String> header) {
    List<Decl.Column> cols = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      cols.add(new Decl.Column(t.span(), header.get(i), i == 0 ? Decl.ColumnType.CODE : Decl.ColumnType.TEXT, null));
    }
    return cols;
  }

  /** Where each declared column is in the file's header; null (after reporting) when one is missing. */
  private int[] positions(Decl.Table t, String fileName, int line, List<Decl.Column> columns, List<String> header) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(header.get(i), i);
      byName.putIfAbsent(header.get(i).toLowerCase(), i);
    }
    int[] at = new int[columns.size()];
    boolean ok = true;
    for (int c = 0; c < columns.size(); c++) {
      Decl.Column col = columns.get(c);
      String want = col.header() != null ? col.header() : col.name();
      Integer i = byName.get(want);
      if (i == null) i = byName.get(want.toLowerCase());
      if (i == null) {
        diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-header", fileName, line, M.text("header.missing",
            t.name(), want), col.header() == null ? M.text("header.missing.hint.map", String.join(", ", header), col.name())
            : M.text("header.missing.hint", String.join(", ", header))));
        ok = false;
      } else {
        at[c] = i;
      }
    }
    return ok ? at : null;
  }

  private static String columnNames(List<Decl.Column> columns) {
    return String.join(", ", columns.stream().map(Decl.Column::name).toList());
  }

  /** Collects good rows; a code repeated within one version is reported and its later rows are dropped. */
  private final class Builder {
    private final Decl.Table decl;
    private final String file;
    private final List<Decl.Column> columns;
    private final List<String> keys = new ArrayList<>();
    private final List<Object[]> cells = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    Builder(Decl.Table decl, String file, List<Decl.Column> columns) {
      this.decl = decl;
      this.file = file;
      this.columns = columns;
    }

    void add(Object[] row, int line) {
      String key = (String) row[0];
      Integer first = seen.putIfAbsent(key, line);
      if (first != null) {
        diagnostics.add(Diagnostic.atLine(Severity.ERROR, "table-duplicate", file, line, M.text("code.twice", key,
            decl.name(), first), M.text("code.twice.hint")));
        return;
      }
      keys.add(key);
      cells.add(row);
      lines.add(line);
    }

    LoadedTable build() {
      int[] ls = new int[lines.size()];
      for (int i = 0; i < ls.length; i++) ls[i] = lines.get(i);
      return new LoadedTable(decl, file, columns, keys.toArray(new String[0]), cells.toArray(new Object[0][]), ls);
    }
  }
}
