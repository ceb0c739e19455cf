package convenio.check;

import convenio.i18n.Text;
import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Header;
import convenio.syntax.Program;
import convenio.syntax.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name the program declares, across the main file and what it imports (names of imported files are visible as
 * if declared in the importer). Values (lets, maps, tables, schedules) share one namespace; groups, justifications,
 * checks, packages and participation degrees have their own. A second declaration of a name is an error pointing at
 * both; the versions of a table are not duplicates.
 */
final class Symbols {
  private static final Messages M = Messages.of(Symbols.class, "convenio.check.messages");
  final Map<String, Decl.Let> lets = new LinkedHashMap<>();
  final Map<String, Decl.MapDecl> maps = new LinkedHashMap<>();
  final Map<String, List<Decl.Table>> tables = new LinkedHashMap<>();
  final Map<String, Decl.Schedule> schedules = new LinkedHashMap<>();
  final Map<String, Decl.Group> groups = new LinkedHashMap<>();
  final Map<String, Decl.Justification> justifications = new LinkedHashMap<>();
  final Map<String, Decl.Check> checks = new LinkedHashMap<>();
  final Map<String, Decl.Package> packages = new LinkedHashMap<>();
  final Map<String, Decl.Participation> participations = new LinkedHashMap<>();
  /** TISS table 38 codes, known when std.tiss.glosas is part of the program; empty otherwise. */
  final Set<String> table38 = new TreeSet<>();
  boolean table38Known;

  private final Map<String, Span> values = new LinkedHashMap<>();
  private final Diagnostics out;

  private Symbols(Diagnostics out) {
    this.out = out;
  }

  static Symbols collect(Program program, Diagnostics out) {
    Symbols s = new Symbols(out);
    for (ContractFile f : program.files()) {
      boolean glosas = f.header() instanceof Header.Module m && m.name().equals("std.tiss.glosas");
      s.table38Known |= glosas;
      for (Decl d : f.decls()) {
        s.add(d);
        if (glosas && d instanceof Decl.Justification j) s.table38.add(j.code());
      }
    }
    return s;
  }

  /** Every name a value can have in an expression, for suggestions. */
  Set<String> valueNames() {
    return values.keySet();
  }

  private void add(Decl d) {
    if (d instanceof Decl.Let x) {
      if (value(x.name(), x.span(), "let")) lets.put(x.name(), x);
    } else if (d instanceof Decl.MapDecl x) {
      if (value(x.name(), x.span(), "map")) maps.put(x.name(), x);
    } else if (d instanceof Decl.Schedule x) {
      if (value(x.name(), x.span(), "schedule")) schedules.put(x.name(), x);
    } else if (d instanceof Decl.Table x) {
      // Several declarations of one table are its versions; a table named like another value is a duplicate.
      if (tables.containsKey(x.name()) || value(x.name(), x.span(), "table")) {
        tables.computeIfAbsent(x.name(), k -> new ArrayList<>()).add(x);
      }
    } else if (d instanceof Decl.Group x) {
      once(groups, x.name(), x, M.text("sym.group", x.name()));
    } else if (d instanceof Decl.Justification x) {
      once(justifications, x.name(), x, M.text("sym.justification", x.name()));
    } else if (d instanceof Decl.Check x) {
      once(checks, x.name(), x, M.text("sym.check", x.name()));
    } else if (d instanceof Decl.Package x) {
      once(packages, x.code(), x, M.text("sym.package", x.code()));
    } else if (d instanceof Decl.Participation x) {
      once(participations, x.degree(), x, M.text("sym.participation", x.degree()));
    }
  }

  private boolean value(String name, Span at, String what) {
    if (RuleNames.isBuiltin(name)) {
      out.add(Diagnostic.error("duplicate", at, M.text("sym.builtin", name, what), M.text("sym.builtin.hint", name)));
      return false;
    }
    Span first = values.get(name);
    if (first != null) {
      out.add(duplicate(at, first, M.text("sym.value", what, name)));
      return false;
    }
    values.put(name, at);
    return true;
  }

  private <T extends Decl> void once(Map<String, T> into, String key, T decl, Text what) {
    T first = into.get(key);
    if (first != null) {
      out.add(duplicate(decl.span(), first.span(), what));
      return;
    }
    into.put(key, decl);
  }

  private static Diagnostic duplicate(Span at, Span first, Text what) {
    boolean sameFile = at.file().equals(first.file());
    Text message = sameFile ? M.text("sym.twice", what) : M.text("sym.twice.imported", what, first.file());
    Text hint = sameFile ? M.text("sym.twice.hint") : M.text("sym.twice.imported.hint");
    return Diagnostic.error("duplicate", at, message, hint).withRelated(first, M.text("sym.first.here"));
  }
}
