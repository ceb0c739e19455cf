package convenio.repl;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How JLine splits what is typed. On Enter, an incomplete input (an open bracket, a line ending with an operator)
 * raises JLine's EOFError, which makes it ask for a continuation line instead of accepting. For completion, a word
 * is a run of characters that are not spaces or operators, so {@code cbhpm["306} and {@code tables/cb} are one word
 * each and can be completed as a whole.
 */
final class ReplParser implements Parser {
  private static final String BREAKS = "()+*,=<>{}!;";

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    // JLine asks again with SECONDARY_PROMPT when it draws the continuation lines: "missing" is what their prompt
    // shows (Repl.CONTINUATION_PATTERN), the brackets still open.
    if ((context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT)
        && ReplSession.needsMoreLines(line)) {
      String open = Continuation.openers(line);
      throw new EOFError(-1, cursor, "the input continues on the next line", open == null ? "" : open);
    }
    List<String> words = new ArrayList<>();
    int wordIndex = -1;
    int wordCursor = 0;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || BREAKS.indexOf(c) >= 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i)) && BREAKS.indexOf(line.charAt(i)) < 0) i++;
      if (cursor >= start && cursor <= i) {
        wordIndex = words.size();
        wordCursor = cursor - start;
      }
      words.add(line.substring(start, i));
    }
    if (wordIndex < 0) {
      // The cursor is after a space or an operator: completing a new, empty word there.
      int before = 0;
      for (int w = 0, pos = 0; w < words.size(); w++) {
        pos = line.indexOf(words.get(w), pos);
        if (pos + words.get(w).length() <= cursor) before = w + 1;
        pos += words.get(w).length();
      }
      words.add(before, "");
      wordIndex = before;
      wordCursor = 0;
    }
    return new Line(line, cursor, List.copyOf(words), wordIndex, wordCursor);
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false; // backslashes belong to string literals, not to the line editor
  }

  /** Words as typed: nothing is escaped or quoted, so a completed {@code cbhpm["30602122"]} is inserted as it is. */
  record Line(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
      implements CompletingParsedLine {
    @Override
    public String word() {
      return words.get(wordIndex);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word().length();
    }
  }
}
