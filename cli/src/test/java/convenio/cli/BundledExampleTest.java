package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Money;
import convenio.tiss.AnaliseConta;
import convenio.tiss.DemonstrativoReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end on the bundled clinic contract and its TISS lote (contracts/clinica-imagem): three
 * consultations, CX-1 150,00 paid, CX-2 180,00 paid (weekend price), CX-3 180,00 glosed with 1820 (second
 * consultation of the day) — the values of that contract's own case lote-xml.yaml.
 */
class BundledExampleTest {
  private static final Path ROOT = Files.isDirectory(Path.of("contracts")) ? Path.of("") : Path.of("..");
  private static final Path CONTRACT = ROOT.resolve("contracts/clinica-imagem/clinica-imagem.convenio");
  private static final Path LOTE = ROOT.resolve("contracts/clinica-imagem/cases/accounts/lote-consultas-4001.xml");

  @TempDir
  Path dir;
  CliFixture f;

  @BeforeEach
  void setUp() {
    Assumptions.assumeTrue(Files.isRegularFile(LOTE), "the bundled example is not in this checkout");
    f = new CliFixture(dir);
  }

  @Test
  void priceTheLoteAsATable() {
    assertEquals(0, f.run("price", "--contract", CONTRACT.toString(), LOTE.toString()), f.err());
    assertTrue(f.out().contains("Lote total  presented R$ 510,00 · paid R$ 330,00 · glosed R$ 180,00"
        + " · glosa rate 35,29%"), f.out()); // 180 / 510 = 35,294…%
  }

  @Test
  void validateReportsSchemaErrorsWithTheirPlaceAndStillPrices() throws Exception {
    // numeroGuiaPrestador is at most 20 characters in TISS 4.03.00: 25 is a schema error, but nothing is lost.
    String xml = Files.readString(LOTE, StandardCharsets.ISO_8859_1)
        .replace(">CX-1<", ">CX-1-ABCDEFGHIJKLMNOPQRST<");
    Path invalid = dir.resolve("invalido.xml");
    Files.writeString(invalid, xml, StandardCharsets.ISO_8859_1);
    assertEquals(0, f.run("price", "--contract", CONTRACT.toString(), invalid.toString(), "--validate"), f.err());
    assertTrue(f.err().matches("(?s).*invalido\\.xml:27:\\d+: error: .*numeroGuiaPrestador.*"), f.err());
    assertTrue(f.out().contains("Lote total  presented R$ 510,00 · paid R$ 330,00"), f.out());
    // without --validate the same file prices with no schema message (the fixture's stderr accumulates)
    int before = f.err().length();
    assertEquals(0, f.run("price", "--contract", CONTRACT.toString(), invalid.toString()), f.err());
    assertTrue(!f.err().substring(before).contains("numeroGuiaPrestador"), f.err());
    // --strict: the schema error makes the lote a problem (exit 3), though it is still priced
    assertEquals(3, f.run("price", "--contract", CONTRACT.toString(), invalid.toString(), "--validate", "--strict"));
    // and a valid lote passes --strict
    assertEquals(0, f.run("price", "--contract", CONTRACT.toString(), LOTE.toString(), "--validate", "--strict"),
        f.err());
  }

  @Test
  void priceTheLoteAsATissDemonstrativoThatReadsBack() throws Exception {
    Path out = dir.resolve("demonstrativo.xml");
    assertEquals(0, f.run("price", "--contract", CONTRACT.toString(), LOTE.toString(), "--format", "xml",
        "--operator-cnpj", "12345678000199", "--out", out.toString()), f.err());
    DemonstrativoReader.Result read = new DemonstrativoReader().read(out);
    assertEquals(List.of(), read.problems().stream().filter(p -> p.isError()).toList());
    List<AnaliseConta.GlosaItem> glosas = read.demonstrativos().get(0).glosas();
    assertEquals(1, glosas.size());
    assertEquals("CX-3", glosas.get(0).guide().number());
    assertEquals("1820", glosas.get(0).glosa().code());
    assertEquals(Money.parse("180,00"), glosas.get(0).glosa().value());
  }

  @Test
  void explainTheGlosedConsultation() {
    assertEquals(0, f.run("explain", "--contract", CONTRACT.toString(), LOTE.toString(), "--guide", "CX-3",
        "--item", "1"), f.err());
    assertTrue(f.out().contains("glosa 1820 R$ 180,00"), f.out());
    assertTrue(f.out().contains("clinica-imagem.convenio:"), "the rule's file:line: " + f.out());
  }

  @Test
  void theContractsOwnCasesPass() {
    assertEquals(0, f.run("test", ROOT.resolve("contracts/clinica-imagem").toString()), f.out());
  }
}
