package convenio.compile;

import convenio.model.GlosaGroup;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import java.util.HashMap;
import java.util.Map;

/**
 * The TISS table-38 justifications of std.tiss.glosas by code, read once from the standard library: the group and
 * standard text of a glosa named by bare code that the contract does not declare, and of the auditor's manual glosas.
 */
public final class StandardJustifications {
  /** A standard justification: its name in std.tiss.glosas, group and message. */
  public record Entry(String name, String code, GlosaGroup group, String text) {}

  private static final Map<String, Entry> BY_CODE = load();

  private StandardJustifications() {}

  /** The standard justification of a TISS code, or null when std.tiss.glosas does not have it. */
  public static Entry of(String code) {
    return BY_CODE.get(code);
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> byCode = new HashMap<>();
    Program p = ModuleLoader.load(new SourceFile("<std>", "module std_glosas_index\nimport std.tiss.glosas\n", null),
        n -> null);
    for (ContractFile f : p.files()) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Justification j) {
          byCode.putIfAbsent(j.code(), new Entry(j.name(), j.code(), j.group(), j.text()));
        }
      }
    }
    return Map.copyOf(byCode);
  }
}
