package convenio.syntax;

import convenio.diagnostics.Diagnostic;
import convenio.grammar.ConvenioLexer;
import convenio.grammar.ConvenioParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Text → AST for one file. Syntax errors and bad literals come back as diagnostics, never as exceptions. */
public final class SourceParser {
  private SourceParser() {}

  /** The AST (null only when the header itself could not be read) and every diagnostic found. */
  public record Result(ContractFile file, List<Diagnostic> diagnostics) {}

  public static Result parse(String fileName, String text) {
    // A UTF-8 byte order mark (editors on Windows write one) is not part of the text.
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    Diagnostic tooMuch = InputLimits.tokens(fileName, text);
    if (tooMuch != null) return new Result(null, List.of(tooMuch));
    SyntaxErrors errors = new SyntaxErrors(fileName);
    ConvenioLexer lexer = new ConvenioLexer(CharStreams.fromString(text, fileName));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    ConvenioParser parser = new ConvenioParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    ConvenioParser.FileContext tree = parser.file();
    List<Diagnostic> diagnostics = new ArrayList<>(errors.diagnostics());
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
