package convenio.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import convenio.grammar.ConvenioParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The highlighting grammar of editors/vscode (TextMate, used by VS Code and other editors) is valid JSON and names
 * exactly the parser's keywords, each once, so the two cannot drift apart: a keyword added to Convenio.g4 fails here
 * until it is highlighted.
 */
class TextMateGrammarTest {
  static final Path GRAMMAR = Path.of("../editors/vscode/syntaxes/convenio.tmLanguage.json");
  private static final Pattern ALTERNATION = Pattern.compile("^\\\\b\\(\\?:([a-z_|]+)\\)\\\\b$");

  private static JsonNode grammar() throws Exception {
    return new ObjectMapper().readTree(Files.readString(GRAMMAR));
  }

  /** The words of the parser's vocabulary: 'price', 'half_up'… (punctuation left out). */
  private static Set<String> parserKeywords() {
    Set<String> words = new TreeSet<>();
    for (int t = 1; t <= ConvenioParser.VOCABULARY.getMaxTokenType(); t++) {
      String literal = ConvenioParser.VOCABULARY.getLiteralName(t);
      if (literal != null && literal.matches("'[a-z_]+'")) words.add(literal.substring(1, literal.length() - 1));
    }
    return words;
  }

  @Test
  void itIsATextMateGrammarForConvenioFiles() throws Exception {
    JsonNode g = grammar();
    assertEquals("source.convenio", g.get("scopeName").asText());
    assertEquals("convenio", g.get("fileTypes").get(0).asText());
    // Every pattern included at the top level is defined in the repository.
    for (JsonNode include : g.get("patterns")) {
      String name = include.get("include").asText().substring(1);
      assertTrue(g.get("repository").has(name), name);
    }
    // Every regular expression compiles (Java's engine reads the subset these patterns use as Oniguruma does).
    List<String> regexes = new ArrayList<>();
    g.get("repository").forEach(entry -> entry.get("patterns").forEach(p -> {
      for (String key : List.of("match", "begin", "end")) if (p.has(key)) regexes.add(p.get(key).asText());
      if (p.has("patterns")) p.get("patterns").forEach(q -> regexes.add(q.get("match").asText()));
    }));
    for (String r : regexes) Pattern.compile(r);
    assertTrue(regexes.size() > 10);
  }

  @Test
  void itsKeywordListsAreTheParsersKeywordsEachOnce() throws Exception {
    List<String> listed = new ArrayList<>();
    for (JsonNode p : grammar().get("repository").get("keywords").get("patterns")) {
      Matcher m = ALTERNATION.matcher(p.get("match").asText());
      assertTrue(m.matches(), "a keyword pattern is \\b(?:a|b|c)\\b: " + p.get("match").asText());
      listed.addAll(List.of(m.group(1).split("\\|")));
    }
    Set<String> unique = new TreeSet<>(listed);
    assertEquals(listed.size(), unique.size(), "a keyword is in two lists: " + listed);
    assertEquals(parserKeywords(), unique);
    // The grammar's own examples: a declaration, an item kind, a column type, a rounding mode.
    assertTrue(unique.containsAll(List.of("price", "procedures", "money", "half_up")));
  }

  @Test
  void aMoneyLiteralIsHighlightedAsTheLexerReadsIt() throws Exception {
    String money = null;
    for (JsonNode p : grammar().get("repository").get("literals").get("patterns")) {
      if (p.get("name").asText().startsWith("constant.numeric.money")) money = p.get("match").asText();
    }
    Pattern m = Pattern.compile(money);
    // R$ 1.234,56: dots group thousands, the comma separates cents (the lexer's MONEY).
    for (String s : List.of("R$ 1.234,56", "R$ 21,70", "R$ 180", "R$ 25.000,00")) assertTrue(m.matcher(s).matches(), s);
    assertTrue(!m.matcher("R$ 1234.56").matches(), "a dot is not a decimal separator");
  }
}
