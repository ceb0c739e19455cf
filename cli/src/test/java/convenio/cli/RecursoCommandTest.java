package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Account;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.tiss.AccountYaml;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code convenio recurso} end to end: an operator's demonstrativo (written here with the tiss module's writer, from an
 * analysis in which the operator glosed more than the contract allows) is re-priced with the test contract, and the
 * recurso de glosa written appeals exactly the glosas the contract does not support.
 *
 * <p>The operator's analysis of the clinic's lote (src/test/resources/repl/conta-recurso.yaml), item by item, and what
 * the contract pays (hand-computed):
 * <pre>
 *   1 consulta  R$ 150,00  glosa 3052 R$ 150,00          contract pays R$ 150,00  → appeal R$ 150,00
 *   2 ECG       R$  38,00  no glosa                      contract pays R$  38,00
 *   3 US        R$ 200,00  glosa 1705 R$  80,00          contract pays R$ 162,40  → appeal R$  42,40 (R$ 37,60 stand)
 *   4 taxa      R$  45,00  glosas 1705 R$ 10, 1801 R$ 5  contract pays R$  45,00  → appeal R$ 10,00 + R$ 5,00
 *   5 cateter   R$  20,00  glosa 2001 R$  20,00          no rule prices it (1707)  → the glosa stands
 * </pre>
 * Under appeal: R$ 207,40 of R$ 265,00 glosed; 4 glosas on 3 items; 1 glosa wholly supported by the contract.
 */
class RecursoCommandTest {
  // The operator's glosas by item sequence: code → value.
  private static final Map<Integer, List<String[]>> OPERATOR_GLOSAS = Map.of(
      1, List.<String[]>of(new String[] {"3052", "150.00"}),
      3, List.<String[]>of(new String[] {"1705", "80.00"}),
      4, List.of(new String[] {"1705", "10.00"}, new String[] {"1801", "5.00"}),
      5, List.<String[]>of(new String[] {"2001", "20.00"}));

  @TempDir
  Path dir;
  Path demonstrativo;

  @BeforeEach
  void operatorWritesItsDemonstrativo() throws Exception {
    Account lote = AccountYaml.read(resource("conta-recurso.yaml"));
    demonstrativo = dir.resolve("demonstrativo.xml");
    DemonstrativoWriter.write(operatorAnalysis(lote), new DemonstrativoHeader("123456", "OPERADORA TESTE",
        "99888777000166", "DEM-55", LocalDate.of(2025, 4, 5), LocalTime.of(10, 0), "700001", LocalDate.of(2025, 3, 20),
        null, null), demonstrativo);
  }

  @Test
  void appealsTheGlosasTheContractDoesNotSupport() throws Exception {
    Path out = dir.resolve("recurso.xml");
    Run r = recurso("--contract", resource("contrato.convenio").toString(), "--out", out.toString(), "--date",
        "2025-04-10", demonstrativo.toString());
    assertEquals(0, r.code, r.out + r.err);
    assertTrue(r.out.contains("4 glosas disputed on 3 items: R$ 207,40 under appeal of R$ 265,00 glosed; "
        + "1 glosa supported by the contract"), r.out);
    assertTrue(r.out.contains("written " + out), r.out);

    Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(out.toFile());
    assertEquals("207.40", text(xml, "valorTotalRecursado").get(0));
    assertEquals(List.of("150.00", "42.40", "10.00", "5.00"), text(xml, "valorRecursado"));
    assertEquals(List.of("3052", "1705", "1705", "1801"), text(xml, "codGlosaItem"));
    assertEquals("700001", text(xml, "numeroProtocolo").get(0));
    List<String> why = text(xml, "justificativaItem");
    for (String j : why) assertTrue(j.length() <= 500, j);
    // The ultrasound: the rule and the table row that price it, the value the contract gives, what is appealed.
    String us = why.get(1);
    assertTrue(us.contains("contrato.convenio:24"), us);
    assertTrue(us.contains("tables/sadt.csv:3"), us);
    assertTrue(us.contains("vale R$ 162,40"), us);
    assertTrue(us.contains("Valor recursado: R$ 42,40"), us);
    // The contract itself glosses the excess over its price (1705 at line 27): said, so the appeal is credible.
    assertTrue(us.contains("o contrato admite glosa de R$ 37,60 (1705 "), us);
    // 3052 (group 30) and 1801 (group 18) are technical by the TISS table 38 groups: their value is the contract's,
    // their justification a placeholder for the clinical one; listed apart and warned about.
    assertTrue(why.get(0).startsWith("[PREENCHER JUSTIFICATIVA CLÍNICA] Glosa técnica 3052"), why.get(0));
    assertTrue(why.get(3).startsWith("[PREENCHER JUSTIFICATIVA CLÍNICA] Glosa técnica 1801"), why.get(3));
    assertTrue(why.get(2).startsWith("Glosa 1705 de R$ 10,00 não amparada"), why.get(2));
    assertTrue(r.out.contains("warning: 2 technical glosa(s) need a clinical justification"), r.out);
    assertTrue(r.out.contains("technical glosas (pertinence, quantity against the medical record)"), r.out);
  }

  /** The history's classes decide what is technical: 3052 and 1801 recorded as administrative are argued by price. */
  @Test
  void theHistorysClassesOverrideTheDefault() throws Exception {
    String db = dir.resolve("h").toString();
    for (String code : new String[] {"30", "1801"}) {
      assertEquals(0, Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
          "history", "classify", "--db", db, "--operator", "123456", code, "administrative"));
    }
    Path out = dir.resolve("recurso.xml");
    Run r = recurso("--contract", resource("contrato.convenio").toString(), "--history", db, "--out", out.toString(),
        "--date", "2025-04-10", demonstrativo.toString());
    assertEquals(0, r.code, r.out + r.err);
    assertFalse((r.out + r.err).contains("technical glosa"), r.out + r.err);
    Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(out.toFile());
    for (String j : text(xml, "justificativaItem")) assertFalse(j.startsWith("[PREENCHER"), j);
  }

  /** Without --out the recurso goes to stdout, as price writes its demonstrativo; the summary goes to stderr. */
  @Test
  void theOriginalLoteGivesTheSameAppealAndWithoutOutTheRecursoGoesToStdout() throws Exception {
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.out;
    Run r;
    try {
      System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.ISO_8859_1));
      r = recurso("--contract", resource("contrato.convenio").toString(), "--lote",
          resource("conta-recurso.yaml").toString(), demonstrativo.toString());
    } finally {
      System.setOut(original);
    }
    assertEquals(0, r.code, r.out + r.err);
    assertTrue(r.err.contains("R$ 207,40 under appeal"), r.err);
    assertFalse(r.err.contains("re-priced from the demonstrativo"), r.err);
    Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(captured.toByteArray()));
    assertEquals("207.40", text(xml, "valorTotalRecursado").get(0)); // 150,00 + 42,40 + 10,00 + 5,00
  }

  /**
   * The demonstrativo shipped for the example of docs/repl.md is exactly the operator's analysis above, written by
   * the tiss module (run with -Dconvenio.regenerate=true to write it again after a change of the writer).
   */
  @Test
  void theShippedDemonstrativoIsThisAnalysis() throws Exception {
    Path shipped = Path.of("../repl/src/test/resources/repl/demonstrativo.xml"); // the REPL module ships it
    if (Boolean.getBoolean("convenio.regenerate")) Files.copy(demonstrativo, shipped,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(Files.readString(demonstrativo, java.nio.charset.StandardCharsets.ISO_8859_1),
        Files.readString(shipped, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Test
  void aDemonstrativoThatCannotBeReadIsAnErrorNotAStackTrace() throws Exception {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<not-tiss/>");
    Run r = recurso("--contract", resource("contrato.convenio").toString(), bad.toString());
    assertEquals(3, r.code, r.out + r.err); // docs/commands.md: a file that cannot be read
    assertTrue(r.err.startsWith(bad.toString()), r.err);
    assertFalse(r.err.contains("\tat "), r.err);
  }

  @Test
  void helpHasExamples() {
    Run r = recurso("--help");
    assertTrue(r.out.contains("./convenio recurso -c C.convenio --lote lote.xml -o recurso.xml demo.xml"), r.out);
  }

  /** The operator's analysis: each item paid as presented minus the glosas above. */
  private static PricingResult operatorAnalysis(Account lote) {
    List<GuideResult> guides = new ArrayList<>();
    for (Guide g : lote.guides()) {
      List<ItemResult> items = new ArrayList<>();
      for (Item i : g.items()) {
        List<Glosa> glosas = new ArrayList<>();
        Money paid = i.totalValue();
        for (String[] gl : OPERATOR_GLOSAS.getOrDefault(i.seq(), List.of())) {
          Money v = Money.of(gl[1]);
          glosas.add(new Glosa(gl[0], i.quantity(), v, "glosa da operadora", GlosaGroup.ADMINISTRATIVE, "auditoria",
              SourcePos.NONE, true));
          paid = paid.minus(v);
        }
        items.add(new ItemResult(i, null, null, paid, i.quantity(), paid, Money.ZERO, glosas, List.of()));
      }
      guides.add(new GuideResult(g, items, List.of()));
    }
    return new PricingResult(lote, "operadora", "1", "sha256:operadora", guides);
  }

  private static List<String> text(Document xml, String localName) {
    NodeList nodes = xml.getElementsByTagNameNS("*", localName);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < nodes.getLength(); k++) out.add(nodes.item(k).getTextContent().strip());
    return out;
  }

  private record Run(int code, String out, String err) {}

  private static Run recurso(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "recurso";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
    return new Run(code, out.toString(), err.toString());
  }

  private static Path resource(String name) {
    try {
      return Path.of(RecursoCommandTest.class.getResource("/repl/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
