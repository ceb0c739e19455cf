package convenio.check;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.TableLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Everything `convenio check` reports for one contract file: reading and parsing it and its imports, loading its
 * tables, and the checker's own findings, sorted by place, each once; with the sources, to show them.
 */
public record CheckResult(Program program, List<Diagnostic> diagnostics) {
  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public static CheckResult of(Path file) {
    return of(ModuleLoader.load(file));
  }

  public static CheckResult of(SourceFile main, Function<String, SourceFile> others) {
    return of(ModuleLoader.load(main, others));
  }

  public static CheckResult of(Program program) {
    return of(program, TableLoader.load(program));
  }

  /** The same with the program's tables already loaded (an editor keeps unchanged table files between keystrokes). */
  public static CheckResult of(Program program, TableLoader.Result tables) {
    Diagnostics all = new Diagnostics();
    all.addAll(program.diagnostics());
    all.addAll(tables.diagnostics());
    all.addAll(Checker.check(program, tables));
    // Two stages can notice the same thing at the same place; say it once.
    List<Diagnostic> unique = new ArrayList<>(new LinkedHashSet<>(all.sorted()));
    return new CheckResult(program, unique);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The text of a file the diagnostics name, when it was read as part of the program. */
  public String sourceText(String name) {
    SourceFile s = program.sources().get(name);
    return s == null ? null : s.text();
  }
}
