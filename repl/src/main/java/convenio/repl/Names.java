package convenio.repl;

import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Program;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The names a loaded contract declares (with its imports), for completion and for "did you mean". */
final class Names {
  private Names() {}

  /** Lets, maps, groups, tables, schedules and justifications, sorted, each once. */
  static List<String> declared(Program p) {
    TreeSet<String> out = new TreeSet<>();
    if (p == null) return List.of();
    for (ContractFile f : p.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Let x) out.add(x.name());
        else if (d instanceof Decl.MapDecl x) out.add(x.name());
        else if (d instanceof Decl.Group x) out.add(x.name());
        else if (d instanceof Decl.Table x) out.add(x.name());
        else if (d instanceof Decl.Schedule x) out.add(x.name());
        else if (d instanceof Decl.Justification x) out.add(x.name());
      }
    }
    return new ArrayList<>(out);
  }

  static List<String> lets(Program p) {
    TreeSet<String> out = new TreeSet<>();
    if (p == null) return List.of();
    for (ContractFile f : p.files()) for (Decl d : f.decls()) if (d instanceof Decl.Let x) out.add(x.name());
    return new ArrayList<>(out);
  }

  static List<String> maps(Program p) {
    TreeSet<String> out = new TreeSet<>();
    if (p == null) return List.of();
    for (ContractFile f : p.files()) for (Decl d : f.decls()) if (d instanceof Decl.MapDecl x) out.add(x.name());
    return new ArrayList<>(out);
  }

  static List<String> tables(Program p) {
    TreeSet<String> out = new TreeSet<>();
    if (p == null) return List.of();
    for (ContractFile f : p.files()) for (Decl d : f.decls()) if (d instanceof Decl.Table x) out.add(x.name());
    return new ArrayList<>(out);
  }

  /** The closest of {@code candidates} to a misspelt {@code name}, or null when none is close. */
  static String closest(String name, List<String> candidates) {
    return candidates.stream().filter(c -> distance(c, name) <= Math.max(1, name.length() / 3))
        .min(Comparator.comparingInt(c -> distance(c, name))).orElse(null);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
