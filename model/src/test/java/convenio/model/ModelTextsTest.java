package convenio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convenio.i18n.Lang;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What the domain types say when asked for a guide or an item that is not there (the desk and the REPL show it), or
 * when totals do not reconcile: in English, and in Portuguese for a Portuguese reader.
 */
class ModelTextsTest {
  private static final Item CONSULTA = Item.of(1, ItemKind.PROCEDURE, "22", "10101012", BigDecimal.ONE,
      Money.ofCents(20000), LocalDate.of(2025, 3, 10));
  private static final Guide GUIDE = new Guide("G-1", null, null, null, null, null, null, null, null, null, null, null,
      LocalDate.of(2025, 3, 10), null, null, null, null, List.of(CONSULTA));
  private static final Account LOTE = new Account("L-7", null, "123456", null, null, List.of(GUIDE));

  private static String message(Lang lang, Executable failing) {
    return Lang.with(lang, () -> assertThrows(RuntimeException.class, failing).getMessage());
  }

  @Test
  void aMissingGuideOrItemIsNamedWithTheLoteOrGuideItWasLookedForIn() {
    assertEquals("guide G-1 has no item 4", message(Lang.EN, () -> GUIDE.item(4)));
    assertEquals("a guia G-1 não tem o item 4", message(Lang.PT, () -> GUIDE.item(4)));
    assertEquals("o lote L-7 não tem a guia G-9", message(Lang.PT, () -> LOTE.guide("G-9")));
    assertEquals("lote L-7 has no guide G-9", message(Lang.EN, () -> LOTE.guide("G-9")));
    assertThrows(NoSuchElementException.class, () -> LOTE.guide("G-9"));
  }

  @Test
  void totalsThatDoNotReconcileSayWhichSums() {
    Money m100 = Money.ofCents(10000), m60 = Money.ofCents(6000), m30 = Money.ofCents(3000);
    // 100 + 0 ≠ 60 + 30: ten reais are missing on the right
    assertEquals("apresentado R$ 100,00 + acrescido R$ 0,00 != pago R$ 60,00 + glosado R$ 30,00",
        message(Lang.PT, () -> new Totals(m100, m60, m30, Money.ZERO)));
    assertEquals("presented R$ 100,00 + raised R$ 0,00 != paid R$ 60,00 + glosed R$ 30,00",
        message(Lang.EN, () -> new Totals(m100, m60, m30, Money.ZERO)));
  }

  @Test
  void aPrazoOfNoDays() {
    assertEquals("um prazo é um número positivo de dias", message(Lang.PT, () -> new RecursoPrazo(0, 30, null)));
    assertEquals("a prazo is a positive number of days", message(Lang.EN, () -> new RecursoPrazo(30, -1, null)));
  }

  @Test
  void anUnknownLanguageIsRefusedInTheLanguageInForce() {
    assertEquals("idioma 'fr' desconhecido (use pt ou en)", message(Lang.PT, () -> Lang.parse("fr")));
    assertEquals("unknown language 'fr' (expected pt or en)", message(Lang.EN, () -> Lang.parse("fr")));
  }
}
