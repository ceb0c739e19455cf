package convenio.repl;

import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.Program;
import convenio.syntax.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The what-if changes made at the prompt, kept apart from the contract as loaded: each is applied to a fresh copy of
 * the loaded program's AST (the {@code let} or the map entry replaced, new names added to the main file) and of its
 * loaded tables (the row replaced), and that copy is compiled. The loaded program is never changed, so {@code reset}
 * is dropping the list, and {@code reload} applies the same changes to the file as it is now.
 */
final class WhatIf {
  /** One change, with the text the user typed for it (to list the changes and to say what a difference is from). */
  sealed interface Change {
    String text();
  }

  /** {@code let NAME = EXPR} or {@code set NAME = EXPR}: the value of a name (new when the contract has none). */
  record SetName(String name, Expr value, Span at, String text) implements Change {}

  /** {@code set TABLE.CODE.COLUMN = VALUE}: one cell of one row, in every version of the table that has the row. */
  record SetCell(String table, String code, String column, Expr.Literal value, String text) implements Change {}

  /** {@code set MAP[KEY] = EXPR}: the value one key of a map gives (a porte's value, a size letter's room size). */
  record SetEntry(String map, Expr.Literal key, Expr value, String text) implements Change {}

  // By target, so setting the same thing twice keeps only the last value, in the order first set.
  private final Map<String, Change> changes = new LinkedHashMap<>();

  void add(Change c) {
    String key;
    if (c instanceof SetName n) key = "name " + n.name();
    else if (c instanceof SetCell x) key = "cell " + x.table() + "/" + x.code() + "/" + x.column();
    else key = "entry " + ((SetEntry) c).map() + "/" + ValueText.of(((SetEntry) c).key().value());
    changes.remove(key);
    changes.put(key, c);
  }

  List<Change> list() {
    return List.copyOf(changes.values());
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  void clear() {
    changes.clear();
  }

  /** The table cells changed, applied to the loaded tables by {@link TableEdits}. */
  List<SetCell> cells() {
    List<SetCell> cells = new ArrayList<>();
    for (Change c : changes.values()) if (c instanceof SetCell cell) cells.add(cell);
    return cells;
  }

  /**
   * The program with the changed names and {@code extra} (names only the evaluation of one input needs, like
   * {@code __repl}) applied. Table cells are changed in the loaded tables instead: see {@link TableEdits}.
   */
  Program apply(Program base, List<SetName> extra) {
    Map<String, SetName> names = new LinkedHashMap<>();
    Map<String, List<SetEntry>> entries = new LinkedHashMap<>();
    for (Change c : changes.values()) {
      if (c instanceof SetName n) names.put(n.name(), n);
      else if (c instanceof SetEntry e) entries.computeIfAbsent(e.map(), k -> new ArrayList<>()).add(e);
    }
    for (SetName n : extra) names.put(n.name(), n);
    Map<String, SetName> unplaced = new LinkedHashMap<>(names);
    List<ContractFile> files = new ArrayList<>();
    ContractFile main = base.main();
    for (ContractFile f : base.files()) {
      List<Decl> decls = new ArrayList<>(f.decls().size() + 1);
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Let let && names.containsKey(let.name())) {
          // The declaration keeps its place (the trace still cites the contract's line); only the value is new.
          decls.add(new Decl.Let(let.span(), let.name(), names.get(let.name()).value()));
          unplaced.remove(let.name());
        } else if (d instanceof Decl.MapDecl m && entries.containsKey(m.name())) {
          decls.add(withEntries(m, entries.get(m.name())));
        } else {
          decls.add(d);
        }
      }
      if (f == main) {
        for (SetName n : unplaced.values()) decls.add(new Decl.Let(n.at(), n.name(), n.value()));
      }
      files.add(new ContractFile(f.file(), f.header(), decls));
    }
    return new Program(files, base.sources(), base.diagnostics());
  }

  /**
   * The map with the changed keys taken out of the entries that had them (an entry can list several keys) and given
   * entries of their own, with the new values; the compiler takes the first entry of a key, so the key must be gone
   * from the old one.
   */
  private static Decl.MapDecl withEntries(Decl.MapDecl m, List<SetEntry> changed) {
    List<Decl.MapEntry> out = new ArrayList<>();
    for (Decl.MapEntry e : m.entries()) {
      List<Expr.Literal> keys = new ArrayList<>();
      for (Expr.Literal k : e.keys()) {
        if (changed.stream().noneMatch(c -> sameKey(c.key().value(), k.value()))) keys.add(k);
      }
      if (!keys.isEmpty()) out.add(keys.size() == e.keys().size() ? e : new Decl.MapEntry(e.span(), keys, e.value()));
    }
    for (SetEntry c : changed) out.add(new Decl.MapEntry(c.key().span(), List.of(c.key()), c.value()));
    return new Decl.MapDecl(m.span(), m.name(), out);
  }

  /** Keys as the language compares them: {@code 2} and {@code 2,0} are one number. */
  static boolean sameKey(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
    return a != null && a.equals(b);
  }

  /** The map {@code name} of the loaded program, or null. */
  static Decl.MapDecl findMap(Program p, String name) {
    for (ContractFile f : p.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.MapDecl m && m.name().equals(name)) return m;
      }
    }
    return null;
  }

  /** Whether the loaded program declares {@code name} with a {@code let} (in any of its files). */
  static Decl.Let findLet(Program p, String name) {
    for (ContractFile f : p.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Let let && let.name().equals(name)) return let;
      }
    }
    return null;
  }
}
