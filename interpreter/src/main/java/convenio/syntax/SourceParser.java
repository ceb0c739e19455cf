package convenio.syntax;

import convenio.diagnostics.Diagnostic;
import convenio.grammar.ConvenioParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Text → AST for one file. Syntax errors and bad literals come back as diagnostics, never as exceptions. */
public final class SourceParser {
  private SourceParser() {}

  /** The AST (null only when the header itself could not be read) and every diagnostic found. */
  public record Result(ContractFile file, List<Diagnostic> diagnostics) {}

  public static Result parse(String fileName, String text) {
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
    diagnostics.addAll(errors.diagnostics());
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
