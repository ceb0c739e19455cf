package convenio.syntax;

import convenio.i18n.Messages;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.grammar.ConvenioLexer;
import convenio.syntax.Keywords.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * A file's words, read in the keyword set it is written in. The set is chosen per file by its first word:
 * {@code contrato} or {@code módulo} make it Portuguese, anything else English. A Portuguese file's keywords become
 * the English tokens the grammar knows (same type, same text, same place), so the parser, the AST builder and every
 * later stage see one language. A word of the other set in a file is an error with its place: a file is written in
 * one language, so that a reader (and {@code convenio fmt --to}) can tell every keyword from a name.
 */
public final class SurfaceSyntax {
  private static final Messages M = Messages.of(SurfaceSyntax.class, "convenio.syntax.messages");
  private SurfaceSyntax() {}

  /** The tokens of a file (every channel, Portuguese keywords read as English) and the mixing errors found. */
  public record Read(Language language, Token first, List<Token> tokens, List<Diagnostic> diagnostics,
      Set<Token> verbatim) {}

  public static Read read(String fileName, String text, ANTLRErrorListener lexerErrors) {
    ConvenioLexer lexer = new ConvenioLexer(CharStreams.fromString(text, fileName));
    lexer.removeErrorListeners();
    if (lexerErrors != null) lexer.addErrorListener(lexerErrors);
    List<Token> raw = new ArrayList<>(lexer.getAllTokens());
    Token first = raw.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).findFirst().orElse(null);
    Language language = first != null && first.getType() == ConvenioLexer.ID
        && ("contract".equals(Keywords.englishOf(first.getText()))
            || "module".equals(Keywords.englishOf(first.getText())))
        ? Language.PT : Language.EN;
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Token> tokens = new ArrayList<>(raw.size());
    Set<Token> verbatim = modulePaths(raw);
    for (Token t : raw) {
      if (language == Language.PT && t.getChannel() == Token.DEFAULT_CHANNEL && !verbatim.contains(t)) {
        if (t.getType() == ConvenioLexer.ID && Keywords.englishOf(t.getText()) != null) {
          String english = Keywords.englishOf(t.getText());
          CommonToken k = new CommonToken(t);
          k.setType(Keywords.typeOf(english));
          k.setText(english);
          tokens.add(k);
          continue;
        }
        if (t.getType() == ConvenioLexer.ID && Keywords.englishName(t.getText()) != null) {
          CommonToken k = new CommonToken(t);
          k.setText(Keywords.englishName(t.getText()));
          tokens.add(k);
          continue;
        }
        if (Keywords.isEnglishKeyword(t) && Keywords.englishOnly(t.getText())) {
          diagnostics.add(mixed(fileName, t, first, true, Keywords.portugueseOf(t.getText())));
        }
      }
      tokens.add(t);
    }
    return new Read(language, first, tokens, diagnostics, verbatim);
  }

  /**
   * The words of module paths ({@code import std.ans.vias}, {@code module std.tiss.motivo_saida}): names of files,
   * not keywords, so they are read and translated as written.
   */
  private static Set<Token> modulePaths(List<Token> raw) {
    Set<Token> path = new HashSet<>();
    Token before = null;
    boolean inPath = false;
    for (Token t : raw) {
      if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
      String word = t.getType() == ConvenioLexer.ID && Keywords.englishOf(t.getText()) != null
          ? Keywords.englishOf(t.getText()) : t.getText();
      boolean afterStart = before != null && (inPath ? ".".equals(before.getText())
          : "import".equals(before.getText()) || "module".equals(before.getText())
              || "import".equals(Keywords.englishOf(before.getText()))
              || "module".equals(Keywords.englishOf(before.getText())));
      boolean name = t.getType() == ConvenioLexer.ID || word.matches("[a-z_]+");
      if (afterStart && name) {
        path.add(t);
        inPath = true;
      } else if (!(inPath && ".".equals(t.getText()))) {
        inPath = false;
      }
      before = t;
    }
    return path;
  }

  /**
   * The error for a word of the other keyword set. In an English file a Portuguese word is an ordinary name, so it is
   * reported only where it stops the parse: at the start of a line, as a declaration's first word.
   */
  static List<Diagnostic> portugueseWordsInEnglish(String fileName, Read read) {
    List<Diagnostic> found = new ArrayList<>();
    int line = -1;
    for (Token t : read.tokens()) {
      if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
      boolean lineStart = t.getLine() != line;
      line = t.getLine();
      if (lineStart && t.getType() == ConvenioLexer.ID && Keywords.portugueseOnly(t.getText())
          && SyntaxErrors.startsDeclaration(Keywords.englishOf(t.getText()))) {
        found.add(mixed(fileName, t, read.first(), false, Keywords.englishOf(t.getText())));
      }
    }
    return found;
  }

  private static Diagnostic mixed(String file, Token t, Token first, boolean english, String instead) {
    return new Diagnostic(Severity.ERROR, "mixed-language", file, t.getLine(), t.getCharPositionInLine() + 1,
        t.getText().length(), M.text(english ? "mixed.english" : "mixed.portuguese", t.getText(), first.getText(),
        first.getLine() + ":" + (first.getCharPositionInLine() + 1)), M.text("mixed.hint", instead), null);
  }

  /** The language a file is written in, by its first word. */
  public static Language languageOf(String text) {
    return read("-", text, null).language();
  }

  /**
   * The same file in the other keyword set: every keyword replaced by its counterpart (Portuguese in its canonical,
   * accented spelling), every other character kept, so the translation is lossless and translating back gives the
   * file again (from a file written in canonical words).
   */
  public static String translate(String text, Language to) {
    Read read = read("-", text, null);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Token t : read.tokens()) {
      int start = t.getStartIndex();
      int stop = t.getStopIndex();
      if (start < 0 || stop < start) continue;
      out.append(text, at, start);
      if (read.verbatim().contains(t)) {
        out.append(text, start, stop + 1);
        at = stop + 1;
        continue;
      }
      boolean keyword = t.getChannel() == Token.DEFAULT_CHANNEL && Keywords.isEnglishKeyword(t);
      if (to == Language.PT && read.language() == Language.EN && t.getType() == ConvenioLexer.ID
          && (Keywords.englishOf(t.getText()) != null || Keywords.englishName(t.getText()) != null)) {
        throw new IllegalArgumentException(M.get("translate.name.portuguese", t.getLine(),
            t.getCharPositionInLine() + 1, t.getText(), Keywords.englishOf(t.getText()) != null ? Keywords.englishOf(t.getText())
                : Keywords.englishName(t.getText())));
      }
      boolean name = t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() == ConvenioLexer.ID
          && Keywords.portugueseName(t.getText()) != null;
      out.append(keyword && to == Language.PT ? Keywords.portugueseOf(t.getText())
          : keyword ? t.getText()
          : name && to == Language.PT ? Keywords.portugueseName(t.getText())
          : name ? t.getText() : text.substring(start, stop + 1));
      at = stop + 1;
    }
    out.append(text, at, text.length());
    return out.toString();
  }
}
