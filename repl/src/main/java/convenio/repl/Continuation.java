package convenio.repl;

import java.util.Set;

/**
 * Whether what was typed so far is a whole input or the user is still writing it: a bracket is open, a string is
 * open, or the last line ends with an operator ({@code uco *}, {@code if x then}). Then the REPL asks for another line
 * instead of reporting an error for half an expression. Comments and string contents are skipped, so a {@code (} in a
 * text does not keep the input open.
 */
public final class Continuation {
  // Words and symbols after which an expression cannot end: what follows them must be on the next line.
  private static final Set<String> TRAILING_WORDS = Set.of("and", "or", "not", "of", "in", "if", "then", "else", "is");
  private static final String TRAILING_SYMBOLS = "+-*/=<>,.!";

  private Continuation() {}

  /** True when the input needs more lines before it can be run. */
  public static boolean incomplete(String input) {
    return openers(input) != null;
  }

  /**
   * What keeps the input open, for the continuation prompt: the brackets still open, innermost last ({@code "(["}),
   * {@code "\""} for a string, {@code "/*"} for a comment, {@code ""} when a line ends with an operator; null when the
   * input is complete.
   */
  public static String openers(String input) {
    StringBuilder open = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    boolean inBlockComment = false;
    StringBuilder lastCode = new StringBuilder(); // the input without comments, to look at how it ends
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      char next = i + 1 < input.length() ? input.charAt(i + 1) : 0;
      if (inBlockComment) {
        if (c == '*' && next == '/') {
          inBlockComment = false;
          i++;
        }
        continue;
      }
      if (inString) {
        if (c == '\\') i++;
        else if (c == '"') inString = false;
        else if (c == '\n') inString = false; // strings do not span lines: the parser will report it
        lastCode.append('x');
        continue;
      }
      if (c == '/' && next == '/') {
        int nl = input.indexOf('\n', i);
        if (nl < 0) break;
        i = nl - 1;
        continue;
      }
      if (c == '/' && next == '*') {
        inBlockComment = true;
        i++;
        continue;
      }
      if (c == '"') inString = true;
      else if (c == '(' || c == '[' || c == '{') {
        depth++;
        open.append(c);
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (open.length() > 0) open.setLength(open.length() - 1);
      }
      lastCode.append(c);
    }
    if (inBlockComment) return "/*";
    if (inString) return "\"";
    if (depth > 0) return open.toString();
    return endsWithOperator(lastCode.toString().strip()) ? "" : null;
  }

  private static boolean endsWithOperator(String code) {
    if (code.isEmpty()) return false;
    char last = code.charAt(code.length() - 1);
    if (TRAILING_SYMBOLS.indexOf(last) >= 0) {
      // "R$ 10,00 -" continues; but a lone command like "reset" never ends in a symbol anyway.
      return true;
    }
    int start = code.length();
    while (start > 0 && (Character.isLetterOrDigit(code.charAt(start - 1)) || code.charAt(start - 1) == '_')) start--;
    String word = code.substring(start);
    // Only a word standing apart counts ("margin" ends in "in" but is a name).
    return TRAILING_WORDS.contains(word) && start > 0 && !Character.isLetterOrDigit(code.charAt(start - 1))
        && code.charAt(start - 1) != '_' && code.charAt(start - 1) != '.';
  }
}
