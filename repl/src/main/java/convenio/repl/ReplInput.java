package convenio.repl;

import static convenio.repl.ReplTexts.M;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.DiagnosticRenderer;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import convenio.syntax.SourceParser;
import convenio.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Expressions typed at the prompt, parsed with the contract language's own parser so that they mean exactly what they
 * would mean in a file. The input is wrapped in a one-line module header ({@code module __repl let __repl =}) placed on
 * a line of its own, so every token of the input keeps its column; diagnostics then come back one line down, and
 * {@link #user(Diagnostic)} moves them back, so the caret lands under the mistake in what the user typed.
 */
final class ReplInput {
  /** How diagnostics and spans name what was typed at the prompt. */
  static final String FILE = "<input>";
  private static final String WRAPPER = "module __repl let __repl =\n";

  private final String text;

  ReplInput(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** An expression parsed, or the diagnostics that say why it could not be. */
  record Parsed(Expr expr, List<Diagnostic> diagnostics) {
    boolean ok() {
      return expr != null && diagnostics.stream().noneMatch(Diagnostic::isError);
    }
  }

  /** Parses {@code text} from offset {@code start} to its end as one expression of the language. */
  Parsed expression(int start) {
    return expression(start, text.length());
  }

  /** Parses the part of {@code text} from {@code start} to {@code end} as one expression of the language. */
  Parsed expression(int start, int end) {
    String blanked = text.substring(0, start).replaceAll("[^\n]", " ") + text.substring(start, end);
    if (blanked.isBlank()) {
      return new Parsed(null, List.of(errorAt(start, 1, M.get("input.missing"), M.get("input.missing.hint"))));
    }
    SourceParser.Result r = SourceParser.parse(FILE, WRAPPER + blanked);
    List<Diagnostic> ds = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) ds.add(user(d));
    ContractFile f = r.file();
    Expr expr = null;
    if (f != null && f.decls().size() == 1 && f.decls().get(0) instanceof Decl.Let let) {
      expr = ExprIds.renumber(let.value());
    } else if (ds.stream().noneMatch(Diagnostic::isError)) {
      ds.add(errorAt(start, end - start, M.get("input.one"), M.get("input.one.hint")));
    }
    return new Parsed(expr, ds);
  }

  /** A span over part of the input, in the coordinates the parsed expressions use (see {@link #user}). */
  Span span(int offset, int length) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new Span(FILE, line + 1, col, Math.max(1, length), null);
  }

  Diagnostic errorAt(int offset, int length, String message, String hint) {
    return user(Diagnostic.error("repl", span(offset, length), message, hint));
  }

  /** A diagnostic about the input, moved back from the wrapped text's lines to the lines the user typed. */
  static Diagnostic user(Diagnostic d) {
    if (!FILE.equals(d.file())) return d;
    Diagnostic.Related r = d.related();
    if (r != null && FILE.equals(r.file())) r = new Diagnostic.Related(r.file(), r.line() - 1, r.column(), r.message());
    return new Diagnostic(d.severity(), d.code(), FILE, Math.max(0, d.line() - 1), d.column(), d.length(),
        d.message(), d.hint(), r);
  }

  /** Renders diagnostics about the input (with its text) or about contract files (with theirs). */
  String render(List<Diagnostic> diagnostics, Function<String, String> files) {
    DiagnosticRenderer renderer = new DiagnosticRenderer(name -> FILE.equals(name) ? text : files.apply(name));
    return renderer.render(diagnostics);
  }
}
