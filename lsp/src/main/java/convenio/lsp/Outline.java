package convenio.lsp;

import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Header;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * Document symbols by clause, as the signed contract reads: the header, then each {@code clause} with the
 * declarations under it (a declaration before the first clause stands at the top).
 */
final class Outline {
  private Outline() {}

  static List<DocumentSymbol> of(Analysis a) {
    List<DocumentSymbol> top = new ArrayList<>();
    ContractFile file = a.mainFile();
    if (file == null) return top;
    if (file.header() instanceof Header.Contract c) {
      Range r = a.lines.range(c.span().line(), c.span().column(), c.span().length());
      Range whole = new Range(r.getStart(), endBefore(a, firstDeclLine(a, file)));
      top.add(symbol("contract \"" + c.name() + "\"", "version " + c.version(), SymbolKind.File, whole, r));
    } else if (file.header() instanceof Header.Module m) {
      Range r = a.lines.range(m.span().line(), m.span().column(), m.span().length());
      top.add(symbol("module " + m.name(), null, SymbolKind.Module, r, r));
    }
    DocumentSymbol clause = null;
    for (Decl d : file.decls()) {
      SourceIndex.Extent e = extent(a, d);
      Range range = e == null ? a.lines.range(d.span().line(), d.span().column(), d.span().length())
          : new Range(a.lines.position(e.line(), e.column()), a.lines.position(e.endLine(), e.endColumn() + 1));
      Range selection = selection(a, d, range);
      if (d instanceof Decl.Clause c) {
        clause = symbol("Cláusula " + c.number() + (c.title() == null ? "" : " – " + c.title()), null,
            SymbolKind.Namespace, range, selection);
        clause.setChildren(new ArrayList<>());
        top.add(clause);
        continue;
      }
      DocumentSymbol s = symbol(label(a, d), detail(d), kind(d), range, selection);
      if (clause != null) {
        clause.getChildren().add(s);
        clause.setRange(new Range(clause.getRange().getStart(), range.getEnd()));
      } else {
        top.add(s);
      }
    }
    return top;
  }

  private static int firstDeclLine(Analysis a, ContractFile file) {
    return file.decls().isEmpty() ? a.lines.lineCount() + 1 : file.decls().get(0).span().line();
  }

  /** The end of the last non-blank line before a line (1-based). */
  private static Position endBefore(Analysis a, int line1) {
    int l = Math.max(0, line1 - 2);
    while (l > 0 && a.lines.line(l).isBlank()) l--;
    return new Position(l, a.lines.line(l).length());
  }

  private static SourceIndex.Extent extent(Analysis a, Decl d) {
    for (SourceIndex.Extent e : a.index.declarations) {
      if (e.line() == d.span().line() && e.column() == d.span().column()) return e;
    }
    return null;
  }

  /** The declared name's place when there is one, else the declaration's first line. */
  private static Range selection(Analysis a, Decl d, Range range) {
    for (SourceIndex.Occurrence o : a.index.occurrences) {
      if (o.definition() && o.line() >= d.span().line() && o.line() <= range.getEnd().getLine() + 1
          && o.ns() != SourceIndex.Ns.COLUMN && o.name().equals(name(d))) {
        return a.lines.range(o.line(), o.column(), o.length());
      }
    }
    return new Range(range.getStart(), range.getStart().getLine() == range.getEnd().getLine() ? range.getEnd()
        : new Position(range.getStart().getLine(), a.lines.line(range.getStart().getLine()).length()));
  }

  private static String name(Decl d) {
    if (d instanceof Decl.Let x) return x.name();
    if (d instanceof Decl.MapDecl x) return x.name();
    if (d instanceof Decl.Table x) return x.name();
    if (d instanceof Decl.Schedule x) return x.name();
    if (d instanceof Decl.Group x) return x.name();
    if (d instanceof Decl.Justification x) return x.name();
    if (d instanceof Decl.Check x) return x.name();
    return null;
  }

  private static String label(Analysis a, Decl d) {
    if (d instanceof Decl.Import x) return "import " + (x.module() != null ? x.module() : "\"" + x.path() + "\"");
    if (d instanceof Decl.Let x) return x.name();
    if (d instanceof Decl.MapDecl x) return x.name();
    if (d instanceof Decl.Table x) return x.name() + (x.version() == null ? "" : " \"" + x.version() + "\"");
    if (d instanceof Decl.Schedule x) return x.name();
    if (d instanceof Decl.Group x) return "group " + x.name();
    if (d instanceof Decl.Holidays) return "holidays";
    if (d instanceof Decl.Justification x) return x.name();
    if (d instanceof Decl.Price || d instanceof Decl.Routes || d instanceof Decl.Adjust || d instanceof Decl.Limit
        || d instanceof Decl.Require) {
      return a.heading(d.span());
    }
    if (d instanceof Decl.Participation x) return "participation \"" + x.degree() + "\"";
    if (d instanceof Decl.GlosaRule x) return "glosa " + x.glosa().text();
    if (d instanceof Decl.Package x) return "package \"" + x.code() + "\"";
    if (d instanceof Decl.Check x) return "check " + x.name();
    if (d instanceof Decl.Duplicates x) return "duplicates same " + String.join(", ", x.keys());
    return d.getClass().getSimpleName().toLowerCase();
  }

  private static String detail(Decl d) {
    if (d instanceof Decl.Let) return "let";
    if (d instanceof Decl.MapDecl) return "map";
    if (d instanceof Decl.Table x) return "table" + (x.effectiveFrom() == null ? "" : " · " + Hovers.vigencia(x));
    if (d instanceof Decl.Schedule) return "schedule";
    if (d instanceof Decl.Justification x) return x.code();
    return null;
  }

  private static SymbolKind kind(Decl d) {
    if (d instanceof Decl.Import) return SymbolKind.Module;
    if (d instanceof Decl.Let) return SymbolKind.Constant;
    if (d instanceof Decl.MapDecl) return SymbolKind.Object;
    if (d instanceof Decl.Table) return SymbolKind.Struct;
    if (d instanceof Decl.Schedule || d instanceof Decl.Holidays) return SymbolKind.Array;
    if (d instanceof Decl.Group) return SymbolKind.Enum;
    if (d instanceof Decl.Justification) return SymbolKind.EnumMember;
    if (d instanceof Decl.Package) return SymbolKind.Package;
    if (d instanceof Decl.Check) return SymbolKind.Event;
    return SymbolKind.Function;
  }

  private static DocumentSymbol symbol(String name, String detail, SymbolKind kind, Range range, Range selection) {
    DocumentSymbol s = new DocumentSymbol(name, kind, range, selection, detail);
    return s;
  }
}
