package convenio.tiss.r40300;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Guide;
import convenio.tiss.LoteSummary;
import convenio.tiss.ReadOptions;
import convenio.tiss.TissBinding;
import convenio.tiss.TissException;
import convenio.tiss.TissProblem;
import convenio.tiss.read.LoteParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guides read straight from the StAX events ({@link StaxGuides}) and guides unmarshalled by JAXB, the way every guide
 * was read before, give the same account: the same guides, the same guides skipped and why, the same problems (unknown
 * elements, bad values) at the same line and column, the same hash — on every sample and synthetic lote of the module,
 * and on each of them with one value or one element made odd at a time.
 */
class StaxGuidesTest {

  /** Everything a reading gives, written out so that a difference shows where it is. */
  private static String account(byte[] xml, TissBinding binding) {
    StringBuilder out = new StringBuilder();
    List<TissProblem> problems = new ArrayList<>();
    try (LoteParser p = new LoteParser(new ByteArrayInputStream(xml), ReadOptions.DEFAULTS, problems::add, null,
        binding)) {
      Guide g;
      while ((g = p.next()) != null) out.append(g).append('\n');
      LoteSummary s = p.summary();
      out.append("read ").append(s.guidesRead()).append(", skipped ").append(s.guidesSkipped()).append(", hash ")
          .append(s.hash()).append(", header ").append(s.header()).append('\n');
    } catch (TissException e) {
      out.append("refused: ").append(e.getMessage()).append(" at ").append(e.line()).append(':')
          .append(e.column()).append('\n');
    }
    for (TissProblem pr : problems) out.append(pr).append('\n');
    return out.toString();
  }

  private static void sameAccount(String what, byte[] xml) {
    String jaxb = account(xml, Binding40300.withJaxbGuides());
    String stax = account(xml, Binding40300.INSTANCE);
    assertEquals(jaxb, stax, what);
  }

  static Stream<Path> lotes() throws IOException, URISyntaxException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("tiss/samples", "tiss/synthetic")) {
      Path d = Path.of(StaxGuidesTest.class.getClassLoader().getResource(dir).toURI());
      try (Stream<Path> s = Files.list(d)) {
        s.filter(f -> f.toString().endsWith(".xml")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("lotes")
  void everyLoteAsItIs(Path file) throws IOException {
    sameAccount(file.getFileName().toString(), Files.readAllBytes(file));
  }

  // Leaf elements: <ans:name>text</ans:name> (no child, no markup inside).
  private static final Pattern LEAF = Pattern.compile("<((?:\\w+:)?)([\\w.-]+)>([^<]*)</\\1\\2>");
  // Start tags of elements that have children (the next thing after them is another tag).
  private static final Pattern STRUCTURE = Pattern.compile("<((?:\\w+:)?)([\\w.-]+)>(\\s*)<");

  /**
   * The first match of each element name (group 2): it stands for all of its name, the same class and property,
   * the same conversion.
   */
  private static List<MatchResult> firstOfEachName(Pattern pattern, String xml) {
    Set<String> seen = new LinkedHashSet<>();
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(xml);
    while (m.find()) {
      if (seen.add(m.group(2))) out.add(m.toMatchResult());
    }
    return out;
  }

  /** Values that each kind of leaf may be given by a careless or hostile sender. */
  private static final List<String> ODD_VALUES = List.of("", " ", "abc", " 12.50 ", "+5", "1e3", "-1", "0012",
      "99999999999999999999.999", "2025-02-30", "2025-13-01", "2024-02-29", "0999-01-01", "2025-01-01T10:00:00",
      "24:00:00", "23:59:60", "10:00", "&#x41;&amp;", "<![CDATA[7]]>", "1<!-- x -->2", "3<?pi x?>4",
      "5<ans:y>6</ans:y>", " <z/> 7", "8<!-- c --><w/>9", "\u00e7\u00e3o");

  @ParameterizedTest
  @MethodSource("lotes")
  void everyLeafOfEveryKindWithAnOddValue(Path file) throws IOException {
    String xml = Files.readString(file, charset(file));
    int variants = 0;
    for (MatchResult m : firstOfEachName(LEAF, xml)) {
      for (String odd : ODD_VALUES) {
        String mutated = xml.substring(0, m.start(3)) + odd + xml.substring(m.end(3));
        sameAccount(file.getFileName() + ": " + m.group(2) + " = " + odd, bytes(mutated, file));
        variants++;
      }
    }
    assertTrue(variants > 100, "the lote has leaves to change: " + variants);
  }

  /** Elements in the wrong place: unknown, in another namespace, twice, or beside a comment. */
  private static final List<String> ODD_CHILDREN = List.of("<ans:inventado>1</ans:inventado>",
      "<ans:inventado><ans:numeroGuiaPrestador>X</ans:numeroGuiaPrestador></ans:inventado>",
      "<outro:valorTotal xmlns:outro=\"urn:outro\">1</outro:valorTotal>", "<!-- comentario -->", "<?pi dado?>",
      "texto solto", "<ans:nomeBeneficiario>NOME</ans:nomeBeneficiario>",
      "<ans:nomeContratado>NOME</ans:nomeContratado>");

  @ParameterizedTest
  @MethodSource("lotes")
  void everyStructureWithAnOddChild(Path file) throws IOException {
    String xml = Files.readString(file, charset(file));
    for (MatchResult m : firstOfEachName(STRUCTURE, xml)) {
      String prefix = m.group(1);
      for (String odd : ODD_CHILDREN) {
        String child = prefix.equals("ans:") ? odd : odd.replace("ans:", prefix);
        String mutated = xml.substring(0, m.end(3)) + child + xml.substring(m.end(3));
        sameAccount(file.getFileName() + ": in " + m.group(2) + ", " + child, bytes(mutated, file));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("lotes")
  void everyStructureTwice(Path file) throws IOException {
    String xml = Files.readString(file, charset(file));
    Pattern whole = Pattern.compile("<((?:\\w+:)?)([\\w.-]+)>\\s*<.*?</\\1\\2>", Pattern.DOTALL);
    for (MatchResult m : firstOfEachName(STRUCTURE, xml)) {
      Matcher w = whole.matcher(xml);
      if (!w.find(m.start())) continue;
      String element = w.group();
      // Up to the first closing tag of its name: no TISS element holds one of its own name.
      String mutated = xml.substring(0, w.end()) + element + xml.substring(w.end());
      sameAccount(file.getFileName() + ": " + m.group(2) + " twice", bytes(mutated, file));
    }
  }

  /** Reads consulta-4.03.xml with one change, both ways, and returns the guides and the problems of the StAX way. */
  private static List<Object> consulta(String from, String to) throws IOException, URISyntaxException {
    Path file = Path.of(StaxGuidesTest.class.getClassLoader().getResource("tiss/synthetic/consulta-4.03.xml").toURI());
    String xml = Files.readString(file, StandardCharsets.ISO_8859_1);
    assertTrue(xml.contains(from), from);
    byte[] changed = xml.replaceFirst(Pattern.quote(from), to).getBytes(StandardCharsets.ISO_8859_1);
    sameAccount(from + " -> " + to, changed);
    List<Object> out = new ArrayList<>();
    try (LoteParser p = new LoteParser(new ByteArrayInputStream(changed), ReadOptions.DEFAULTS, out::add, null,
        Binding40300.INSTANCE)) {
      Guide g;
      while ((g = p.next()) != null) out.add(g);
    }
    return out;
  }

  @Test
  void anImpossibleDateIsABadValueAtItsEndTagAndTheGuideIsReadWithoutIt() throws Exception {
    // Line 48 is 12 spaces, <ans:dataAtendimento> (21), the date (10) and </ans:dataAtendimento> (22): the parser's
    // place after the end tag is column 66.
    List<Object> read = consulta("<ans:dataAtendimento>2026-03-02<", "<ans:dataAtendimento>2026-02-30<");
    TissProblem bad = (TissProblem) read.get(0);
    assertEquals(TissProblem.Kind.BAD_VALUE, bad.kind());
    assertEquals("48:66", bad.line() + ":" + bad.column());
    assertEquals("C-1", bad.guide());
    assertEquals("dataAtendimento: '2026-02-30' is not a valid date (yyyy-mm-dd) (ignored)", bad.message());
    Guide c1 = (Guide) read.get(1);
    assertEquals("C-1", c1.number());
    assertEquals(null, c1.startDate());
  }

  @Test
  void aValueSplitByACommentIsReadWholeAsJaxbReadsIt() throws Exception {
    List<Object> read = consulta("<ans:valorProcedimento>180.00<", "<ans:valorProcedimento>1<!-- oitenta -->80.00<");
    Guide c1 = (Guide) read.get(0);
    assertEquals(18000, c1.presentedTotal().cents());
  }

  @Test
  void aSignedGuideIsReadAlike() throws IOException, URISyntaxException {
    Path file = Path.of(getClass().getClassLoader().getResource("tiss/synthetic/sadt-4.00.01.xml").toURI());
    String xml = Files.readString(file, charset(file));
    String signature = "<ans:assinaturaDigitalGuia><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
        + "<ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\"x\"/><ds:SignatureMethod Algorithm=\"y\"/>"
        + "<ds:Reference><ds:DigestMethod Algorithm=\"z\"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>"
        + "</ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue><ds:inventado/></ds:Signature>"
        + "</ans:assinaturaDigitalGuia>";
    int end = xml.indexOf("</ans:guiaSP-SADT>");
    assertTrue(end > 0);
    sameAccount("signed", bytes(xml.substring(0, end) + signature + xml.substring(end), file));
  }

  private static java.nio.charset.Charset charset(Path file) throws IOException {
    String head = new String(Files.readAllBytes(file), 0, 100, StandardCharsets.ISO_8859_1);
    return head.toLowerCase().contains("iso-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
  }

  private static byte[] bytes(String xml, Path file) throws IOException {
    return xml.getBytes(charset(file));
  }
}
