package convenio.syntax;

import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.diagnostics.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Replaces ANTLR's console listener. ANTLR's messages list expected-token sets ("expecting {'price', 'let', …}")
 * that analysts cannot act on, so they are rewritten into plain words, with the offending text underlined. An error
 * at the first word of a line that starts a declaration is reported where the previous declaration stopped short,
 * since that is where the analyst has something to finish.
 */
final class SyntaxErrors extends BaseErrorListener {
  private static final Messages M = Messages.of(SyntaxErrors.class, "convenio.syntax.messages");
  private static final Set<String> DECLARATION_WORDS = Set.of("import", "clause", "let", "group", "holidays", "map",
      "table", "justification", "schedule", "price", "routes", "participation", "adjust", "limit", "require", "glosa",
      "package", "check", "duplicates");

  private static final Set<String> KIND_WORDS = Set.of("procedure", "procedures", "material", "materials",
      "medication", "medications", "daily_rate", "daily_rates", "fee", "fees", "gas", "gases", "opme", "items");

  /** Whether a keyword begins a declaration (a word a line of rules starts with). */
  static boolean startsDeclaration(String word) {
    return DECLARATION_WORDS.contains(word);
  }

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();
  private int lastLine = -1;

  SyntaxErrors(String file) {
    this.file = file;
  }

  List<Diagnostic> diagnostics() {
    return found;
  }

  /** Whether the parser recovered from a syntax error somewhere inside {@code tree} (so parts of it may be missing). */
  static boolean within(ParseTree tree) {
    if (tree instanceof ErrorNode) return true;
    if (tree instanceof ParserRuleContext c && (c.exception != null || c.getStop() == null)) return true;
    for (int i = 0; i < tree.getChildCount(); i++) {
      if (within(tree.getChild(i))) return true;
    }
    return false;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
      RecognitionException e) {
    Token t = offending instanceof Token tok ? tok : null;
    Parser parser = recognizer instanceof Parser p ? p : null;
    if (parser != null && t != null && !isErrorChar(parser, t)) {
      Token prev = previous(parser, t);
      if (prev != null && prev.getLine() < t.getLine() && (t.getType() == Token.EOF
          || DECLARATION_WORDS.contains(t.getText()))) {
        unfinished(parser, prev);
        return;
      }
    }
    if (parser != null && t != null && t.getType() != Token.EOF) {
      // A code written as a number after a kind word: "price procedure 10101012".
      Token before = previous(parser, t);
      Token code = KIND_WORDS.contains(t.getText()) ? next(parser, t)
          : before != null && KIND_WORDS.contains(before.getText()) ? t : null;
      if (code != null && code.getText().matches("[0-9]{4,}") && code.getLine() == t.getLine()) {
        if (line == lastLine) return;
        lastLine = line;
        found.add(new Diagnostic(Severity.ERROR, "syntax", file, code.getLine(), code.getCharPositionInLine() + 1,
            code.getText().length(), M.get("code.quotes"), M.get("code.quotes.hint", code.getText()), null));
        return;
      }
    }
    // One error per line: after the first, ANTLR's recovery produces follow-on noise on the same line.
    if (line == lastLine) return;
    lastLine = line;
    String text = t == null ? null : t.getText();
    int length = text == null || t.getType() == Token.EOF ? 1 : Math.max(1, text.length());
    String message;
    String hint = null;
    if (t == null) {
      message = M.get("char.unknown");
      hint = M.get("char.unknown.hint");
    } else if (t.getType() == Token.EOF && parser != null && previous(parser, t) == null) {
      message = M.get("file.empty");
      hint = M.get("file.empty.hint");
    } else if (t.getType() == Token.EOF) {
      message = M.get("file.ends");
      hint = M.get("file.ends.hint");
    } else if (parser != null && isErrorChar(parser, t)) {
      message = text.equals("'") ? M.get("char.single.quote") : M.get("char.unexpected", text);
      hint = hintForChar(text);
      Token prev = previous(parser, t);
      if (text.equals("%") && prev != null && prev.getText().matches("[0-9]+(,[0-9]+)?")) {
        hint = M.get("percent.space", prev.getText());
      }
    } else if (msg.startsWith("mismatched input") || msg.startsWith("extraneous input")
        || msg.startsWith("no viable alternative") || msg.startsWith("missing")) {
      String expected = parser == null ? null : expected(parser);
      message = expected == null ? M.get("unexpected", describe(text)) : M.get("unexpected.expected", describe(text), expected);
      hint = hintFor(parser, t, expected);
    } else if (msg.startsWith("token recognition error")) {
      message = M.get("unexpected.text", describe(text));
    } else {
      message = M.get("not.declaration", describe(text));
    }
    found.add(new Diagnostic(Severity.ERROR, "syntax", file, line, col + 1, length, message, hint, null));
  }

  /** The previous declaration ends before it is complete: point after its last word. */
  private void unfinished(Parser parser, Token prev) {
    if (prev.getLine() == lastLine) return;
    lastLine = prev.getLine();
    String expected = expected(parser);
    if (expected == null && expects(parser, "'}'")) expected = M.get("word.closing.brace");
    String message = expected == null ? M.get("unfinished.missing", prev.getText())
        : M.get("unfinished.comes", prev.getText(), expected);
    found.add(new Diagnostic(Severity.ERROR, "syntax", file, prev.getLine(), prev.getCharPositionInLine() + 1,
        Math.max(1, prev.getText().length()), message, M.get("unfinished.hint"), null));
  }

  private static boolean isErrorChar(Parser p, Token t) {
    return "ERROR_CHAR".equals(p.getVocabulary().getSymbolicName(t.getType()));
  }

  private static Token previous(Parser p, Token t) {
    TokenStream tokens = p.getInputStream();
    if (tokens == null || t.getTokenIndex() < 0) return null;
    for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
      Token c = tokens.get(i);
      if (c.getChannel() == Token.DEFAULT_CHANNEL) return c;
    }
    return null;
  }

  private static Token next(Parser p, Token t) {
    TokenStream tokens = p.getInputStream();
    if (tokens == null || t.getTokenIndex() < 0) return null;
    // The parser may not have looked that far yet; reading ahead only buffers tokens the parser will read anyway.
    if (tokens instanceof org.antlr.v4.runtime.BufferedTokenStream buffered) buffered.fill();
    for (int i = t.getTokenIndex() + 1; i < tokens.size(); i++) {
      Token c = tokens.get(i);
      if (c.getChannel() == Token.DEFAULT_CHANNEL) return c;
    }
    return null;
  }

  /** What the parser would have accepted, in words, when that is short enough to help; else null. */
  private static String expected(Parser p) {
    IntervalSet set;
    try {
      set = p.getExpectedTokens();
    } catch (RuntimeException unavailable) {
      return null;
    }
    Set<String> words = new LinkedHashSet<>();
    boolean value = false;
    boolean typeNames = true;
    for (String name : TYPE_NAMES) typeNames &= set.contains(tokenType(p, name));
    if (typeNames) words.add(M.get("word.type"));
    for (int type : set.toList()) {
      String literal = p.getVocabulary().getLiteralName(type);
      if (typeNames && literal != null && TYPE_NAMES.contains(literal)) continue;
      String symbolic = p.getVocabulary().getSymbolicName(type);
      if (symbolic != null && Set.of("MONEY", "PERCENT", "DECIMAL", "INT", "ID").contains(symbolic)) value = true;
      words.add(word(p, type));
    }
    if (value && set.contains(tokenType(p, "ID")) && set.contains(tokenType(p, "MONEY"))) return M.get("word.value");
    words.remove(null);
    if (words.isEmpty() || words.size() > 5) return null;
    List<String> list = new ArrayList<>(words);
    if (list.size() == 1) return list.get(0);
    return M.get("word.or", String.join(", ", list.subList(0, list.size() - 1)), list.get(list.size() - 1));
  }

  private static final Set<String> TYPE_NAMES = Set.of("'money'", "'percent'", "'number'", "'text'", "'code'",
      "'date'", "'time'", "'boolean'");

  /** The token type of a symbolic name (ID) or a literal one ('}'). */
  private static int tokenType(Parser p, String name) {
    for (int i = 0; i <= p.getVocabulary().getMaxTokenType(); i++) {
      if (name.equals(p.getVocabulary().getSymbolicName(i)) || name.equals(p.getVocabulary().getLiteralName(i))) return i;
    }
    return -2;
  }

  private static boolean expects(Parser p, String name) {
    try {
      return p.getExpectedTokens().contains(tokenType(p, name));
    } catch (RuntimeException unavailable) {
      return false;
    }
  }

  /** A keyword the parser expects here that the offending word is a likely typo of ("versao" → "version"). */
  private static String closeKeyword(Parser p, String text) {
    if (text == null || !text.matches("[\\p{L}_]+")) return null;
    List<String> keywords = new ArrayList<>();
    try {
      for (int type : p.getExpectedTokens().toList()) {
        String literal = p.getVocabulary().getLiteralName(type);
        if (literal != null && literal.matches("'[a-z_]+'")) keywords.add(literal.substring(1, literal.length() - 1));
      }
    } catch (RuntimeException unavailable) {
      return null;
    }
    List<String> close = Suggestions.closest(text, keywords);
    return close.isEmpty() ? null : close.get(0);
  }

  private static String word(Parser p, int type) {
    if (type == Token.EOF) return M.get("word.eof");
    String literal = p.getVocabulary().getLiteralName(type);
    if (literal != null) return literal;
    String symbolic = p.getVocabulary().getSymbolicName(type);
    if (symbolic == null) return null;
    return switch (symbolic) {
      case "STRING", "MONEY", "PERCENT", "DATE", "TIME", "INT", "DECIMAL", "ID" -> M.get("word." + symbolic);
      default -> null;
    };
  }

  private static String describe(String text) {
    if (text == null) return M.get("describe.text");
    if (text.startsWith("\"")) return M.get("describe.text.value", text);
    return "'" + text + "'";
  }

  private static String hintForChar(String c) {
    return switch (c) {
      case "\"" -> M.get("char.hint.quote");
      case "'" -> M.get("char.hint.single");
      case ";" -> M.get("char.hint.semicolon");
      case "$" -> M.get("char.hint.dollar");
      default -> M.get("char.hint.other");
    };
  }

  private static String hintFor(Parser p, Token t, String expected) {
    String text = t.getText();
    String keyword = p == null ? null : closeKeyword(p, text);
    if (keyword != null) return M.get("hint.keyword", keyword);
    if (expected != null && expected.contains("'contract'") && expected.contains("'module'")) {
      return M.get("hint.header");
    }
    if (p != null && expects(p, "'}'") && !expects(p, "'='")) return M.get("hint.brace");
    Token prev = p == null ? null : previous(p, t);
    Token before = prev == null ? null : previous(p, prev);
    if (prev != null && prev.getText().equals(".") && text.matches("\\d+") && before != null
        && before.getText().matches("(R\\$\\s*)?[\\d.]+")) {
      return M.get("hint.comma", before.getText() + "," + text);
    }
    if (text.matches("\\d+\\.\\d+")) return M.get("hint.comma", text.replace('.', ','));
    if (prev != null && prev.getText().startsWith("R$") && text.matches("\\d+")
        && prev.getStopIndex() + 1 == t.getStartIndex()) {
      return M.get("hint.cents", prev.getText());
    }
    if (text.equals(":") && prev != null && prev.getText().matches("\\d") && next(p, t) != null) {
      return M.get("hint.time", "0" + prev.getText() + ":" + next(p, t).getText());
    }
    if (expected != null && expected.contains("'='") && (text.startsWith("R$") || text.startsWith("\"")
        || text.matches("[\\d\\p{L}_].*"))) {
      return M.get("hint.equals", text);
    }
    if (expected != null && expected.matches("'[a-z_]+'")) return M.get("hint.missing", expected, describe(text));
    if (expected != null && expected.contains(M.get("word.DATE"))) return M.get("hint.date");
    if (expected != null && expected.contains(M.get("word.PERCENT"))) return M.get("hint.percent");
    return M.get("hint.docs");
  }
}
