package convenio.tables;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.diagnostics.Diagnostic;
import convenio.model.ItemKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table files: CSV with ';' or ',', Brazilian or plain decimals, YAML lists of maps, headers, bad rows. */
class TableLoaderTest {
  private static Compilation compile(String body, Map<String, String> files) {
    return Convenio.compile("teste.convenio", HEADER + body, files);
  }

  private static final String SIMPRO = """
      table simpro type 19 from "tabelas/simpro.%s" columns (code = "CODIGO", pf: money = "PRECO_FABRICA")
        effective 2025-01-01
      price materials from simpro = simpro.pf
      """;

  @Test
  void semicolonCsvWithBrazilianDecimals() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;DESCRICAO;PRECO_FABRICA
        0001;Seringa;1.234,56
        0002;"Luva; par";7,5
        """));
    assertTrue(c.ok(), () -> c.diagnostics().toString());
    var r = price(c.contract(), guide("G").add(item(ItemKind.MATERIAL, "0001", 1, "1.234,56"),
        item(ItemKind.MATERIAL, "0002", 2, "7,50")).build());
    assertEquals(brl("1.234,56"), item(r, "G", 1).allowed());
    assertEquals(brl("15,00"), item(r, "G", 2).allowed());
    assertEquals(3, item(r, "G", 2).source().tableRow().line());
  }

  @Test
  void commaCsvWithPlainDecimals() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO,PRECO_FABRICA
        0001,1234.56
        """));
    assertTrue(c.ok(), () -> c.diagnostics().toString());
    assertEquals(brl("1.234,56"), only(price(c.contract(), guide("G").add(item(ItemKind.MATERIAL, "0001", 1,
        "1.234,56")).build())).allowed());
  }

  @Test
  void yamlListOfMaps() {
    Compilation c = compile(SIMPRO.formatted("yaml"), Map.of("tabelas/simpro.yaml", """
        - CODIGO: "0001"
          PRECO_FABRICA: 480.00
        - CODIGO: "0002"
          PRECO_FABRICA: "320,10"
        """));
    assertTrue(c.ok(), () -> c.diagnostics().toString());
    var r = price(c.contract(), guide("G").add(item(ItemKind.MATERIAL, "0002", 1, "320,10")).build());
    assertEquals(brl("320,10"), only(r).allowed());
    assertEquals(3, only(r).source().tableRow().line());
  }

  @Test
  void badCellIsADiagnosticWithFileAndRow() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;PRECO_FABRICA
        0001;10,00
        0002;dez reais
        """));
    assertFalse(c.ok());
    Diagnostic d = find(c.diagnostics(), "table-cell");
    assertEquals("tabelas/simpro.csv", d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().contains("pf") && d.message().contains("dez reais"), d.message());
  }

  /** A description with a line break, quoted as spreadsheets export it: the record spans lines 3-4, the next is 5. */
  @Test
  void quotedCellWithALineBreakIsOneCellAndKeepsTheLinesOfTheRowsAfterIt() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;DESCRICAO;PRECO_FABRICA
        0001;Seringa;10,00
        0002;"Luva cirúrgica
        estéril, par";7,50
        0003;Gaze;2,00
        """));
    assertTrue(c.ok(), () -> c.diagnostics().toString());
    var r = price(c.contract(), guide("G").add(item(ItemKind.MATERIAL, "0002", 1, "7,50"),
        item(ItemKind.MATERIAL, "0003", 1, "2,00")).build());
    assertEquals(brl("7,50"), item(r, "G", 1).allowed());
    assertEquals(3, item(r, "G", 1).source().tableRow().line());
    assertEquals(brl("2,00"), item(r, "G", 2).allowed()); // not shifted into the description's second line
    assertEquals(5, item(r, "G", 2).source().tableRow().line());
  }

  @Test
  void aShortRowIsReportedWithItsLine() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;DESCRICAO;PRECO_FABRICA
        0001;Seringa;10,00
        0002;7,50
        """));
    assertFalse(c.ok());
    Diagnostic d = find(c.diagnostics(), "table-row");
    assertEquals("tabelas/simpro.csv", d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().contains("2 cell(s) but the header has 3"), d.message());
  }

  @Test
  void anExtraCellIsReportedButTrailingEmptyCellsAreNot() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;DESCRICAO;PRECO_FABRICA
        0001;Seringa;10,00;;
        0002;Luva; par;7,50
        """));
    assertFalse(c.ok());
    List<Diagnostic> rows = c.diagnostics().stream().filter(d -> "table-row".equals(d.code())).toList();
    assertEquals(1, rows.size(), rows::toString);
    assertEquals(3, rows.get(0).line());
    assertTrue(rows.get(0).message().contains("extra: \"7,50\""), rows.get(0).message());
  }

  @Test
  void aRowWithoutItsPriceIsReported() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;PRECO_FABRICA
        0001;10,00
        0002;
        """));
    assertFalse(c.ok());
    Diagnostic d = find(c.diagnostics(), "table-cell");
    assertEquals(3, d.line());
    assertTrue(d.message().contains("pf") && d.message().contains("empty"), d.message());
  }

  @Test
  void aQuoteNeverClosedIsReportedNotSwallowed() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;PRECO_FABRICA
        0001;"10,00
        0002;7,50
        """));
    assertFalse(c.ok());
    Diagnostic d = find(c.diagnostics(), "table-file");
    assertEquals("tabelas/simpro.csv", d.file());
    assertTrue(d.message().contains("cannot read the CSV table"), d.message());
  }

  @Test
  void missingHeaderColumn() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", "CODIGO;PF\n0001;10,00\n"));
    Diagnostic d = find(c.diagnostics(), "table-header");
    assertTrue(d.message().contains("PRECO_FABRICA"), d.message());
    assertTrue(d.hint().contains("CODIGO, PF"), d.hint());
  }

  @Test
  void missingFileIsReportedAtTheFromClause() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of());
    Diagnostic d = find(c.diagnostics(), "table-file");
    assertEquals("teste.convenio", d.file());
    assertEquals(5, d.line()); // the table declaration, right after the 4 header lines
    assertEquals(27, d.column()); // "table simpro type 19 from " is 26 characters; the path string follows
  }

  @Test
  void duplicateCodeInOneVersion() {
    Compilation c = compile(SIMPRO.formatted("csv"), Map.of("tabelas/simpro.csv", """
        CODIGO;PRECO_FABRICA
        0001;10,00
        0001;11,00
        """));
    Diagnostic d = find(c.diagnostics(), "table-duplicate");
    assertEquals(3, d.line());
  }

  @Test
  void inlineRowWithTheWrongNumberOfCells() {
    Compilation c = compile("""
        table t type 00 effective 2025-01-01 columns (code, description, price: money) {
          "1"  "Um"  R$ 1,00
          "2"  R$ 2,00
        }
        """, Map.of());
    Diagnostic d = find(c.diagnostics(), "table-row");
    assertEquals(7, d.line());
  }

  @Test
  void inlineCellOfTheWrongType() {
    Compilation c = compile("""
        table t type 00 effective 2025-01-01 columns (code, description, price: money) {
          "1"  "Um"  10
        }
        """, Map.of());
    Diagnostic d = find(c.diagnostics(), "table-cell");
    assertTrue(d.message().contains("money"), d.message());
  }

  private static Diagnostic find(List<Diagnostic> ds, String code) {
    return ds.stream().filter(d -> code.equals(d.code())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " diagnostic in " + ds));
  }
}
