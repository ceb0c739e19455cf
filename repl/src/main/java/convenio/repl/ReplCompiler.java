package convenio.repl;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.compile.Compiler;
import convenio.syntax.Program;
import convenio.tables.TableLoader;
import java.time.LocalDate;

/** The REPL's few calls into the engine, in one place. */
final class ReplCompiler {
  /** The name an evaluated input is bound to: {@code let __repl = <input>}, then its value is read back. */
  static final String PROBE = "__repl";

  private ReplCompiler() {}

  /** The last stages of compiling, on a program and tables the REPL read (and changed) itself. */
  static Compilation compile(Program program, TableLoader.Result tables) {
    return Convenio.compile(program, tables);
  }

  /**
   * The value of a let in the program as compiled (with the what-if changes). The engine compiles lets only when a
   * rule uses them, so the value is asked of the compiler for this program and tables, not of the Contract. Tables
   * are looked up on {@code day}.
   */
  static Object constant(Program program, TableLoader.Result tables, String name, LocalDate day) {
    return Compiler.constant(program, tables, name, day);
  }
}
