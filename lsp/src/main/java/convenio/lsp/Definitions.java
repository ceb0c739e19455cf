package convenio.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Go to definition: a name to its declaration (every version of a table), a column to its place in the table's
 * {@code columns}, an import to the file or standard module (its read-only copy, see {@link StdModules}), a table's
 * {@code from "…"} to the table file.
 */
final class Definitions {
  private Definitions() {}

  static List<Location> at(Analysis a, Position pos) {
    int line = pos.getLine() + 1, column = a.lines.column1(pos);
    List<Location> out = new ArrayList<>();
    for (SourceIndex.Import imp : a.index.imports) {
      if (imp.line() == line && column >= imp.column() && column <= imp.column() + imp.length()) {
        if (imp.module() != null) {
          StdModules.Module m = StdModules.get().modules().get(imp.module());
          if (m != null) out.add(new Location(StdModules.get().uri(m), start()));
        } else if (a.path != null) {
          out.add(new Location(a.path.getParent().resolve(imp.path()).normalize().toUri().toString(), start()));
        }
        return out;
      }
    }
    for (SourceIndex.TableFile f : a.index.tableFiles) {
      if (f.line() == line && column >= f.column() && column <= f.column() + f.length() && a.path != null) {
        Path file = a.path.getParent().resolve(f.path()).normalize();
        out.add(new Location(file.toUri().toString(), start()));
        return out;
      }
    }
    SourceIndex.Occurrence o = a.index.occurrenceAt(line, column);
    if (o == null) return out;
    for (Analysis.Located d : a.definitions(o.ns()).getOrDefault(o.name(), List.of())) {
      if (o.ns() == SourceIndex.Ns.COLUMN && !d.at().owner().equals(o.owner())) continue;
      String uri = a.uriOf(d.file());
      String text = a.textOf(d.file());
      if (uri == null || text == null) continue;
      SourceIndex.Occurrence at = d.at();
      out.add(new Location(uri, new TextLines(text).range(at.line(), at.column(), at.length())));
    }
    return out;
  }

  private static Range start() {
    return new Range(new Position(0, 0), new Position(0, 0));
  }
}
