package convenio.glosas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Account;
import convenio.model.Glosa;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.tiss.AnaliseConta;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the difference between what the contract pays and what the operator released is spread over the glosas. */
class GlosaDisputeTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  @Test
  void theDifferenceGoesToTheGlosasInTheOrderTheOperatorListedThem() {
    // Presented 100,00; the operator released 40,00 with glosas of 35,00 and 25,00; the contract pays 70,00:
    // 30,00 is appealed, all of it against the first glosa; the second stands.
    GlosaDispute.Outcome o = compare(money("40.00"), money("70.00"), glosa("1705", "35.00"), glosa("1801", "25.00"));
    assertEquals(1, o.disputed().size());
    assertEquals(money("30.00"), o.disputed().get(0).appealed());
    assertEquals("1705", o.disputed().get(0).recurso().glosaCode());
    assertEquals(List.of("1705 5,00", "1801 25,00"), o.upheld().stream()
        .map(u -> u.glosa().code() + " " + u.value().format().substring(3)).toList());
  }

  @Test
  void nothingIsAppealedWhenTheContractPaysNoMoreThanTheOperator() {
    GlosaDispute.Outcome o = compare(money("40.00"), money("40.00"), glosa("1705", "60.00"));
    assertTrue(o.disputed().isEmpty());
    assertEquals(1, o.upheld().size());
    assertEquals(Money.ZERO, o.appealed());
  }

  @Test
  void theAppealNeverExceedsWhatWasGlosed() {
    // The contract pays 130,00 (above the 100,00 presented: "below contract pay contract"); only the glosa is appealed.
    GlosaDispute.Outcome o = compare(money("90.00"), money("130.00"), glosa("1705", "10.00"));
    assertEquals(money("10.00"), o.appealed());
  }

  @Test
  void theJustificationCitesTheRuleAndFitsInTissLimit() {
    GlosaDispute.Outcome o = compare(money("40.00"), money("70.00"), glosa("1705", "60.00"));
    String why = o.disputed().get(0).recurso().justification();
    assertTrue(why.length() <= 500, why);
    assertTrue(why.contains("price procedures from cbhpm, c.convenio:7"), why);
    assertTrue(why.contains("vale R$ 70,00"), why);
    assertTrue(why.contains("Valor recursado: R$ 30,00."), why);
  }

  private static GlosaDispute.Outcome compare(Money operatorPaid, Money contractPays, AnaliseConta.GlosaValor... gs) {
    Money presented = money("100.00");
    Item item = new Item(1, ItemKind.PROCEDURE, "22", "30602122", "Proc", BigDecimal.ONE, null, DAY, null, null, null,
        null, null, presented, presented, null, List.of());
    Guide guide = new Guide("G-1", null, null, GuideType.SP_SADT, null, null, null, null, null, null, null, null, DAY,
        null, null, null, presented, List.of(item));
    // The contract's result: pays contractPays; anything presented above it glosed, anything below raised.
    Money raised = contractPays.greaterThan(presented) ? contractPays.minus(presented) : Money.ZERO;
    List<Glosa> own = contractPays.lessThan(presented)
        ? List.of(new Glosa("1705", BigDecimal.ZERO, presented.minus(contractPays), "a maior", null,
            "glosa", new SourcePos("c.convenio", 9, 1), false))
        : List.of();
    PriceSource source = new PriceSource("price procedures from cbhpm = porte * 2", new SourcePos("c.convenio", 7, 1),
        "linear", null, null, null);
    ItemResult r = new ItemResult(item, source, contractPays, contractPays, BigDecimal.ONE, contractPays, raised, own,
        List.of());
    PricingResult priced = new PricingResult(Account.of("123456", null, List.of(guide)), "c", "1", "h",
        List.of(new GuideResult(guide, List.of(r), List.of())));
    Money glosed = Money.ZERO;
    for (AnaliseConta.GlosaValor g : gs) glosed = glosed.plus(g.value());
    AnaliseConta.ItemAnalisado analysed = new AnaliseConta.ItemAnalisado(1, DAY, "22", "30602122", "Proc", null,
        presented, BigDecimal.ONE, presented, operatorPaid, List.of(gs));
    AnaliseConta.GuiaAnalisada g = new AnaliseConta.GuiaAnalisada("G-1", null, null, null, DAY, DAY, null, List.of(),
        List.of(analysed), presented, presented, operatorPaid, glosed);
    AnaliseConta.Protocolo p = new AnaliseConta.Protocolo("L-1", "1", DAY, null, null, List.of(g), presented, presented,
        operatorPaid, glosed);
    return GlosaDispute.compare(p, priced, new RecursoText("Contrato", "1", null));
  }

  private static AnaliseConta.GlosaValor glosa(String code, String value) {
    return new AnaliseConta.GlosaValor(code, money(value));
  }

  private static Money money(String plain) {
    return Money.of(plain);
  }
}
