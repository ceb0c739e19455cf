package convenio.api;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.i18n.Lang;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The auditor reads the desk and the REPL in Portuguese: the refusals of the glosa screen's operations and the steps
 * they add to an item's trace are written in the reader's language (and in English for an English reader).
 */
class AuditInPortugueseTest {
  private static final Contract C = contract("""
      import std.tiss.glosas
      price procedure "10101012" = R$ 180,00
      price fees, daily_rates, materials = presented
      """);

  /** A consultation presented at 200,00, paid 180,00 (20,00 glosed 1705); 3 materials of 10,00, paid as presented. */
  private static PricingResult priced() {
    return price(C, guide("G1").add(procedure("10101012", 1, "200,00"), item(ItemKind.MATERIAL, "7000", 3, "10,00"))
        .build());
  }

  private static String refusal(Lang lang, Executable operation) {
    return Lang.with(lang, () -> assertThrows(IllegalArgumentException.class, operation).getMessage());
  }

  @Test
  void aPartialGlosaOfMoreThanIsPaid() {
    PricingResult r = priced();
    assertEquals("o item 2 da guia G1 tem 3 unidades pagas; não é possível glosar 4",
        refusal(Lang.PT, () -> Audit.glosaPart(r, "G1", 2, new BigDecimal("4"), null, "1801", "x")));
    assertEquals("item 2 of guide G1 has 3 units paid; cannot glosa 4",
        refusal(Lang.EN, () -> Audit.glosaPart(r, "G1", 2, new BigDecimal("4"), null, "1801", "x")));
    assertEquals("o item 1 da guia G1 tem R$ 180,00 de valor pago; não é possível glosar R$ 200,00",
        refusal(Lang.PT, () -> Audit.glosaPart(r, "G1", 1, null, Money.ofCents(20000), "1801", "x")));
    assertEquals("uma glosa parcial leva unidades ou um valor, só um dos dois",
        refusal(Lang.PT, () -> Audit.glosaPart(r, "G1", 1, BigDecimal.ONE, Money.ofCents(100), "1801", "x")));
  }

  @Test
  void aGlosaOrAnItemThatIsNotThere() {
    PricingResult r = priced();
    // the consultation has one glosa (1705, 20,00): there is no second one to edit
    assertEquals("o item 1 da guia G1 tem 1 glosa; não existe a glosa 2",
        refusal(Lang.PT, () -> Audit.revertGlosa(r, "G1", 1, 1)));
    assertEquals("item 1 of guide G1 has 1 glosa; there is no glosa 2",
        refusal(Lang.EN, () -> Audit.revertGlosa(r, "G1", 1, 1)));
    assertEquals("a guia G1 não tem o item 9", refusal(Lang.PT, () -> Audit.revert(r, "G1", 9)));
    // 180,00 paid + 20,00 of this glosa: it can grow to 200,00 at most
    assertEquals("a glosa 1 do item 1 pode ser de no máximo R$ 200,00, não R$ 250,00",
        refusal(Lang.PT, () -> Audit.editGlosa(r, "G1", 1, 0, null, Money.ofCents(25000), null)));
  }

  @Test
  void theAuditorsStepInTheTraceIsWrittenInTheReadersLanguage() {
    PricingResult r = Audit.glosaPart(priced(), "G1", 2, BigDecimal.ONE, null, "1801", "x");
    TraceEvent step = item(r, "G1", 2).trace().get(item(r, "G1", 2).trace().size() - 1);
    assertEquals(TraceEvent.Kind.MANUAL, step.kind());
    assertEquals("glosa parcial: 1801 R$ 10,00", Lang.with(Lang.PT, step::detail));
    assertEquals("partial glosa: 1801 R$ 10,00", Lang.with(Lang.EN, step::detail));
  }

  @Test
  void aFailedLookupInARuleIsACritiqueInTheReadersLanguage() {
    Contract c = contract("""
        price procedure "10101012" = R$ 10,00 * guide_max(quantity)
        """);
    // one procedure: no other one has a value to take the largest of
    PricingResult r = Lang.with(Lang.PT, () -> price(c, guide("G1").add(procedure("10101012", 1, "100,00")).build()));
    String critique = Lang.with(Lang.PT, () -> r.guides().get(0).critiques().get(0).message());
    assertTrue(critique.contains("nenhum outro procedimento da guia tem valor para quantity"), critique);
  }
}
