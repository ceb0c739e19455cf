package convenio.format;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.grammar.ConvenioBaseVisitor;
import convenio.grammar.ConvenioLexer;
import convenio.grammar.ConvenioParser;
import convenio.syntax.Keywords.Language;
import convenio.syntax.SourceParser;
import convenio.syntax.SurfaceSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * A contract in canonical layout (what {@code convenio fmt} prints and the language server applies). It rewrites only
 * the space between words, never the words, so comments and clause headings stay where the analyst put them and the
 * file means the same (a test parses every bundled contract before and after):
 * <ul>
 *   <li>a declaration starts its line at column 0; header clauses and continuation lines are indented two spaces,
 *       lines inside braces two spaces per level; a comment line takes the indentation of the code after it;</li>
 *   <li>one space between words; none before {@code , ) ] . :} nor after {@code ( [ .}; one inside {@code { }} on a
 *       line; a word written against the one before it ({@code f(x)}, {@code -1}) stays against it;</li>
 *   <li>the cells of a table written in the contract are aligned in columns;</li>
 *   <li>two spaces before a comment that ends a line; at most one blank line; no trailing spaces; one final newline.
 *   </li>
 * </ul>
 * Formatting a formatted file changes nothing. With a target language the keywords are translated first
 * ({@link SurfaceSyntax#translate}), word for word.
 */
public final class Formatter {
  private Formatter() {}

  /** The formatted text, or null with the errors that kept the file from being formatted. */
  public record Result(String text, List<Diagnostic> diagnostics) {
    public boolean ok() {
      return text != null;
    }
  }

  public static Result format(String fileName, String text, Language to) {
    if (to != null) {
      try {
        text = SurfaceSyntax.translate(text, to);
      } catch (IllegalArgumentException conflict) {
        String[] at = conflict.getMessage().split(":", 3);
        return new Result(null, List.of(new Diagnostic(Severity.ERROR, "fmt", fileName, Integer.parseInt(at[0]),
            Integer.parseInt(at[1]), 0, at[2].strip(), "rename it, then translate", null)));
      }
    }
    List<Diagnostic> errors = SourceParser.parse(fileName, text).diagnostics().stream()
        .filter(Diagnostic::isError).filter(d -> d.code() == null || d.code().equals("syntax")
            || d.code().equals("mixed-language") || d.code().startsWith("literal")).toList();
    if (!errors.isEmpty()) return new Result(null, errors);
    return new Result(layout(text), List.of());
  }

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ")", "]", ".", ":");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", ".");

  private static String layout(String text) {
    SurfaceSyntax.Read read = SurfaceSyntax.read("-", text, null);
    Shape shape = shape(read.tokens());
    // Lines of visible tokens (code and comments), by the line they start on.
    List<List<Token>> lines = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (Token t : read.tokens()) {
      if (t.getType() == ConvenioLexer.WS || t.getType() == Token.EOF) continue;
      if (lines.isEmpty() || lineNumbers.get(lineNumbers.size() - 1) != t.getLine()
          && !endsOn(lines.get(lines.size() - 1), t.getLine())) {
        lines.add(new ArrayList<>());
        lineNumbers.add(t.getLine());
      }
      lines.get(lines.size() - 1).add(t);
    }
    // Indentation of each code line, from the braces open before it.
    int[] indent = new int[lines.size()];
    int depth = 0;
    for (int i = 0; i < lines.size(); i++) {
      List<Token> line = lines.get(i);
      Token first = line.get(0);
      if (isComment(first)) {
        indent[i] = -1;
      } else {
        int here = isCloser(first) ? depth - 1 : depth;
        indent[i] = here > 0 ? 2 * here : shape.starts.contains(first.getStartIndex()) || isCloser(first) ? 0 : 2;
      }
      for (Token t : line) {
        if (isComment(t)) continue;
        if (isOpener(t)) depth++;
        if (isCloser(t)) depth = Math.max(0, depth - 1);
      }
    }
    for (int i = lines.size() - 1, next = 0; i >= 0; i--) {
      if (indent[i] < 0) indent[i] = next;
      else next = indent[i];
    }
    // Column widths of the table bodies' rows.
    Map<Integer, int[]> widths = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Integer body = shape.rowOf.get(lines.get(i).get(0).getStartIndex());
      if (body == null) continue;
      List<String> cells = cells(text, lines.get(i));
      int[] w = widths.getOrDefault(body, new int[0]);
      if (w.length < cells.size()) w = java.util.Arrays.copyOf(w, cells.size());
      for (int c = 0; c < cells.size(); c++) w[c] = Math.max(w[c], width(cells.get(c)));
      widths.put(body, w);
    }
    StringBuilder out = new StringBuilder(text.length());
    int previousEnd = -1;
    for (int i = 0; i < lines.size(); i++) {
      List<Token> line = lines.get(i);
      if (previousEnd >= 0 && lineNumbers.get(i) - previousEnd > 1) out.append('\n');
      StringBuilder l = new StringBuilder(" ".repeat(indent[i]));
      Integer body = shape.rowOf.get(line.get(0).getStartIndex());
      if (body != null) {
        List<String> cells = cells(text, line);
        int[] w = widths.get(body);
        for (int c = 0; c < cells.size(); c++) {
          l.append(cells.get(c));
          if (c < cells.size() - 1) l.append(" ".repeat(w[c] - width(cells.get(c)) + 2));
        }
        Token last = line.get(line.size() - 1);
        if (isComment(last)) l.append(cells.isEmpty() ? "" : "  ").append(source(text, last));
      } else {
        Token before = null;
        for (Token t : line) {
          if (before != null) l.append(gap(text, before, t));
          l.append(source(text, t));
          before = t;
        }
      }
      out.append(l.toString().stripTrailing()).append('\n');
      Token last = line.get(line.size() - 1);
      previousEnd = last.getLine() + (int) source(text, last).chars().filter(c -> c == '\n').count();
    }
    return out.toString();
  }

  /** The space between two words on one line. */
  private static String gap(String text, Token a, Token b) {
    if (isComment(b)) return "  ";
    String x = a.getText();
    String y = b.getText();
    if ("..".equals(x) || "..".equals(y)) return " ";
    if (NO_SPACE_BEFORE.contains(y) || NO_SPACE_AFTER.contains(x)) return "";
    if ("{".equals(x) || "}".equals(y) || ",".equals(x) || isComment(a)) return " ";
    boolean tight = b.getStartIndex() == a.getStopIndex() + 1;
    return tight ? "" : " ";
  }

  /** A table row's cells as written: a sign stays with its number; commas between cells are dropped. */
  private static List<String> cells(String text, List<Token> line) {
    List<String> cells = new ArrayList<>();
    boolean glue = false;
    for (Token t : line) {
      if (isComment(t) || ",".equals(t.getText())) continue;
      if (glue) cells.set(cells.size() - 1, cells.get(cells.size() - 1) + source(text, t));
      else cells.add(source(text, t));
      glue = "-".equals(t.getText());
    }
    return cells;
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String source(String text, Token t) {
    return text.substring(t.getStartIndex(), t.getStopIndex() + 1);
  }

  private static boolean endsOn(List<Token> line, int lineNumber) {
    Token last = line.get(line.size() - 1);
    return last.getLine() + (int) last.getText().chars().filter(c -> c == '\n').count() == lineNumber
        && last.getType() == ConvenioLexer.BLOCK_COMMENT && last.getText().contains("\n");
  }

  private static boolean isComment(Token t) {
    return t.getType() == ConvenioLexer.LINE_COMMENT || t.getType() == ConvenioLexer.BLOCK_COMMENT;
  }

  private static boolean isOpener(Token t) {
    return t.getType() != ConvenioLexer.STRING && ("{".equals(t.getText()) || "(".equals(t.getText())
        || "[".equals(t.getText()));
  }

  private static boolean isCloser(Token t) {
    return t.getType() != ConvenioLexer.STRING && ("}".equals(t.getText()) || ")".equals(t.getText())
        || "]".equals(t.getText()));
  }

  /** Where declarations start, and which lines are rows of a table written in the contract (by body). */
  private record Shape(Set<Integer> starts, Map<Integer, Integer> rowOf) {}

  private static Shape shape(List<Token> tokens) {
    ConvenioParser parser = new ConvenioParser(new CommonTokenStream(new ListTokenSource(tokens)));
    parser.removeErrorListeners();
    ConvenioParser.FileContext file = parser.file();
    Set<Integer> starts = new HashSet<>();
    Map<Integer, Integer> rowOf = new HashMap<>();
    starts.add(file.header().getStart().getStartIndex());
    for (ConvenioParser.DeclarationContext d : file.declaration()) starts.add(d.getStart().getStartIndex());
    file.accept(new ConvenioBaseVisitor<Void>() {
      @Override
      public Void visitTableBody(ConvenioParser.TableBodyContext body) {
        Token open = body.getStart();
        Token close = body.getStop();
        int lastLine = -1;
        for (int i = open.getTokenIndex() + 1; i < close.getTokenIndex(); i++) {
          Token t = tokens.get(i);
          if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getLine() == open.getLine()
              || t.getLine() == close.getLine()) continue;
          if (t.getLine() != lastLine) rowOf.put(t.getStartIndex(), open.getStartIndex());
          lastLine = t.getLine();
        }
        return null;
      }
    });
    return new Shape(starts, rowOf);
  }
}
