package convenio.lsp;

import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Program;
import convenio.tables.LoadedTable;
import convenio.tables.TableLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Table files read once while a contract is edited: a keystroke in a rule does not re-read a 100,000-row CSV. A
 * table declared the same way (same file, same columns) whose file has not changed on disk (size and modification
 * time) reuses its rows; everything else (inline rows, changed files, tables that had problems, whose diagnostics
 * point into the edited text) is read again by the interpreter's own loader.
 */
final class TableCache {
  private record Key(Path file, List<Decl.Column> columns, String congenere) {}

  private record Entry(long size, long modified, LoadedTable table) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  TableLoader.Result load(Program program) {
    Map<Decl.Table, LoadedTable> loaded = new IdentityHashMap<>();
    List<ContractFile> rest = new ArrayList<>();
    Map<Decl.Table, Key> keys = new IdentityHashMap<>();
    for (ContractFile f : program.files()) {
      List<Decl> missing = new ArrayList<>();
      for (Decl d : f.decls()) {
        if (!(d instanceof Decl.Table t)) continue;
        Key key = key(program, f, t);
        Entry e = key == null ? null : entries.get(key);
        BasicFileAttributes attrs = key == null ? null : attributes(key.file());
        if (e != null && attrs != null && e.size() == attrs.size() && e.modified() == attrs.lastModifiedTime().toMillis()) {
          LoadedTable c = e.table();
          loaded.put(t, new LoadedTable(t, c.file(), t.columns(), c.keys(), c.cells(), c.lines()));
        } else {
          missing.add(t);
          if (key != null) keys.put(t, key);
        }
      }
      if (!missing.isEmpty()) rest.add(new ContractFile(f.file(), f.header(), missing));
    }
    if (rest.isEmpty()) return new TableLoader.Result(loaded, List.of());
    TableLoader.Result fresh = TableLoader.load(new Program(rest, program.sources(), List.of()));
    loaded.putAll(fresh.tables());
    if (fresh.diagnostics().isEmpty()) {
      for (Map.Entry<Decl.Table, Key> k : keys.entrySet()) {
        LoadedTable t = fresh.tables().get(k.getKey());
        BasicFileAttributes attrs = attributes(k.getValue().file());
        if (t != null && attrs != null) {
          entries.put(k.getValue(), new Entry(attrs.size(), attrs.lastModifiedTime().toMillis(), t));
        }
      }
    }
    return new TableLoader.Result(loaded, fresh.diagnostics());
  }

  /** A table read from a file on disk, by its path and how it is declared; null for inline tables. */
  private static Key key(Program program, ContractFile f, Decl.Table t) {
    Path dir = program.dirOf(f.file());
    if (t.from() == null || dir == null) return null;
    List<Decl.Column> columns = new ArrayList<>();
    for (Decl.Column c : t.columns()) columns.add(new Decl.Column(null, c.name(), c.type(), c.header()));
    return new Key(dir.resolve(t.from()).normalize(), columns, t.congenere());
  }

  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }
}
