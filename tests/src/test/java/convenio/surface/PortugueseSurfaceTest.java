package convenio.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.cases.AccountReader;
import convenio.model.Account;
import convenio.report.ResultJson;
import convenio.format.Formatter;
import convenio.syntax.AstPrinter;
import convenio.syntax.Keywords;
import convenio.syntax.Keywords.Language;
import convenio.syntax.SourceParser;
import convenio.syntax.SurfaceSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Portuguese surface syntax is the English one word for word: every bundled contract, translated to Portuguese,
 * parses to the same AST, compiles without a diagnostic more or less, and prices every bundled TISS lote to the same
 * result, trace included (the JSON a billing system receives); translating back gives the file byte for byte.
 */
class PortugueseSurfaceTest {
  static final Path ROOT = Files.isDirectory(Path.of("contracts")) ? Path.of("") : Path.of("..");
  static final Path CONTRACTS = ROOT.resolve("contracts");

  /** The bundled contracts written in English (the Portuguese one is checked by its own cases). */
  static List<Path> englishContracts() throws IOException {
    try (Stream<Path> s = Files.walk(CONTRACTS, 2)) {
      return s.filter(p -> p.toString().endsWith(".convenio")).sorted().filter(p -> {
        try {
          return SurfaceSyntax.languageOf(Files.readString(p)) == Language.EN;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @TestFactory
  List<DynamicTest> everyBundledContractMeansTheSameInPortuguese() throws IOException {
    List<Path> contracts = englishContracts();
    assertTrue(contracts.size() >= 4, "bundled English contracts: " + contracts);
    return contracts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      String en = Files.readString(p);
      String pt = SurfaceSyntax.translate(en, Language.PT);
      assertNotEquals(en, pt, "nothing was translated");
      assertEquals(Language.PT, SurfaceSyntax.languageOf(pt));
      assertEquals(en, SurfaceSyntax.translate(pt, Language.EN), "round trip en → pt → en");
      assertEquals(pt, SurfaceSyntax.translate(pt, Language.PT), "pt → pt changes nothing");

      String name = p.getFileName().toString();
      SourceParser.Result astEn = SourceParser.parse(name, en);
      SourceParser.Result astPt = SourceParser.parse(name, pt);
      assertEquals(List.of(), astPt.diagnostics());
      assertEquals(AstPrinter.print(astEn.file()), AstPrinter.print(astPt.file()));

      Map<String, String> files = tableFiles(p.getParent());
      Compilation cEn = Convenio.compile(name, en, files);
      Compilation cPt = Convenio.compile(name, pt, files);
      assertEquals(headlines(cEn), headlines(cPt));
      assertTrue(cPt.ok(), headlines(cPt));
      for (Path lote : lotes(p.getParent())) {
        Account account = AccountReader.ofFiles().read(lote).account();
        assertEquals(sameWords(ResultJson.json(cEn.contract().price(account), true), cEn),
            sameWords(ResultJson.json(cPt.contract().price(account), true), cPt), lote.toString());
      }
    })).toList();
  }

  @Test
  void theBundledPortugueseContractIsTheClinicContractWordForWord() throws IOException {
    String en = Files.readString(CONTRACTS.resolve("clinica-imagem/clinica-imagem.convenio"));
    String pt = Files.readString(CONTRACTS.resolve("clinica-imagem-pt/clinica-imagem-pt.convenio"));
    assertEquals(Language.PT, SurfaceSyntax.languageOf(pt));
    assertTrue(pt.contains("preço procedimento \"10101012\" quando fim_de_semana = R$ 180,00"), pt);
    Map<String, String> files = tableFiles(CONTRACTS.resolve("clinica-imagem"));
    Compilation cEn = Convenio.compile("c.convenio", en, files);
    Compilation cPt = Convenio.compile("c.convenio", pt, files);
    assertTrue(cPt.ok(), headlines(cPt));
    Account account = AccountReader.ofFiles()
        .read(CONTRACTS.resolve("clinica-imagem/cases/accounts/lote-consultas-4001.xml")).account();
    String resultPt = ResultJson.json(cPt.contract().price(account), true);
    assertEquals(sameWords(ResultJson.json(cEn.contract().price(account), true), cEn), sameWords(resultPt, cPt));
    // The trace quotes the rule as the analyst wrote it: in Portuguese.
    assertTrue(resultPt.contains("\"rule\" : \"limite procedimento \\\"10101012\\\" até 1 por dia"), resultPt);
    // Its code, word for word, is the English contract's in Portuguese (comments aside), in canonical layout.
    assertEquals(code(Formatter.format("c", en, Language.PT).text()), code(pt));
    assertEquals(pt, Formatter.format("c", pt, null).text(), "the bundled Portuguese contract is formatted");
  }

  static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)`(?: \\(`([^`]+)`\\))? \\|$");

  @Test
  void theReferenceInPortugueseListsEveryKeywordAndName() throws IOException {
    Map<String, String> listed = new TreeMap<>();
    for (String line : Files.readAllLines(ROOT.resolve("docs/linguagem.md"))) {
      Matcher m = ROW.matcher(line);
      if (!m.matches()) continue;
      assertEquals(null, listed.put(m.group(1), m.group(2)), "listed twice: " + m.group(1));
      if (m.group(3) != null) {
        assertEquals(m.group(1), Keywords.englishOf(m.group(3)) != null ? Keywords.englishOf(m.group(3))
            : Keywords.englishName(m.group(3)), "the spelling without accents " + m.group(3));
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (String en : Keywords.english()) expected.put(en, Keywords.portugueseOf(en));
    expected.putAll(Keywords.names());
    assertEquals(expected, listed);
  }

  @Test
  void theReferenceInPortuguesesContractCompilesWithoutAWarning() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/linguagem.md"));
    Matcher m = Pattern.compile("## Um contrato\n\n```\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertTrue(m.find(), "docs/linguagem.md shows a contract");
    assertEquals(Language.PT, SurfaceSyntax.languageOf(m.group(1)));
    Compilation c = Convenio.compile("docs/linguagem.md", m.group(1));
    assertEquals("", headlines(c));
    assertEquals("2", c.contract().constant("urgencia"), "std.tiss.dominios: dm_caraterAtendimento 2 = urgência");
    assertEquals("1", c.contract().constant("eletiva"), "std.tiss.dominios: dm_caraterAtendimento 1 = eletiva");
  }

  @Test
  void thePortugueseReadmeShowsTheReadmesContract() throws IOException {
    Pattern block = Pattern.compile("\n```\n(contra[ct][to] .*?)```", Pattern.DOTALL);
    Matcher en = block.matcher(Files.readString(ROOT.resolve("README.md")));
    Matcher pt = block.matcher(Files.readString(ROOT.resolve("README.pt-BR.md")));
    assertTrue(en.find() && pt.find(), "both READMEs show a contract");
    assertEquals(Language.PT, SurfaceSyntax.languageOf(pt.group(1)));
    assertEquals(AstPrinter.print(SourceParser.parse("README", en.group(1)).file()),
        AstPrinter.print(SourceParser.parse("README", pt.group(1)).file()));
  }

  /** Only the code of a file: comments and blank lines left out. */
  private static String code(String text) {
    return text.lines().map(l -> l.replaceAll("//.*", "").stripTrailing()).filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /**
   * A result with the parts that quote the source left out: the rule's own text (the trace shows it as written, in
   * the file's language), the hash of the source and the column of a place. Everything else (amounts, glosas, codes,
   * lines) must match.
   */
  private static String sameWords(String json, Compilation c) {
    return json.replace(c.contract().sourceHash(), "HASH").replaceAll("\"rule\" : \"(\\\\.|[^\"\\\\])*\"",
        "\"rule\" : _")
        // A place keeps its line; its column moves where a keyword before it on the line is longer or shorter.
        .replaceAll("(\\.convenio:[0-9]+):[0-9]+\"", "$1\"");
  }

  private static String headlines(Compilation c) {
    return c.diagnostics().stream().map(d -> d.headline()).collect(Collectors.joining("\n"));
  }

  private static Map<String, String> tableFiles(Path dir) throws IOException {
    Map<String, String> files = new HashMap<>();
    Path tables = dir.resolve("tables");
    if (!Files.isDirectory(tables)) return files;
    try (Stream<Path> s = Files.walk(tables)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f));
      }
    }
    return files;
  }

  private static List<Path> lotes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }
}
