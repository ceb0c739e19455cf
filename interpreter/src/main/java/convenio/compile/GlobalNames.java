package convenio.compile;

import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarations of every file of a program by name: names from imported files are global (docs/language.md,
 * "Imports"). Duplicates are the checker's to report; here the first declaration wins.
 */
final class GlobalNames {
  final Map<String, Decl.Let> lets = new HashMap<>();
  final Map<String, Decl.MapDecl> maps = new HashMap<>();
  final Map<String, Decl.Group> groups = new HashMap<>();
  final Map<String, List<Decl.Table>> tables = new LinkedHashMap<>();
  final Map<String, Decl.Justification> justifications = new HashMap<>();
  final Map<String, Decl.Justification> justificationsByCode = new HashMap<>();
  final Map<String, Decl.Schedule> schedules = new HashMap<>();
  final Set<LocalDate> holidays = new HashSet<>();
  /** Rules in file order (imports first), each kind in the order written. */
  final List<Decl> rules = new ArrayList<>();

  GlobalNames(Program program) {
    for (ContractFile f : program.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Let x) lets.putIfAbsent(x.name(), x);
        else if (d instanceof Decl.MapDecl x) maps.putIfAbsent(x.name(), x);
        else if (d instanceof Decl.Group x) groups.putIfAbsent(x.name(), x);
        else if (d instanceof Decl.Table x) tables.computeIfAbsent(x.name(), k -> new ArrayList<>()).add(x);
        else if (d instanceof Decl.Justification x) {
          justifications.putIfAbsent(x.name(), x);
          justificationsByCode.putIfAbsent(x.code(), x);
        } else if (d instanceof Decl.Schedule x) schedules.putIfAbsent(x.name(), x);
        else if (d instanceof Decl.Holidays x) holidays.addAll(x.dates());
        else if (!(d instanceof Decl.Import) && !(d instanceof Decl.Clause)) rules.add(d);
      }
    }
  }
}
