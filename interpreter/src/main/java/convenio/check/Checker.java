package convenio.check;

import convenio.diagnostics.Diagnostic;
import convenio.syntax.Program;
import convenio.tables.TableLoader;
import java.util.List;

/**
 * The static checks of a contract and everything it imports: names, duplicates, types and units, TISS table types,
 * vigências, precedence (ambiguous and unreachable price rules), templates. Never evaluates money.
 */
public final class Checker {
  private Checker() {}

  public static List<Diagnostic> check(Program program, TableLoader.Result tables) {
    return List.of();
  }
}
