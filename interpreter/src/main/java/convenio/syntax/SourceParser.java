package convenio.syntax;

import convenio.diagnostics.Diagnostic;
import convenio.grammar.ConvenioParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Text → AST for one file. Syntax errors and bad literals come back as diagnostics, never as exceptions. */
public final class SourceParser {
  private SourceParser() {}

  /** The AST (null only when the header itself could not be read) and every diagnostic found. */
  public record Result(ContractFile file, List<Diagnostic> diagnostics) {}

  private static final Pattern QUOTED_WORD = Pattern.compile("'([a-z_]+)'");

  /**
   * A syntax error of a Portuguese file names the keywords it quotes in Portuguese: the parser saw the English words
   * they stand for ("after 'price' comes …" reads "after 'preço' comes …").
   */
  private static Diagnostic inPortuguese(Diagnostic d) {
    return new Diagnostic(d.severity(), d.code(), d.file(), d.line(), d.column(), d.length(), portuguese(d.message()),
        d.hint() == null ? null : portuguese(d.hint()), d.related());
  }

  private static String portuguese(String text) {
    return QUOTED_WORD.matcher(text).replaceAll(m -> {
      String pt = Keywords.portugueseOf(m.group(1));
      return Matcher.quoteReplacement("'" + (pt == null ? m.group(1) : pt) + "'");
    });
  }

  public static Result parse(String fileName, String text) {
    // A UTF-8 byte order mark (editors on Windows write one) is not part of the text.
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    Diagnostic tooMuch = InputLimits.tokens(fileName, text);
    if (tooMuch != null) return new Result(null, List.of(tooMuch));
    SyntaxErrors errors = new SyntaxErrors(fileName);
    SurfaceSyntax.Read read = SurfaceSyntax.read(fileName, text, errors);
    ConvenioParser parser = new ConvenioParser(new CommonTokenStream(new ListTokenSource(read.tokens(), fileName)));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    ConvenioParser.FileContext tree = parser.file();
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    if (read.language() == Keywords.Language.EN && !errors.diagnostics().isEmpty()) {
      diagnostics.addAll(SurfaceSyntax.portugueseWordsInEnglish(fileName, read));
    }
    for (Diagnostic d : errors.diagnostics()) {
      diagnostics.add(read.language() == Keywords.Language.PT ? inPortuguese(d) : d);
    }
    tooMuch = InputLimits.tree(fileName, tree);
    if (tooMuch != null) {
      diagnostics.add(tooMuch);
      return new Result(null, diagnostics);
    }
    AstBuilder builder = new AstBuilder(fileName);
    ContractFile ast = null;
    try {
      ast = builder.build(tree);
    } catch (RuntimeException broken) {
      // A tree with syntax errors can be missing pieces the builder needs; those errors are already reported.
      if (diagnostics.isEmpty()) throw broken;
    }
    diagnostics.addAll(builder.diagnostics());
    return new Result(ast, diagnostics);
  }
}
