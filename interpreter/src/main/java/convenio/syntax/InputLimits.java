package convenio.syntax;

import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.grammar.ConvenioLexer;
import convenio.grammar.ConvenioParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The limits on a contract's text that keep every later stage (parser, checker, compiler, evaluator, each of them
 * recursive over expressions) within a thread's stack, whatever the machine, the JIT's state or the thread: input past
 * a limit is refused with the limit and its place, the same way on every run, before anything recursive sees it.
 * Real contracts stay far below: their deepest expressions nest a handful of levels.
 * <ul>
 *   <li>{@link #MAX_NESTING}: brackets, {@code if}s and {@code not}/sign chains open at one point of the text, checked
 *       on the tokens, before the parser (which recurses on each of them);</li>
 *   <li>{@link #MAX_EXPRESSION_DEPTH}: the depth of an expression's tree, which a long chain of operators
 *       ({@code a + b + c + …}) makes as deep as it is long, checked on the parse tree without recursion;</li>
 *   <li>{@link #MAX_DIGITS}: digits in a number, past any sensible precision (a money value holds 17).</li>
 * </ul>
 */
public final class InputLimits {
  private static final Messages M = Messages.of(InputLimits.class, "convenio.syntax.messages");
  private InputLimits() {}

  public static final int MAX_NESTING = 100;
  public static final int MAX_EXPRESSION_DEPTH = 200;
  public static final int MAX_DIGITS = 30;

  private static final java.util.Set<String> DECLARATION_WORDS = java.util.Set.of("import", "clause", "let", "group",
      "holidays", "map", "table", "justification", "schedule", "price", "routes", "participation", "adjust", "limit",
      "require", "glosa", "package", "check", "duplicates");

  /** The first limit the tokens break, or null. Reads the text once with the lexer alone. */
  static Diagnostic tokens(String fileName, String text) {
    ConvenioLexer lexer = new ConvenioLexer(org.antlr.v4.runtime.CharStreams.fromString(text, fileName));
    lexer.removeErrorListeners();
    int brackets = 0, ifs = 0, prefixRun = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
      String s = t.getText();
      int type = t.getType();
      if (type == ConvenioLexer.INT || type == ConvenioLexer.DECIMAL || type == ConvenioLexer.MONEY
          || type == ConvenioLexer.PERCENT) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) digits++;
        if (digits > MAX_DIGITS) {
          return refuse(fileName, t, Math.min(s.length(), 40), "limit", M.get("limit.digits", digits, MAX_DIGITS),
              M.get("limit.digits.hint"));
        }
      }
      // An if stays open to the end of its declaration: "else if" chains nest as deep as they are long.
      if (brackets == 0 && DECLARATION_WORDS.contains(s)) ifs = 0;
      switch (s) {
        case "(", "[", "{" -> brackets++;
        case ")", "]", "}" -> brackets = Math.max(0, brackets - 1);
        case "if" -> ifs++;
        default -> { }
      }
      boolean prefix = s.equals("not") || s.equals("if") || s.equals("-") || s.equals("+") || s.equals("(")
          || s.equals("[") || s.equals("{");
      prefixRun = prefix ? prefixRun + 1 : 0;
      int nesting = brackets + ifs + (s.equals("not") || s.equals("-") || s.equals("+") ? prefixRun : 0);
      if (nesting > MAX_NESTING) {
        return refuse(fileName, t, s.length(), "limit", M.get("limit.nesting", nesting, MAX_NESTING),
            M.get("limit.nesting.hint"));
      }
    }
    return null;
  }

  /** The first expression of the parse tree deeper than {@link #MAX_EXPRESSION_DEPTH}, or null; no recursion. */
  static Diagnostic tree(String fileName, ParseTree root) {
    record At(ParseTree node, int depth) {}
    Deque<At> todo = new ArrayDeque<>();
    todo.push(new At(root, 0));
    while (!todo.isEmpty()) {
      At at = todo.pop();
      int depth = at.node() instanceof ConvenioParser.ExprContext ? at.depth() + 1 : at.depth();
      if (depth > MAX_EXPRESSION_DEPTH) {
        Token t = ((ParserRuleContext) at.node()).getStart();
        return refuse(fileName, t, t.getText().length(), "limit", M.get("limit.chain", MAX_EXPRESSION_DEPTH),
            M.get("limit.chain.hint"));
      }
      List<ParseTree> children = new ArrayList<>();
      for (int i = 0; i < at.node().getChildCount(); i++) children.add(at.node().getChild(i));
      for (int i = children.size() - 1; i >= 0; i--) todo.push(new At(children.get(i), depth));
    }
    return null;
  }

  private static Diagnostic refuse(String file, Token t, int length, String code, String message, String hint) {
    return new Diagnostic(Severity.ERROR, code, file, t.getLine(), t.getCharPositionInLine() + 1, Math.max(1, length),
        message, hint, null);
  }
}
