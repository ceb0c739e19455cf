package convenio.check;

import convenio.i18n.Messages;
import convenio.common.Tiss;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Diagnostics;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Header;
import convenio.syntax.Program;
import convenio.tables.TableLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The static checks of a contract and everything it imports: names, duplicates, the header, types and units, TISS
 * table types, vigências, precedence (ambiguous and unreachable price rules), codes, templates. Every check runs on
 * every declaration, so a file reports all of its errors at once. Never evaluates money.
 *
 * <p>Returns the checker's own findings only: the program's (reading, parsing, imports) and the table loader's
 * diagnostics are the caller's to add ({@link CheckResult} does).
 */
public final class Checker {
  private static final Messages M = Messages.of(Checker.class, "convenio.check.messages");
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
    StaticLimits.check(program, out);
    if (program.main() != null && program.main().header() instanceof Header.Contract c) declarations.header(c);
    List<Decl.Price> prices = new ArrayList<>();
    List<Decl.Routes> routes = new ArrayList<>();
    for (ContractFile f : program.files()) {
      Set<Integer> broken = syntaxErrorLines(program, f.file());
      for (int i = 0; i < f.decls().size(); i++) {
        Decl d = f.decls().get(i);
        // A declaration with a syntax error inside was rebuilt from what the parser could recover: checking it would
        // only add noise to the syntax error already reported.
        int next = i + 1 < f.decls().size() ? f.decls().get(i + 1).span().line() : Integer.MAX_VALUE;
        if (touches(broken, d.span().line(), next)) continue;
        declarations.check(d);
        if (d instanceof Decl.Price p) prices.add(p);
        if (d instanceof Decl.Routes r) routes.add(r);
      }
    }
    tableChecks.check(symbols.tables,
        program.main() != null && program.main().header() instanceof Header.Contract c ? c : null);
    new Precedence(symbols, TableChecks.codes(symbols.tables, tables), out).check(prices);
    if (program.main() != null && program.main().header() instanceof Header.Contract) anaesthetist(symbols, out, routes);
    auxiliaries(symbols, out, prices);
    return out.sorted();
  }

  private static Set<Integer> syntaxErrorLines(Program program, String file) {
    Set<Integer> lines = new TreeSet<>();
    for (Diagnostic d : program.diagnostics()) {
      if ("syntax".equals(d.code()) && file.equals(d.file())) lines.add(d.line());
    }
    return lines;
  }

  private static boolean touches(Set<Integer> lines, int from, int before) {
    for (int l : lines) if (l >= from && l < before) return true;
    return false;
  }

  /**
   * Degree 06 is always paid by its own rule, never by the surgeon's price: a contract that prices procedures (or other
   * degrees) and has no {@code participation "06"} prices the anaesthetist nowhere, and its items of degree 06 are
   * glosed as unpriced.
   */
  private static void anaesthetist(Symbols symbols, Diagnostics out, List<Decl.Routes> routes) {
    if (symbols.participations.containsKey(Tiss.DEGREE_ANAESTHETIST)) return;
    // A contract with a surgical team (participation rules) or multiple surgical procedures (routes) meets
    // anaesthetists; a clinic's contract without either is not told, and its rare item of degree 06 is unpriced.
    Decl at = !symbols.participations.isEmpty() ? symbols.participations.values().iterator().next()
        : routes.isEmpty() ? null : routes.get(0);
    if (at == null) return;
    out.add(Diagnostic.warning("participation", at.span(), M.text(at instanceof Decl.Routes
        ? "anaesthetist.unpriced.routes" : "anaesthetist.unpriced.participations"), M.text("anaesthetist.unpriced.hint")));
  }

  private static final java.util.regex.Pattern SURGEON = java.util.regex.Pattern.compile("\\bsurgeon\\b");
  private static final java.util.regex.Pattern UCO_OR_FILME = java.util.regex.Pattern.compile("\\.(uco|filme)\\b");

  /**
   * Auxiliaries (degrees 01–04) are a percentage of the porte of the surgeon's act, not of its UCO or filme (CBHPM
   * Instruções Gerais item 5.1). {@code surgeon} is the surgeon's whole unit price: when a procedure price rule adds a
   * table's UCO or filme, a percentage of it pays the auxiliary a share of them too.
   */
  private static void auxiliaries(Symbols symbols, Diagnostics out, List<Decl.Price> prices) {
    Decl.Price composed = null;
    for (Decl.Price p : prices) {
      boolean procedures = p.selector().kinds().isEmpty() || p.selector().kinds().contains(convenio.model.ItemKind.PROCEDURE);
      if (procedures && UCO_OR_FILME.matcher(convenio.syntax.AstPrinter.expr(p.price())).find()) {
        composed = p;
        break;
      }
    }
    if (composed == null) return;
    for (Decl.Participation x : symbols.participations.values()) {
      if (!List.of("01", "02", "03", "04").contains(x.degree())) continue;
      if (!SURGEON.matcher(convenio.syntax.AstPrinter.expr(x.value())).find()) continue;
      out.add(Diagnostic.warning("participation", x.span(), M.text("auxiliary.surgeon", composed.span().pos()),
          M.text("auxiliary.surgeon.hint", x.degree())));
    }
  }
}
