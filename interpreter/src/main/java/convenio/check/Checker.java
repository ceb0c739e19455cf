package convenio.check;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Header;
import convenio.syntax.Program;
import convenio.tables.TableLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The static checks of a contract and everything it imports: names, duplicates, the header, types and units, TISS
 * table types, vigências, precedence (ambiguous and unreachable price rules), codes, templates. Every check runs on
 * every declaration, so a file reports all of its errors at once. Never evaluates money.
 *
 * <p>Returns the checker's own findings only: the program's (reading, parsing, imports) and the table loader's
 * diagnostics are the caller's to add ({@link CheckResult} does).
 */
public final class Checker {
  private Checker() {}

  public static List<Diagnostic> check(Program program, TableLoader.Result tables) {
    Diagnostics out = new Diagnostics();
    if (program.files().isEmpty()) return List.of();
    Symbols symbols = Symbols.collect(program, out);
    SourceText source = new SourceText(program);
    ExprTypes types = new ExprTypes(symbols, out, source);
    TableChecks tableChecks = new TableChecks(out);
    Declarations declarations = new Declarations(symbols, types, tableChecks, new Templates(types, source, out), source,
        out);

    HeaderChecks.check(program, out);
    if (program.main() != null && program.main().header() instanceof Header.Contract c) declarations.header(c);
    List<Decl.Price> prices = new ArrayList<>();
    for (ContractFile f : program.files()) {
      for (Decl d : f.decls()) {
        declarations.check(d);
        if (d instanceof Decl.Price p) prices.add(p);
      }
    }
    tableChecks.check(symbols.tables);
    new Precedence(symbols, TableChecks.codes(symbols.tables, tables), out).check(prices);
    anaesthetist(symbols, out);
    return out.sorted();
  }

  /** Degree 06 is always paid by its own rule: with participation rules and none for 06, anaesthetists go unpriced. */
  private static void anaesthetist(Symbols symbols, Diagnostics out) {
    if (symbols.participations.isEmpty() || symbols.participations.containsKey("06")) return;
    Decl.Participation first = symbols.participations.values().iterator().next();
    out.add(Diagnostic.warning("participation", first.span(), "there are participation rules but none for the"
        + " anaesthetist (degree \"06\")", "the anaesthetist is never priced by price rules; add participation \"06\""
        + " from cbhpm = … (by the anaesthesia size), or items of degree 06 will be glosed as unpriced"));
  }
}
