package convenio.lsp;

import static convenio.lsp.LspTexts.M;

import convenio.grammar.ConvenioLexer;
import convenio.grammar.ConvenioParser;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * What may be written at the caret. The grammar decides: the text before the caret is parsed up to a marker put
 * where the word being typed starts, and the tokens the parser would accept there are the keywords to offer (item
 * kinds, column types and every other keyword only where the grammar allows them). Where it would accept a name, the
 * rule it is in says which names: justifications in a glosa, tables after {@code from}, schedules after
 * {@code routes}, groups after {@code group}, values and the item's names in an expression. Two places are read from
 * the text itself: an import ({@code import std.} offers the standard modules and what each declares) and a column
 * ({@code table.} offers that table's columns).
 */
final class Completions {
  private Completions() {}

  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\p{L}\\p{N}_.]*)$");
  private static final Pattern MEMBER = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_]*)\\.([\\p{L}\\p{N}_]*)$");
  /** Put where the word being typed starts: a character no token can begin with, so the parser stops there. */
  private static final String MARKER = "§";

  private static final Set<Integer> IDENT_TOKENS;
  private static final Set<Integer> KIND_TOKENS;
  private static final Set<Integer> TYPE_TOKENS;

  static {
    ConvenioParser p = new ConvenioParser(new CommonTokenStream(new ConvenioLexer(CharStreams.fromString(""))));
    ATN atn = p.getATN();
    IDENT_TOKENS = Set.copyOf(atn.nextTokens(atn.ruleToStartState[ConvenioParser.RULE_ident]).toList());
    KIND_TOKENS = Set.copyOf(atn.nextTokens(atn.ruleToStartState[ConvenioParser.RULE_kind]).toList());
    TYPE_TOKENS = Set.copyOf(atn.nextTokens(atn.ruleToStartState[ConvenioParser.RULE_typeName]).toList());
  }

  static List<CompletionItem> at(Analysis a, Position pos) {
    String text = a.text();
    int offset = a.lines.offset(pos);
    String line = a.lines.line(pos.getLine());
    String linePrefix = line.substring(0, Math.min(pos.getCharacter(), line.length()));
    Matcher imp = IMPORT.matcher(linePrefix);
    if (imp.find()) return modules(pos, imp.group(1));
    Matcher member = MEMBER.matcher(linePrefix);
    if (member.find()) return columns(a, member.group(1));
    int wordStart = offset;
    while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) wordStart--;
    Expected expected = expected(text.substring(0, wordStart));
    return items(a, expected);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  // ---- what the grammar accepts ----

  /** The tokens the parser accepts at the marker, the rules it is in (innermost first), and the token before. */
  record Expected(Set<Integer> tokens, List<String> rules, String previous) {
    boolean in(String rule) {
      return rules.contains(rule);
    }
  }

  static Expected expected(String before) {
    ConvenioLexer lexer = new ConvenioLexer(CharStreams.fromString(before + " " + MARKER));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    ConvenioParser parser = new ConvenioParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    int markerAt = before.length() + 1;
    Expected[] found = new Expected[1];
    parser.setErrorHandler(new DefaultErrorStrategy() {
      private void capture(Parser p, Token at, IntervalSet expected) {
        if (at == null || at.getStartIndex() != markerAt || found[0] != null) return;
        // A rule that begins at the marker: what can begin it (the state ANTLR reports for a token set inside a
        // rule, such as glosaRef, can be the previous rule's).
        org.antlr.v4.runtime.ParserRuleContext ctx = p.getContext();
        if (ctx != null && ctx.start != null && ctx.start.getStartIndex() == markerAt) {
          expected = p.getATN().nextTokens(p.getATN().ruleToStartState[ctx.getRuleIndex()]);
        }
        Token prev = null;
        for (int i = at.getTokenIndex() - 1; i >= 0; i--) {
          Token t = tokens.get(i);
          if (t.getChannel() == Token.DEFAULT_CHANNEL) {
            prev = t;
            break;
          }
        }
        found[0] = new Expected(Set.copyOf(expected.toList()), p.getRuleInvocationStack(),
            prev == null ? null : prev.getText());
        throw new ParseCancellationException("found what the grammar accepts at the caret");
      }

      @Override
      public void reportError(Parser p, RecognitionException e) {
        capture(p, e.getOffendingToken(), e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens());
        super.reportError(p, e);
      }

      @Override
      protected void reportUnwantedToken(Parser p) {
        capture(p, p.getCurrentToken(), p.getExpectedTokens());
        super.reportUnwantedToken(p);
      }

      @Override
      protected void reportMissingToken(Parser p) {
        capture(p, p.getCurrentToken(), p.getExpectedTokens());
        super.reportMissingToken(p);
      }
    });
    try {
      parser.file();
    } catch (RuntimeException stopped) {
      // found, or the parser gave up: what was found is all there is
    }
    if (found[0] != null) return found[0];
    // An earlier error swallowed the marker: offer what starts a declaration.
    return new Expected(Set.of(), List.of("declaration"), null);
  }

  // ---- items ----

  private static List<CompletionItem> items(Analysis a, Expected e) {
    List<CompletionItem> out = new ArrayList<>();
    boolean names = e.tokens().contains(ConvenioParser.ID);
    boolean expression = names && (e.in("primary") || e.in("expr"));
    if (e.tokens().isEmpty()) {
      for (String k : List.of("let", "map", "table", "group", "price", "routes", "participation", "adjust", "limit",
          "require", "glosa", "package", "check", "duplicates", "clause", "import", "justification", "schedule",
          "holidays")) {
        out.add(keyword(k, null));
      }
    }
    if (names) {
      if (e.in("glosaRef")) {
        justifications(a, out);
      } else if ("from".equals(e.previous()) && (e.in("selector") || e.in("participationRule"))) {
        values(a, out, "table");
      } else if ("routes".equals(e.previous()) && e.in("routesDecl")) {
        values(a, out, "schedule");
      } else if ("group".equals(e.previous()) && (e.in("codeFilter") || e.in("codeSet"))) {
        groups(a, out);
      } else if ("table".equals(e.previous()) && e.in("tableDecl")) {
        values(a, out, "table");
      } else if (e.in("duplicateRule")) {
        for (String k : convenio.check.EditorFacts.duplicateKeys()) out.add(item(k, CompletionItemKind.Field,
            M.get("complete.duplicates.key"), null));
      } else if (expression) {
        values(a, out, null);
        for (Map.Entry<String, String> n : convenio.check.EditorFacts.itemNames().entrySet()) {
          out.add(item(n.getKey(), CompletionItemKind.Field, n.getValue(), null));
        }
        for (String f : convenio.check.EditorFacts.functions()) {
          CompletionItem i = item(f, CompletionItemKind.Function, M.get("complete.function"), null);
          i.setInsertText(f + "(");
          out.add(i);
        }
      }
    }
    for (int t : e.tokens()) {
      String literal = ConvenioParser.VOCABULARY.getLiteralName(t);
      if (literal == null || literal.length() < 3) continue;
      String word = literal.substring(1, literal.length() - 1);
      if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '_')) continue;
      // Where a name is expected, keywords that the grammar also accepts as names are the item's names (code,
      // quantity…), offered above with their types; the other keywords (if, not, true…) stay.
      if (names && IDENT_TOKENS.contains(t) && !KIND_TOKENS.contains(t) && !TYPE_TOKENS.contains(t)) continue;
      if (expression && KIND_TOKENS.contains(t)) continue;
      String detail = KIND_TOKENS.contains(t) ? M.get("complete.item.kind")
          : TYPE_TOKENS.contains(t) ? M.get("complete.column.type") : null;
      out.add(keyword(word, detail));
    }
    return dedupe(out);
  }

  private static List<CompletionItem> dedupe(List<CompletionItem> items) {
    Map<String, CompletionItem> byLabel = new LinkedHashMap<>();
    for (CompletionItem i : items) byLabel.putIfAbsent(i.getLabel(), i);
    return new ArrayList<>(byLabel.values());
  }

  private static CompletionItem keyword(String word, String detail) {
    CompletionItem i = item(word, CompletionItemKind.Keyword, detail == null ? M.get("complete.keyword") : detail,
        null);
    i.setSortText("~" + word);
    return i;
  }

  static CompletionItem item(String label, CompletionItemKind kind, String detail, String markdown) {
    CompletionItem i = new CompletionItem(label);
    i.setKind(kind);
    i.setDetail(detail);
    if (markdown != null) i.setDocumentation(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, markdown)));
    return i;
  }

  /** Lets, maps, tables and schedules in scope ({@code only}: one kind of them). */
  private static void values(Analysis a, List<CompletionItem> out, String only) {
    Set<String> seen = new LinkedHashSet<>();
    for (Map.Entry<String, Decl> e : a.declarations()) {
      Decl d = e.getValue();
      String name = null, what = null;
      CompletionItemKind kind = CompletionItemKind.Variable;
      if (d instanceof Decl.Let x) {
        name = x.name();
        what = "let";
        kind = CompletionItemKind.Constant;
      } else if (d instanceof Decl.MapDecl x) {
        name = x.name();
        what = "map";
        kind = CompletionItemKind.Struct;
      } else if (d instanceof Decl.Table x) {
        name = x.name();
        what = "table";
        kind = CompletionItemKind.Class;
      } else if (d instanceof Decl.Schedule x) {
        name = x.name();
        what = "schedule";
        kind = CompletionItemKind.Value;
      }
      if (name == null || (only != null && !only.equals(what)) || !seen.add(name)) continue;
      String type = what.equals("let") || what.equals("map") ? a.facts().typeOf(name) : null;
      String detail = what + (type == null ? "" : ": " + type) + from(a, e.getKey());
      out.add(item(name, kind, detail, null));
    }
  }

  private static void groups(Analysis a, List<CompletionItem> out) {
    for (Map.Entry<String, Decl> e : a.declarations()) {
      if (e.getValue() instanceof Decl.Group g) {
        out.add(item(g.name(), CompletionItemKind.Enum, "group" + from(a, e.getKey()), null));
      }
    }
  }

  private static void justifications(Analysis a, List<CompletionItem> out) {
    for (Map.Entry<String, Decl> e : a.declarations()) {
      if (e.getValue() instanceof Decl.Justification j) {
        CompletionItem i = item(j.name(), CompletionItemKind.EnumMember, j.code() + " · "
            + j.group().name().toLowerCase() + from(a, e.getKey()), Hovers.justification(j));
        i.setFilterText(j.name() + " " + j.code());
        out.add(i);
      }
    }
  }

  /** Where a declaration comes from, when it is not the document itself. */
  private static String from(Analysis a, String file) {
    if (file.equals(a.fileName)) return "";
    StdModules.Module m = StdModules.get().byResource(file);
    return " (" + (m != null ? m.name() : file) + ")";
  }

  private static List<CompletionItem> columns(Analysis a, String table) {
    List<CompletionItem> out = new ArrayList<>();
    for (Map.Entry<String, Decl> e : a.declarations()) {
      if (e.getValue() instanceof Decl.Table t && t.name().equals(table)) {
        for (Decl.Column c : t.columns()) {
          String type = c.type() == null ? "text" : c.type().name().toLowerCase();
          out.add(item(c.name(), CompletionItemKind.Field, M.get("complete.column", table, type)
              + (c.header() == null ? "" : M.get("hover.column.header", c.header())), null));
        }
      }
    }
    return dedupe(out);
  }

  /** The standard modules whose name starts with what is typed after {@code import}, each with what it declares. */
  private static List<CompletionItem> modules(Position pos, String typed) {
    List<CompletionItem> out = new ArrayList<>();
    Range replace = new Range(new Position(pos.getLine(), pos.getCharacter() - typed.length()), pos);
    for (StdModules.Module m : StdModules.get().modules().values()) {
      if (!m.name().startsWith(typed) && !typed.isEmpty() && !m.name().contains(typed)) continue;
      CompletionItem i = item(m.name(), CompletionItemKind.Module, M.get("complete.std.module"), moduleDoc(m));
      i.setTextEdit(Either.forLeft(new TextEdit(replace, m.name())));
      i.setFilterText(m.name());
      out.add(i);
    }
    return out;
  }

  /** A module's first comment lines and what it declares, by kind. */
  static String moduleDoc(StdModules.Module m) {
    StringBuilder b = new StringBuilder("**").append(m.name()).append("**\n\n");
    for (String l : m.text().split("\n")) {
      String s = l.strip();
      if (!s.startsWith("//")) break;
      b.append(s.substring(2).strip()).append(' ');
    }
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    ContractFile f = m.file();
    if (f != null) {
      for (Decl d : f.decls()) {
        String kind = null, name = null;
        if (d instanceof Decl.Let x) { kind = "lets"; name = x.name(); }
        else if (d instanceof Decl.MapDecl x) { kind = "maps"; name = x.name(); }
        else if (d instanceof Decl.Table x) { kind = "tables"; name = x.name(); }
        else if (d instanceof Decl.Schedule x) { kind = "schedules"; name = x.name(); }
        else if (d instanceof Decl.Group x) { kind = "groups"; name = x.name(); }
        else if (d instanceof Decl.Justification x) { kind = "justifications"; name = x.name() + " (" + x.code() + ")"; }
        if (kind != null) byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
      }
    }
    b.append("\n\n").append(M.get("complete.declares"));
    for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
      List<String> names = e.getValue();
      String shown = names.size() > 12 ? String.join(", ", names.subList(0, 12)) + ", … (" + names.size() + ")"
          : String.join(", ", names);
      b.append("\n- ").append(M.get("complete.declares." + e.getKey())).append(": ").append(shown);
    }
    return b.toString();
  }
}
