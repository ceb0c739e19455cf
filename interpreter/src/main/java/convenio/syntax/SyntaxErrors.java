package convenio.syntax;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Replaces ANTLR's console listener. ANTLR's messages list expected-token sets ("expecting {'price', 'let', …}")
 * that analysts cannot act on, so they are rewritten into plain words, with the offending text underlined.
 */
final class SyntaxErrors extends BaseErrorListener {
  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();
  private int lastLine = -1;

  SyntaxErrors(String file) {
    this.file = file;
  }

  List<Diagnostic> diagnostics() {
    return found;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
      RecognitionException e) {
    // One error per line: after the first, ANTLR's recovery produces follow-on noise on the same line.
    if (line == lastLine) return;
    lastLine = line;
    Token t = offending instanceof Token tok ? tok : null;
    String text = t == null ? null : t.getText();
    int length = text == null || t.getType() == Token.EOF ? 1 : Math.max(1, text.length());
    String message;
    String hint = null;
    if (t == null) {
      message = "this character is not part of the language";
      hint = "check for a stray symbol or a quote that was not closed";
    } else if (t.getType() == Token.EOF) {
      message = "the file ends in the middle of a declaration";
      hint = "finish the declaration above or remove it";
    } else if (recognizer instanceof Parser p && p.getVocabulary().getSymbolicName(t.getType()) != null
        && p.getVocabulary().getSymbolicName(t.getType()).equals("ERROR_CHAR")) {
      message = "unexpected character '" + text + "'";
      hint = hintForChar(text);
    } else if (msg.startsWith("mismatched input") || msg.startsWith("extraneous input")
        || msg.startsWith("no viable alternative") || msg.startsWith("missing")) {
      message = "unexpected " + describe(text) + " here";
      hint = hintFor(recognizer, msg, text);
    } else if (msg.startsWith("token recognition error")) {
      message = "unexpected text " + describe(text);
    } else {
      message = "this does not read as a declaration: " + describe(text);
    }
    found.add(new Diagnostic(Severity.ERROR, "syntax", file, line, col + 1, length, message, hint, null));
  }

  private static String describe(String text) {
    if (text == null) return "text";
    if (text.startsWith("\"")) return "text " + text;
    return "'" + text + "'";
  }

  private static String hintForChar(String c) {
    return switch (c) {
      case "\"" -> "a text value must be closed with \" on the same line";
      case "'" -> "texts and codes use double quotes: \"10101012\"";
      case ";" -> "declarations need no separator; start the next one on a new line";
      case "$" -> "money is written R$ 1.234,56";
      default -> "remove it or put it inside quotes";
    };
  }

  private static String hintFor(Recognizer<?, ?> recognizer, String msg, String text) {
    if (msg.contains("expecting") && msg.contains("'='") && !msg.contains(",")) return "an '=' is missing before the value";
    if (text != null && text.matches("\\d+\\.\\d+")) return "decimals use a comma: write " + text.replace('.', ',');
    if (text != null && text.matches("R\\$.*\\.\\d\\d")) return "money uses a comma for cents: R$ 1.234,56";
    if (msg.contains("expecting") && msg.contains("STRING") && !msg.contains(",")) return "a text in double quotes is expected here";
    if (msg.contains("expecting") && msg.contains("DATE") && !msg.contains(",")) return "a date is expected here, written 2025-01-31";
    if (msg.contains("expecting") && msg.contains("PERCENT")) return "a percentage is expected here, written 70%";
    return "check the declaration's form in docs/language.md";
  }
}
