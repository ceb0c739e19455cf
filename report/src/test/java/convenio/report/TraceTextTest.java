package convenio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convenio.i18n.Lang;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.SourcePos;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTextTest {
  @Test
  void eachStepWithItsPlaceAndValuesThenGlosasAndOutcome() {
    assertEquals("""
        seq 1 · material 70000062 · qty 2 · 2025-03-10 · presented R$ 500,00
          priced by the linear rule at c.convenio:83, table simpro version 03/2025
           1. price  c.convenio:83  = R$ 230,00
                     price materials from simpro
                     simpro.pf 200,00
           2. glosa  c.convenio:13  R$ 500,00 → R$ 460,00
                     excess glosa
          glosa 1705 R$ 40,00 by excess glosa at c.convenio:13: Valor apresentado a maior
          → unit R$ 230,00 · allowed R$ 460,00 · paid R$ 460,00 · glosed R$ 40,00
        """, TraceText.render(materialOverTheTable(), ""));
  }

  /** The same explanation in Portuguese: the labels change; codes, values, places and the rule's words do not. */
  @Test
  void inPortugueseTheLabelsAreTheClerksWords() {
    assertEquals("""
        seq 1 · material 70000062 · qtd 2 · 2025-03-10 · apresentado R$ 500,00
          valorizado pela regra linear em c.convenio:83, tabela simpro versão 03/2025
           1. preço  c.convenio:83  = R$ 230,00
                     price materials from simpro
                     simpro.pf 200,00
           2. glosa  c.convenio:13  R$ 500,00 → R$ 460,00
                     excess glosa
          glosa 1705 R$ 40,00 por excess glosa em c.convenio:13: Valor apresentado a maior
          → unitário R$ 230,00 · permitido R$ 460,00 · pago R$ 460,00 · glosado R$ 40,00
        """, Lang.with(Lang.PT, () -> TraceText.render(materialOverTheTable(), "")));
  }

  private static ItemResult materialOverTheTable() {
    // Presented 2 × 250,00 = 500,00; contract 230,00 each = 460,00; 1705 takes the 40,00 above it.
    Item item = Item.of(1, ItemKind.MATERIAL, "19", "70000062", new BigDecimal("2"), Money.parse("250,00"),
        LocalDate.of(2025, 3, 10));
    SourcePos price = new SourcePos("c.convenio", 83, 1);
    SourcePos excess = new SourcePos("c.convenio", 13, 3);
    ItemResult r = new ItemResult(item, new PriceSource("price materials from simpro", price, "linear", "simpro",
        "03/2025", null), Money.parse("230,00"), Money.parse("460,00"), new BigDecimal("2"), Money.parse("460,00"),
        Money.ZERO,
        List.of(new Glosa("1705", null, Money.parse("40,00"), "Valor apresentado a maior", GlosaGroup.ADMINISTRATIVE,
            "excess glosa", excess, false)),
        List.of(new TraceEvent(TraceEvent.Kind.PRICE, "price materials from simpro", price, "simpro.pf 200,00", null,
                Money.parse("230,00")),
            new TraceEvent(TraceEvent.Kind.GLOSA, "excess glosa", excess, null, Money.parse("500,00"),
                Money.parse("460,00"))));
    return r;
  }
}
