package convenio.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import convenio.syntax.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
  private static DiagnosticRenderer over(String text) {
    return new DiagnosticRenderer(Map.of("c.convenio", text)::get);
  }

  @Test
  void underlinesTheOffendingTextWithTheHint() {
    Diagnostic d = Diagnostic.error("unit", new Span("c.convenio", 2, 9, 5, null), "cannot add", "write x * (1 + 15%)");
    assertEquals("""
        c.convenio:2:9: error[unit]: cannot add
           |
         2 | let x = a + b
           |         ^^^^^
           = hint: write x * (1 + 15%)
        """, over("contract\nlet x = a + b\n").render(d));
  }

  @Test
  void tabsAndWideCharactersKeepTheCaretUnderTheText() {
    // A tab before, and two full-width characters (two cells each) before the underlined name.
    Diagnostic d = Diagnostic.error("x", new Span("c.convenio", 1, 5, 3, null), "m", null);
    String out = over("\t名前 uco").render(d);
    assertTrue(out.contains(" 1 |     名前 uco\n   |          ^^^\n"), out);
  }

  @Test
  void aSpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
    Diagnostic d = Diagnostic.error("x", new Span("c.convenio", 1, 1, 40, null), "m", null);
    assertTrue(over("price x\n  = y").render(d).contains(" | ^^^^^^^\n"));
  }

  @Test
  void showsTheRelatedPlaceWithItsLine() {
    Diagnostic d = Diagnostic.error("duplicate", new Span("c.convenio", 2, 1, 3, null), "twice", null)
        .withRelated(new Span("c.convenio", 1, 5, 3, null), "first declared here");
    String out = over("let uco = 1\nlet uco = 2").render(d);
    assertTrue(out.contains("= note: first declared here\n  --> c.convenio:1:5\n"), out);
    assertTrue(out.contains(" 1 | let uco = 1\n   |     ^\n"), out);
  }

  @Test
  void withoutTheSourceOnlyTheHeadlineAndHint() {
    Diagnostic d = Diagnostic.atLine(Severity.ERROR, "table-row", "t.csv", 3, "bad row", "fix it");
    assertEquals("t.csv:3: error[table-row]: bad row\n   = hint: fix it\n", over("").render(d));
  }

  @Test
  void countsErrorsAndWarnings() {
    Diagnostic e = Diagnostic.error("x", new Span("f", 1, 1, 1, null), "m", null);
    Diagnostic w = Diagnostic.warning("x", new Span("f", 1, 1, 1, null), "m", null);
    assertEquals("2 errors, 1 warning", DiagnosticRenderer.counts(List.of(e, e, w)));
    assertEquals("no errors", DiagnosticRenderer.counts(List.of()));
  }

  @Test
  void jsonCarriesTheSameValues() throws Exception {
    Diagnostic d = Diagnostic.error("unit", new Span("c.convenio", 2, 9, 5, null), "cannot add", "hint")
        .withRelated(new Span("c.convenio", 1, 1, 1, null), "there");
    JsonNode root = new ObjectMapper().readTree(DiagnosticJson.render(List.of(d)));
    assertEquals(1, root.get("errors").asInt());
    JsonNode n = root.get("diagnostics").get(0);
    assertEquals("c.convenio", n.get("file").asText());
    assertEquals(2, n.get("line").asInt());
    assertEquals(9, n.get("column").asInt());
    assertEquals(14, n.get("endColumn").asInt());
    assertEquals("error", n.get("severity").asText());
    assertEquals("unit", n.get("code").asText());
    assertEquals("there", n.get("related").get("message").asText());
  }

  @Test
  void colourChangesNoWordOfTheText() {
    Diagnostic d = Diagnostic.error("duplicate", new Span("c.convenio", 2, 1, 3, null), "twice", "rename one")
        .withRelated(new Span("c.convenio", 1, 5, 3, null), "first declared here");
    DiagnosticRenderer plain = over("let uco = 1\nlet uco = 2");
    String coloured = plain.withColour(true).render(d);
    assertTrue(coloured.contains("\u001b[1;31merror[duplicate]"), coloured);
    assertEquals(plain.render(d), coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
  }
}
