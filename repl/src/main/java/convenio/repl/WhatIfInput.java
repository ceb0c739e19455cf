package convenio.repl;

import static convenio.repl.ReplTexts.M;

import convenio.diagnostics.Diagnostic;
import convenio.model.Money;
import convenio.model.Percent;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Operator;
import convenio.tables.LoadedTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code let NAME = EXPR}, {@code set NAME = EXPR} and {@code set TABLE.CODE.COLUMN = VALUE} into a what-if
 * change, checking what can be checked before compiling (the name exists, the table has that row and column), with
 * the caret under the part that is wrong.
 */
final class WhatIfInput {
  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
  // cbhpm.30602122.porte | cbhpm."30602122".porte | cbhpm["30602122"].porte | cbhpm[30602122].porte
  private static final Pattern CELL = Pattern.compile(
      "([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(?:\\.\\s*\"([^\"]*)\"|\\.\\s*([^.\\s\"\\[\\]]+)|\\[\\s*\"([^\"]*)\"\\s*]"
          + "|\\[\\s*([^\\]\\s\"]+)\\s*])\\s*\\.\\s*([\\p{L}_][\\p{L}\\p{N}_]*)");
  // porte_2018["3C"]: one key of a map
  private static final Pattern ENTRY = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)\\s*\\[(.*)]");

  private WhatIfInput() {}

  record Parsed(WhatIf.Change change, List<Diagnostic> diagnostics) {}

  static Parsed parse(ReplInput in, String keyword, LoadedContract contract) {
    String text = in.text();
    int start = text.indexOf(keyword) + keyword.length();
    int eq = text.indexOf('=', start);
    if (eq < 0) {
      return fail(in.errorAt(text.stripTrailing().length(), 1, M.get("wi.expected.eq"),
          M.get("wi.expected.eq.hint", keyword)));
    }
    int targetStart = start;
    while (targetStart < eq && Character.isWhitespace(text.charAt(targetStart))) targetStart++;
    String target = text.substring(targetStart, eq).strip();
    if (target.isEmpty()) return fail(in.errorAt(eq, 1, M.get("wi.name.missing"), keyword + " uco = R$ 20,00"));
    if (NAME.matcher(target).matches()) return name(in, keyword, contract, target, targetStart, eq);
    Matcher m = CELL.matcher(target);
    if (m.matches() && keyword.equals("set")) return cell(in, contract, m, targetStart, eq);
    Matcher e = ENTRY.matcher(target);
    if (e.matches() && keyword.equals("set")) return entry(in, contract, e, targetStart, eq);
    return fail(in.errorAt(targetStart, target.length(), keyword.equals("let")
            ? M.get("wi.let.name") : M.get("wi.set.target"), M.get("wi.set.target.hint")));
  }

  private static Parsed name(ReplInput in, String keyword, LoadedContract contract, String name, int at, int eq) {
    String other = otherKind(contract, name);
    if (other != null) {
      return fail(in.errorAt(at, name.length(), M.get("wi.not.let", name, M.get("wi.kind." + other)),
          other.equals("table") ? M.get("wi.not.let.table", name) : M.get("wi.not.let.other")));
    }
    boolean exists = WhatIf.findLet(contract.program, name) != null;
    if (!exists && keyword.equals("set")) {
      String near = Names.closest(name, Names.lets(contract.program));
      return fail(in.errorAt(at, name.length(), M.get("wi.no.let", name),
          near != null ? M.get("wi.no.let.near", near, name) : M.get("wi.no.let.add", name)));
    }
    ReplInput.Parsed value = in.expression(eq + 1);
    if (!value.ok()) return new Parsed(null, value.diagnostics());
    return new Parsed(new WhatIf.SetName(name, value.expr(), in.span(at, name.length()), in.text()), List.of());
  }

  private static Parsed cell(ReplInput in, LoadedContract contract, Matcher m, int at, int eq) {
    String table = m.group(1);
    String code = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
        : m.group(4) != null ? m.group(4) : m.group(5);
    String column = m.group(6);
    List<LoadedTable> versions = contract.tables.versions(table);
    if (versions.isEmpty()) {
      String near = Names.closest(table, Names.tables(contract.program));
      return fail(in.errorAt(at + m.start(1), table.length(), M.get("wi.no.table", table),
          near != null ? M.get("wi.near", near) : M.get("wi.tables", String.join(", ", Names.tables(contract.program)))));
    }
    int col = TableEdits.columnIndex(versions.get(0).columns(), column);
    if (col < 0) {
      return fail(in.errorAt(at + m.start(6), column.length(), M.get("wi.no.column", table, column),
          M.get("wi.columns", columns(versions.get(0)))));
    }
    if (col == 0) {
      return fail(in.errorAt(at + m.start(6), column.length(), M.get("wi.key.column", column, table),
          M.get("wi.key.column.hint")));
    }
    if (oldValue(versions, code, col) == NO_ROW) {
      int codeAt = m.start(2) >= 0 ? m.start(2) : m.start(3) >= 0 ? m.start(3)
          : m.start(4) >= 0 ? m.start(4) : m.start(5);
      return fail(in.errorAt(at + codeAt, code.length(), M.get("wi.no.row", table, code), M.get("wi.no.row.hint")));
    }
    ReplInput.Parsed value = in.expression(eq + 1);
    if (!value.ok()) return new Parsed(null, value.diagnostics());
    Expr.Literal literal = literal(value.expr());
    if (literal == null) {
      int from = eq + 1;
      while (from < in.text().length() && Character.isWhitespace(in.text().charAt(from))) from++;
      return fail(in.errorAt(from, Math.max(1, in.text().stripTrailing().length() - from),
          M.get("wi.cell.value"), M.get("wi.cell.value.hint")));
    }
    return new Parsed(new WhatIf.SetCell(table, code, column, literal, in.text()), List.of());
  }

  private static Parsed entry(ReplInput in, LoadedContract contract, Matcher m, int at, int eq) {
    String map = m.group(1);
    if (WhatIf.findMap(contract.program, map) == null) {
      if (!contract.tables.versions(map).isEmpty()) {
        return fail(in.errorAt(at, m.group(0).length(), M.get("wi.map.is.table", map),
            "set " + map + m.group(0).substring(map.length()) + ".COLUMN = VALUE"));
      }
      String near = Names.closest(map, Names.maps(contract.program));
      return fail(in.errorAt(at + m.start(1), map.length(), M.get("wi.no.map", map),
          near != null ? M.get("wi.near", near) : M.get("wi.maps", String.join(", ", Names.maps(contract.program)))));
    }
    ReplInput.Parsed key = in.expression(at + m.start(2), at + m.end(2));
    if (!key.ok()) return new Parsed(null, key.diagnostics());
    Expr.Literal literal = literal(key.expr());
    if (literal == null) {
      return fail(in.errorAt(at + m.start(2), m.group(2).length(), M.get("wi.map.key.value"),
          M.get("wi.map.key.hint")));
    }
    boolean known = WhatIf.findMap(contract.program, map).entries().stream()
        .flatMap(x -> x.keys().stream()).anyMatch(k -> WhatIf.sameKey(k.value(), literal.value()));
    if (!known) {
      return fail(in.errorAt(at + m.start(2), m.group(2).length(), M.get("wi.no.key", map,
          ValueText.of(literal.value())), M.get("wi.no.key.hint")));
    }
    ReplInput.Parsed value = in.expression(eq + 1);
    if (!value.ok()) return new Parsed(null, value.diagnostics());
    return new Parsed(new WhatIf.SetEntry(map, literal, value.expr(), in.text()), List.of());
  }

  /** A literal, or a minus before one (a negative cell), as inline rows hold them; else null. */
  private static Expr.Literal literal(Expr e) {
    if (e instanceof Expr.Literal l) return l;
    if (e instanceof Expr.Unary u && u.operand() instanceof Expr.Literal l && u.op() == Operator.NEGATE) {
      Object v = l.value();
      Object negated = v instanceof Money m ? m.negate() : v instanceof BigDecimal d ? d.negate()
          : v instanceof Percent p ? new Percent(p.value().negate()) : null;
      return negated == null ? null : new Expr.Literal(l.id(), u.span(), negated);
    }
    return null;
  }

  private static final Object NO_ROW = new Object();

  /** The cell's value in the first version that has the row, or {@link #NO_ROW}. */
  static Object oldValue(List<LoadedTable> versions, String code, int col) {
    for (LoadedTable t : versions) {
      for (int i = 0; i < t.size(); i++) if (t.keys()[i].equals(code)) return t.cells()[i][col];
    }
    return NO_ROW;
  }

  private static String columns(LoadedTable t) {
    StringBuilder b = new StringBuilder();
    for (Decl.Column c : t.columns()) b.append(b.length() == 0 ? "" : ", ").append(c.name());
    return b.toString();
  }

  private static String otherKind(LoadedContract contract, String name) {
    for (ContractFile f : contract.program.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Table t && t.name().equals(name)) return "table";
        if (d instanceof Decl.MapDecl x && x.name().equals(name)) return "map";
        if (d instanceof Decl.Group x && x.name().equals(name)) return "group";
        if (d instanceof Decl.Schedule x && x.name().equals(name)) return "schedule";
      }
    }
    return null;
  }

  /** What a change did: {@code uco = R$ 20,00 (was R$ 17,50 · contrato.convenio:14)}. */
  static String describe(WhatIf.Change change, LoadedContract contract) {
    if (change instanceof WhatIf.SetName n) {
      Object now = contract.constant(contract.current(), n.name());
      Decl.Let let = WhatIf.findLet(contract.program, n.name());
      if (let == null) return M.get("wi.new.name", n.name(), ValueText.of(now));
      Object was = contract.constant(contract.original, n.name());
      return M.get("wi.was", n.name(), ValueText.of(now), ValueText.of(was), let.span().file(), let.span().line());
    }
    if (change instanceof WhatIf.SetEntry e) {
      Decl.MapDecl m = WhatIf.findMap(contract.program, e.map());
      return M.get("wi.was", e.map() + "[" + ValueText.of(e.key().value()) + "]",
          ValueText.of(contract.valueOf(true, lookup(e))), ValueText.of(contract.valueOf(false, lookup(e))),
          m.span().file(), m.span().line());
    }
    WhatIf.SetCell c = (WhatIf.SetCell) change;
    List<LoadedTable> versions = contract.tables.versions(c.table());
    int col = TableEdits.columnIndex(versions.get(0).columns(), c.column());
    Object was = oldValue(versions, c.code(), col);
    return M.get("wi.was.cell", c.table() + "[\"" + c.code() + "\"]." + c.column(), ValueText.of(c.value().value()),
        ValueText.of(was));
  }

  /** {@code MAP[KEY]}, to ask the compiled contract what the entry gives. */
  private static Expr lookup(WhatIf.SetEntry e) {
    return new Expr.Index(ExprIds.fresh(), e.key().span(),
        new Expr.Name(ExprIds.fresh(), e.key().span(), e.map()), e.key());
  }

  private static Parsed fail(Diagnostic d) {
    return new Parsed(null, List.of(d));
  }
}
