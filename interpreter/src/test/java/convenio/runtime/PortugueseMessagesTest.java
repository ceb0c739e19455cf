package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.api.Convenio;
import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.DiagnosticRenderer;
import convenio.i18n.Lang;
import convenio.model.Critique;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's texts in Brazilian Portuguese: a syntax error, check errors with their hints and notes, a critique of
 * a rule that fails on an item, and an explanation. The expected texts are written here by hand; codes, places and
 * amounts are the same as in English. A diagnostic keeps its key and arguments, so one made once prints in either
 * language.
 */
class PortugueseMessagesTest {

  private static List<Diagnostic> errors(String body) {
    return Convenio.compile("teste.convenio", HEADER + body).diagnostics().stream().filter(Diagnostic::isError)
        .toList();
  }

  @Test
  void aSyntaxErrorInPortuguese() {
    List<Diagnostic> ds = Lang.with(Lang.PT, () -> errors("price procedure 10101012 = R$ 10,00\n"));
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals("syntax", d.code());
    // the header is 4 lines; "price procedure " is 16 characters, so the code starts at 5:17
    assertEquals(5, d.line());
    assertEquals(17, d.column());
    Lang.with(Lang.PT, () -> {
      assertEquals("um código deve ser escrito entre aspas", d.message());
      assertEquals("códigos são textos (zeros à esquerda contam): escreva \"10101012\"", d.hint());
      return null;
    });
  }

  @Test
  void aCheckErrorWithItsHintAndNoteInPortugueseAndTheSameDiagnosticInEnglish() {
    // Made once (in English, as the tests run), printed later in the reader's language.
    List<Diagnostic> ds = errors("let x = 1\nlet x = 2\n");
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals("duplicate", d.code());
    assertEquals("há duas declarações de let x", d.message(Lang.PT));
    assertEquals("let x is declared twice", d.message(Lang.EN));
    assertEquals("remova uma delas, ou renomeie uma", d.hint(Lang.PT));
    assertEquals("declarado primeiro aqui", d.related().message(Lang.PT));
    assertEquals("first declared here", d.related().message(Lang.EN));

    String source = HEADER + "let x = 1\nlet x = 2\n";
    String rendered = Lang.with(Lang.PT, () -> new DiagnosticRenderer(f -> source).render(d));
    assertEquals(String.join("\n",
        "teste.convenio:6:1: erro[duplicate]: há duas declarações de let x",
        "   |",
        " 6 | let x = 2",
        "   | ^^^^^^^^^",
        "   = dica: remova uma delas, ou renomeie uma",
        "   = nota: declarado primeiro aqui",
        "  --> teste.convenio:5:1",
        "   |",
        " 5 | let x = 1",
        "   | ^",
        ""), rendered);
    assertEquals("1 erro", Lang.with(Lang.PT, () -> DiagnosticRenderer.counts(ds)));
    assertEquals("1 error", DiagnosticRenderer.counts(ds));
  }

  @Test
  void aTypeErrorNamesThePlaceAndTheTypesInPortuguese() {
    List<Diagnostic> ds = errors("price procedure \"10101012\" = 5\n");
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    assertEquals("unit", d.code());
    assertEquals("um preço deve ser dinheiro, mas isto é um número", d.message(Lang.PT));
    assertEquals("a price must be money, but this is a number", d.message(Lang.EN));
    assertEquals("multiplique por um valor em dinheiro (5 * uco), ou escreva o valor como R$ 1.234,56",
        d.hint(Lang.PT));

    Diagnostic plus = errors("let y = R$ 10,00 + 5%\n").get(0);
    assertEquals("não se soma um percentual a dinheiro", plus.message(Lang.PT));
    assertEquals("para aumentar um valor em um percentual, escreva R$ 10,00 * (1 + 5%)", plus.hint(Lang.PT));
  }

  @Test
  void aRuntimeCritiqueInPortuguese() {
    Contract c = contract("price procedure \"10101012\" = R$ 100,00 / (quantity - 1)\n");
    // R$ 100,00 / (1 - 1): the rule divides by zero for this item, which the auditor reads as a critique
    PricingResult r = Lang.with(Lang.PT, () -> price(c, guide("G1").add(procedure("10101012", 1, "100,00")).build()));
    List<Critique> critiques = r.guides().get(0).critiques();
    assertEquals(1, critiques.size(), critiques.toString());
    assertEquals("runtime", critiques.get(0).code());
    assertEquals("item 1 (10101012): divisão por zero", critiques.get(0).message());
    assertEquals(List.of("1707"), codes(only(r)));
  }

  @Test
  void anExplanationInPortuguese() {
    Contract c = contract("""
        import std.ans.vias
        price procedure "30101010" = R$ 1.000,00
        routes vias_ans ordered by value desc
        """);
    // quantity 2, same route (via "2"): 1.000,00 × 100% + 1.000,00 × 50% = 1.500,00; the 500,00 off is glosa 2605
    PricingResult r = Lang.with(Lang.PT,
        () -> price(c, guide("G").add(procedure("30101010", 2, "1.000,00").route("2")).build()));
    ItemResult item = only(r);
    assertEquals(brl("1.500,00"), item.paid());
    TraceEvent route = item.trace().stream().filter(e -> e.kind() == TraceEvent.Kind.ROUTE).findFirst().orElseThrow();
    // the route note is written when read, in the reader's language, like the glosa's below
    assertEquals("procedimentos de 10/03/2025: 1º de 2 (mesma via) 100%; 2º de 2 (mesma via) 50%",
        Lang.with(Lang.PT, route::detail));
    assertEquals("procedures of 10/03/2025: 1º of 2 (same route) 100%; 2º of 2 (same route) 50%", route.detail());
    // A detail written when read: the same result explained in English and in Portuguese.
    TraceEvent glosa = item.trace().stream().filter(e -> e.detail().startsWith("glosa 2605")).findFirst()
        .orElseThrow(() -> new AssertionError(item.trace().toString()));
    assertTrue(glosa.detail().startsWith("glosa 2605 of R$ 500,00 (quantity "), glosa.detail());
    String pt = Lang.with(Lang.PT, glosa::detail);
    assertTrue(pt.startsWith("glosa 2605 de R$ 500,00 (quantidade "), pt);
  }
}
