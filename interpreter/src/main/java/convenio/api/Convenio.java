package convenio.api;

import convenio.check.Checker;
import convenio.compile.Compiler;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.model.Money;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.LoadedTable;
import convenio.tables.TableLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entry point: compile a contract (from a path, or from strings) into a {@link Contract}, running every stage —
 * read and parse with imports, load tables, check, compile — and collecting every diagnostic on the way.
 */
public final class Convenio {
  private Convenio() {}

  public static Compilation compile(Path file) {
    Program program = ModuleLoader.load(file);
    return compile(program, TableLoader.load(program));
  }

  /** A contract given as text; {@code name} is how diagnostics and the trace name the file. */
  public static Compilation compile(String name, String text) {
    return compile(name, text, Map.of());
  }

  /**
   * A contract given as text with the files it imports or reads tables from, by the name it uses for them
   * ({@code import "shared.convenio"}, {@code from "tables/cbhpm.csv"}).
   */
  public static Compilation compile(String name, String text, Map<String, String> otherFiles) {
    Program program = ModuleLoader.load(new SourceFile(name, text, null),
        n -> otherFiles.containsKey(n) ? new SourceFile(n, otherFiles.get(n), null) : null);
    return compile(program, TableLoader.load(program, otherFiles::get));
  }

  /** The last stages, for callers that read the program and tables themselves (artifacts, the REPL). */
  public static Compilation compile(Program program, TableLoader.Result tables) {
    return build(program, tables, null);
  }

  /**
   * The compile step alone, for a program this same compiler already checked and hashed: an artifact whose checksum
   * passed and whose compiler version is this one. Checking again would find nothing new (what it found was stored),
   * and is most of the time a cold load takes.
   */
  static Compilation compileChecked(Program program, TableLoader.Result tables, String sourceHash) {
    return build(program, tables, sourceHash);
  }

  private static Compilation build(Program program, TableLoader.Result tables, String checkedHash) {
    Diagnostics all = new Diagnostics();
    all.addAll(program.diagnostics());
    all.addAll(tables.diagnostics());
    if (checkedHash == null) all.addAll(Checker.check(program, tables));
    Contract contract = null;
    if (!all.hasErrors()) {
      Compiler.Output out = Compiler.compile(program, tables);
      all.addAll(out.diagnostics());
      if (out.rules() != null && !all.hasErrors()) {
        String hash = checkedHash != null ? checkedHash : hash(program, tables);
        contract = new CompiledContract(out.info(), out.rules(), hash, out.constants());
      }
    }
    return new Compilation(distinct(all.sorted()), contract, program.sources());
  }

  /** Two stages may see the same problem (a bad table row, say); it is reported once. */
  private static List<Diagnostic> distinct(List<Diagnostic> sorted) {
    Set<String> seen = new HashSet<>();
    return sorted.stream()
        .filter(d -> seen.add(d.file() + ":" + d.line() + ":" + d.column() + ":" + d.message()))
        .toList();
  }

  /** SHA-256 of every rule file's text (in dependency order) and every loaded table's rows. */
  static String hash(Program program, TableLoader.Result tables) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (ContractFile f : program.files()) {
        SourceFile s = program.sources().get(f.file());
        md.update((s == null ? f.file() : s.text()).getBytes(StandardCharsets.UTF_8));
        for (Decl d : f.decls()) {
          LoadedTable t = d instanceof Decl.Table decl ? tables.tables().get(decl) : null;
          if (t == null) continue;
          for (int r = 0; r < t.size(); r++) {
            md.update(t.keys()[r].getBytes(StandardCharsets.UTF_8));
            for (Object cell : t.cells()[r]) {
              String v = cell instanceof Money m ? Long.toString(m.cents()) : String.valueOf(cell);
              md.update(v.getBytes(StandardCharsets.UTF_8));
            }
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
