package convenio.repl;

import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.diagnostics.Diagnostic;
import convenio.syntax.Expr;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import convenio.tables.TableLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract loaded in the REPL: the program as read from its file (never changed), its tables as read, the contract
 * compiled from them (the "original" every what-if is compared with), and the build with the current what-if changes.
 */
final class LoadedContract {
  final Path file;
  final Program program;
  final TableEdits tables;
  final Build original;
  final WhatIf whatIf = new WhatIf();
  private Build current;

  // The day tables are looked up on when an expression is evaluated outside an item (see ReplSession#updateLookupDay).
  private LocalDate lookupDay;

  /** A program and tables as compiled, and what compiling them gave. */
  record Build(Program program, TableLoader.Result tables, Compilation compilation) {
    Contract contract() {
      return compilation.contract();
    }
  }

  /** The value of a let as {@code build} sees it, tables looked up on the lookup day. */
  Object constant(Build build, String name) {
    return ReplCompiler.constant(build.program(), build.tables(), name, lookupDay);
  }

  void lookupDay(LocalDate day) {
    lookupDay = day;
  }

  private LoadedContract(Path file, Program program, TableEdits tables, Build original) {
    this.file = file;
    this.program = program;
    this.tables = tables;
    this.original = original;
    this.current = original;
  }

  /** The contract, or null and the diagnostics that say why it could not be compiled. */
  record Loaded(LoadedContract contract, List<Diagnostic> diagnostics) {}

  static Loaded load(Path file) {
    Program program = ModuleLoader.load(file);
    if (program.main() == null || program.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return new Loaded(null, program.diagnostics());
    }
    TableLoader.Result loaded = TableLoader.load(program);
    Compilation c = ReplCompiler.compile(program, loaded);
    if (!c.ok()) return new Loaded(null, c.diagnostics());
    Build build = new Build(program, loaded, c);
    return new Loaded(new LoadedContract(file, program, new TableEdits(loaded), build), c.diagnostics());
  }

  Build current() {
    return current;
  }

  void setCurrent(Build b) {
    current = b;
  }

  /** Compiles the program with the what-if changes, plus {@code extra} for one evaluation. */
  Build build(WhatIf changes, List<WhatIf.SetName> extra) {
    Program p = changes.apply(program, extra);
    TableLoader.Result t = tables.apply(changes.cells());
    return new Build(p, t, ReplCompiler.compile(p, t));
  }

  /**
   * The value of an expression under the contract as loaded ({@code current} false) or with the changes in force: the
   * program is compiled once more with the expression as a {@code let}.
   */
  Object valueOf(boolean current, Expr e) {
    WhatIf.SetName probe = new WhatIf.SetName(ReplCompiler.PROBE, e, e.span(), "");
    Build b = build(current ? whatIf : new WhatIf(), List.of(probe));
    return b.compilation().ok() ? constant(b, ReplCompiler.PROBE) : null;
  }

  /** A candidate set of changes: the current ones plus {@code c}. */
  WhatIf withChange(WhatIf.Change c) {
    WhatIf w = new WhatIf();
    for (WhatIf.Change old : whatIf.list()) w.add(old);
    w.add(c);
    return w;
  }

  /** Text of a source file by the name diagnostics use: the contract's files, then files on disk (tables). */
  String sourceText(String name) {
    SourceFile s = program.sources().get(name);
    return s != null ? s.text() : readQuietly(name);
  }

  /** A file's text for showing a diagnostic's line, or null: a file that cannot be read is shown without it. */
  static String readQuietly(String name) {
    try {
      return Files.readString(Path.of(name));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static List<Diagnostic> errorsOnly(List<Diagnostic> ds) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : ds) if (d.isError()) out.add(d);
    return out;
  }
}
