package convenio.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The language server as an analyst's editor uses it, on the largest bundled contract (Unimed Vale do Sol x Hospital
 * Santa Clara). Places are the editor's: lines and characters from 0. Line N of the file is line N-1 here.
 */
class LanguageServerTest {
  static final Path CONTRACT = Path.of("../contracts/unimed-hospital/unimed-hospital.convenio");

  EditorSession editor;
  String uri;

  @BeforeEach
  void open() throws Exception {
    editor = new EditorSession();
    uri = editor.open(CONTRACT);
  }

  @AfterEach
  void close() throws Exception {
    editor.close();
  }

  private static Range range(int line, int from, int to) {
    return new Range(new Position(line, from), new Position(line, to));
  }

  @Test
  void theServerSaysWhatItCanDo() {
    var caps = editor.initialized.getCapabilities();
    assertEquals(TextDocumentSyncKind.Incremental, caps.getTextDocumentSync().getLeft());
    assertTrue(caps.getHoverProvider().getLeft());
    assertTrue(caps.getDefinitionProvider().getLeft());
    assertTrue(caps.getDocumentSymbolProvider().getLeft());
    assertTrue(caps.getRenameProvider().getRight().getPrepareProvider());
  }

  @Test
  void aTypedErrorIsReportedAtItsPlaceAndGoesAwayWhenFixed() throws Exception {
    PublishDiagnosticsParams first = editor.diagnostics(uri, 1);
    assertTrue(first.getDiagnostics().stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
        () -> "the bundled contract checks clean: " + first.getDiagnostics());

    // Line 31: "price procedures from lista = porte_2018[lista.porte] + lista.uco * uco_2018 + lista.filme * filme_m2"
    // is 101 characters long; filme_m2 is its last 8: characters 93 to 101. The analyst mistypes it as filme_m3.
    Range name = range(30, 93, 101);
    editor.type(uri, name, "filme_m3");
    PublishDiagnosticsParams typed = editor.diagnostics(uri, editor.version());
    List<Diagnostic> errors = typed.getDiagnostics().stream()
        .filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
    assertEquals(1, errors.size(), () -> errors.toString());
    Diagnostic d = errors.get(0);
    assertEquals(name, d.getRange());
    assertEquals("unknown-name", d.getCode().getLeft());
    assertEquals("convenio", d.getSource());
    assertTrue(d.getMessage().contains("filme_m3"), d.getMessage());
    // The checker's hint comes with the message: the name it probably means.
    assertTrue(d.getMessage().contains("hint:") && d.getMessage().contains("filme_m2"), d.getMessage());

    editor.type(uri, name, "filme_m2");
    PublishDiagnosticsParams fixed = editor.diagnostics(uri, editor.version());
    assertTrue(fixed.getDiagnostics().stream().noneMatch(x -> x.getSeverity() == DiagnosticSeverity.Error),
        () -> fixed.getDiagnostics().toString());
  }

  @Test
  void aDuplicateDeclarationPointsAtTheFirstOneAsARelatedPlace() throws Exception {
    editor.diagnostics(uri, 1);
    // A second "let filme_m2" typed at the start of line 26 (empty): the first one is on line 25, character 4.
    editor.type(uri, range(25, 0, 0), "let filme_m2 = R$ 30,00");
    PublishDiagnosticsParams p = editor.diagnostics(uri, editor.version());
    Diagnostic dup = p.getDiagnostics().stream().filter(d -> "duplicate".equals(d.getCode().getLeft())).findFirst()
        .orElseThrow(() -> new AssertionError(p.getDiagnostics().toString()));
    assertEquals(25, dup.getRange().getStart().getLine());
    assertEquals(1, dup.getRelatedInformation().size());
    assertEquals(uri, dup.getRelatedInformation().get(0).getLocation().getUri());
    assertEquals(range(24, 4, 12), dup.getRelatedInformation().get(0).getLocation().getRange());
  }

  @Test
  void completingStdDotOffersEveryStandardModuleWithWhatItDeclares() throws Exception {
    // A new import typed on the empty line 22 (0-based 21), caret after "std.".
    editor.type(uri, range(21, 0, 0), "import std.");
    List<CompletionItem> items = editor.complete(uri, 21, "import std.".length());
    List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
    assertTrue(labels.containsAll(List.of("std.tiss.glosas", "std.tiss.dominios", "std.cbhpm.portes",
        "std.unimed.lista_referencial", "std.ans.vias", "std.tiss.motivo_saida")), labels.toString());
    CompletionItem portes = items.stream().filter(i -> i.getLabel().equals("std.cbhpm.portes")).findFirst().get();
    // The module declares the CBHPM 2018 porte values the contract uses (porte_2018[lista.porte]).
    assertTrue(portes.getDocumentation().getRight().getValue().contains("porte_2018"));
    // Accepting it replaces "std." with the module's whole name: characters 7 to 11 of the line.
    assertEquals(range(21, 7, 11), portes.getTextEdit().getLeft().getRange());
  }

  @Test
  void afterATableAndADotItsColumnsAreOffered() throws Exception {
    editor.type(uri, range(21, 0, 0), "let x = lista.");
    List<String> labels = editor.complete(uri, 21, "let x = lista.".length()).stream()
        .map(CompletionItem::getLabel).toList();
    assertEquals(List.of("code", "description", "porte", "uco", "filme", "porte_anest", "aux", "utm", "letra"), labels);
  }

  @Test
  void keywordsAndKindsAreOfferedOnlyWhereTheGrammarTakesThem() throws Exception {
    editor.type(uri, range(21, 0, 0), "price ");
    List<String> afterPrice = editor.complete(uri, 21, "price ".length()).stream()
        .map(CompletionItem::getLabel).toList();
    assertTrue(afterPrice.containsAll(List.of("procedure", "procedures", "materials", "opme", "daily_rates")),
        afterPrice.toString());
    assertFalse(afterPrice.contains("let"), afterPrice.toString());
    assertFalse(afterPrice.contains("filme_m2"), afterPrice.toString());
  }

  @Test
  void inAnExpressionTheNamesInScopeAndTheItemsNamesAreOffered() throws Exception {
    editor.type(uri, range(21, 0, 0), "let y = ");
    List<CompletionItem> items = editor.complete(uri, 21, "let y = ".length());
    List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
    // The contract's own let, a map and a table, a map of an imported standard module, an item's name, a function.
    assertTrue(labels.containsAll(List.of("filme_m2", "valor_porte_sala", "lista", "porte_2018", "presented", "min")),
        labels.toString());
    assertFalse(labels.contains("price"), "a declaration keyword does not start an expression");
    CompletionItem filme = items.stream().filter(i -> i.getLabel().equals("filme_m2")).findFirst().get();
    assertEquals("let: money", filme.getDetail());
  }

  @Test
  void afterGlosaTheJustificationsAreOfferedWithTheirTissCode() throws Exception {
    // Line 118: "require authorization for opme else glosa OPME_INFORMADO_NAO_AUTORIZADO"; the name starts at 42.
    List<CompletionItem> items = editor.complete(uri, 117, 42);
    CompletionItem excess = items.stream().filter(i -> i.getLabel().equals("VALOR_APRESENTADO_A_MAIOR")).findFirst()
        .orElseThrow(() -> new AssertionError(items.stream().map(CompletionItem::getLabel).toList().toString()));
    // TISS table 38: 1705, "VALOR APRESENTADO A MAIOR", an administrative glosa.
    assertTrue(excess.getDetail().startsWith("1705 · administrative"), excess.getDetail());
    assertFalse(items.stream().anyMatch(i -> i.getLabel().equals("filme_m2")), "a let is not a justification");
  }

  @Test
  void hoveringAPriceRuleShowsItsTierAndWhichRulesWin() throws Exception {
    // "price procedures from lista = …" (line 31): linear (a table). The intercâmbio rule of line 35 has the same
    // tier and a congênere: it wins for those beneficiaries. Line 39 prices one code, 10101012, which is a row of
    // the lista referencial CSV: specific beats linear. Nothing ranks below it.
    Hover h = editor.hover(uri, 30, 2);
    String text = h.getContents().getRight().getValue();
    assertTrue(text.contains("tier **linear**"), text);
    String beatenBy = text.substring(text.indexOf("Beaten by"));
    assertTrue(beatenBy.contains("line 35") && beatenBy.contains("line 39"), text);
    assertFalse(text.contains("Beats ("), text);

    // The specific rule of line 39 beats both rules of the table.
    String specific = editor.hover(uri, 38, 2).getContents().getRight().getValue();
    assertTrue(specific.contains("tier **specific**"), specific);
    String beats = specific.substring(specific.indexOf("Beats"));
    assertTrue(beats.contains("line 31") && beats.contains("line 35"), specific);
    assertFalse(specific.contains("Beaten by"), specific);
  }

  @Test
  void hoveringNamesShowsTypesValuesCodesAndVigencias() throws Exception {
    // filme_m2 at line 31, characters 93-101.
    String let = editor.hover(uri, 30, 95).getContents().getRight().getValue();
    assertTrue(let.contains("let `filme_m2`: money") && let.contains("R$ 21,70"), let);
    // "lista" after "from" (line 31, characters 22-27): one version, its name and vigência from line 29.
    String table = editor.hover(uri, 30, 24).getContents().getRight().getValue();
    assertTrue(table.contains("version \"Lista referencial Unimed 2025\"") && table.contains("from 2025-01-01 on")
        && table.contains("TISS table 22"), table);
    // 25 lines in the CSV, one of them the header: 24 rows.
    assertTrue(table.contains("24 rows"), table);
    // The justification of line 118: TISS table 38 (domain table 38, glosas) code 2206, "OPM informado não
    // autorizado", an administrative glosa.
    String just = editor.hover(uri, 117, 50).getContents().getRight().getValue();
    assertTrue(just.contains("TISS code **2206**") && just.contains("administrative")
        && just.contains("OPME INFORMADO NÃO AUTORIZADO"), just);
  }

  @Test
  void goToATablesDefinition() throws Exception {
    // "lista" in "price procedures from lista" (line 31) → "table lista …" on line 27, characters 6-11.
    List<? extends Location> defs = editor.definition(uri, 30, 24);
    assertEquals(1, defs.size());
    assertEquals(uri, defs.get(0).getUri());
    assertEquals(range(26, 6, 11), defs.get(0).getRange());
    // "diarias" has two versions (lines 87 and 94): both are its definition.
    List<? extends Location> diarias = editor.definition(uri, 102, 48);
    assertEquals(List.of(86, 93), diarias.stream().map(l -> l.getRange().getStart().getLine()).toList());
  }

  @Test
  void goToAStandardModuleOpensItsReadOnlyCopy() throws Exception {
    // "import std.cbhpm.portes" is line 20; the module name starts at character 7.
    List<? extends Location> defs = editor.definition(uri, 19, 10);
    assertEquals(1, defs.size());
    Path copy = Path.of(java.net.URI.create(defs.get(0).getUri()));
    assertTrue(copy.endsWith(Path.of("std", "cbhpm", "portes.convenio")), copy.toString());
    // Read-only for everyone: an edit there would change nothing the compiler reads.
    assertTrue(Files.getPosixFilePermissions(copy).stream().noneMatch(p -> p.name().endsWith("WRITE")),
        Files.getPosixFilePermissions(copy).toString());
    try (var in = getClass().getClassLoader().getResourceAsStream("std/cbhpm/portes.convenio")) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), Files.readString(copy));
    }
    // A name the module declares, used in the contract: porte_2018 at line 31, characters 30-40.
    List<? extends Location> porte = editor.definition(uri, 30, 32);
    assertEquals(1, porte.size());
    assertTrue(porte.get(0).getUri().endsWith("std/cbhpm/portes.convenio"), porte.get(0).getUri());
    String line = Files.readAllLines(copy).get(porte.get(0).getRange().getStart().getLine());
    assertTrue(line.startsWith("map porte_2018"), line);
  }

  @Test
  void renameChangesTheDeclarationAndEveryUse() throws Exception {
    // filme_m2: declared on line 25 (characters 4-12), used on lines 31 (93-101) and 36 (18-26).
    assertEquals(range(24, 4, 12), editor.prepareRename(uri, 24, 6));
    WorkspaceEdit edit = editor.rename(uri, 24, 6, "filme_por_m2").get(EditorSession.WAIT_S, TimeUnit.SECONDS);
    List<TextEdit> edits = edit.getChanges().get(uri);
    assertEquals(List.of(range(24, 4, 12), range(30, 93, 101), range(35, 18, 26)),
        edits.stream().map(TextEdit::getRange).sorted((a, b) -> a.getStart().getLine() - b.getStart().getLine())
            .toList());
    assertTrue(edits.stream().allMatch(e -> e.getNewText().equals("filme_por_m2")));
    assertEquals(Map.of(), Map.copyOf(edit.getChanges()).entrySet().stream().filter(e -> !e.getKey().equals(uri))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  @Test
  void renameRefusesTheStandardLibrarysNamesAndClashes() throws Exception {
    // porte_2018 is declared by std.cbhpm.portes (line 31, characters 30-40).
    ExecutionException std = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> editor.rename(uri, 30, 32, "porte").get(EditorSession.WAIT_S, TimeUnit.SECONDS));
    assertTrue(std.getCause() instanceof ResponseErrorException);
    assertTrue(std.getCause().getMessage().contains("std.cbhpm.portes"), std.getCause().getMessage());
    ExecutionException clash = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> editor.rename(uri, 24, 6, "lista").get(EditorSession.WAIT_S, TimeUnit.SECONDS));
    assertTrue(clash.getCause().getMessage().contains("already declared"), clash.getCause().getMessage());
  }

  @Test
  void documentSymbolsFollowTheContractsClauses() throws Exception {
    List<DocumentSymbol> top = editor.symbols(uri);
    // The header, the five imports (lines 17-21), then clauses 2 to 8.
    List<String> names = top.stream().map(DocumentSymbol::getName).toList();
    assertEquals("contract \"Unimed Vale do Sol x Hospital Santa Clara\"", names.get(0));
    assertEquals(List.of("import std.tiss.glosas", "import std.tiss.dominios", "import std.unimed.lista_referencial",
        "import std.cbhpm.portes", "import std.tiss.motivo_saida"), names.subList(1, 6));
    assertEquals(List.of("Cláusula 2 – Honorários médicos: lista referencial Unimed", "Cláusula 3 – Urgência",
        "Cláusula 4 – Taxas de sala e de tempo cirúrgico pela letra do porte anestésico",
        "Cláusula 5 – Diárias, taxas e gases", "Cláusula 6 – Materiais, medicamentos e OPME",
        "Cláusula 7 – Quantidades, autorizações e duplicidades", "Cláusula 8 – Críticas da conta"),
        names.subList(6, names.size()));
    // Clause 2 (lines 23-53): let, table, three price rules, three participations, a group and the routes.
    DocumentSymbol clause2 = top.get(6);
    assertEquals(List.of("filme_m2", "lista \"Lista referencial Unimed 2025\"", "price procedures from lista",
        "price procedures from lista congenere \"0865\"", "price procedure \"10101012\"", "participation \"01\"",
        "participation \"02\"", "participation \"06\"", "group cirurgicos"),
        clause2.getChildren().stream().map(DocumentSymbol::getName).toList().subList(0, 9));
    assertEquals(10, clause2.getChildren().size());
    // The table's declaration spans its three lines (27-29).
    DocumentSymbol lista = clause2.getChildren().get(1);
    assertEquals(26, lista.getRange().getStart().getLine());
    assertEquals(28, lista.getRange().getEnd().getLine());
    assertEquals(range(26, 6, 11), lista.getSelectionRange());
  }
}
