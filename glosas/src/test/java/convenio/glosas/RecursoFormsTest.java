package convenio.glosas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.i18n.Lang;
import convenio.model.Account;
import convenio.model.GlosaGroup;
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
import convenio.tiss.MessageReader;
import convenio.tiss.RecursoHeader;
import convenio.tiss.RecursoWriter;
import convenio.tiss.TissMessages;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms of a recurso beyond a price argument on a line: a daily rate the operator split into days, technical
 * glosas (a clinical justification to write), a guide glosed whole and a protocol glosed whole. Values worked out by
 * hand in each test.
 */
class RecursoFormsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
  private static final RecursoText TEXT = new RecursoText("Contrato Teste", "1", null);

  @Test
  void aDailyRateSplitIntoDaysIsAppealedDayByDayForWhatTheOperatorPaidOnEachDay() {
    // Billed: guide G-1, sequence 1, diária 60000775 × 3 days, R$ 1.440,00; the contract pays R$ 480,00 a day,
    // R$ 1.440,00. The operator answers day by day, renumbering the lines 1, 2, 3, each R$ 480,00 presented:
    //   day 1 (seq 1): paid R$ 480,00, no glosa;
    //   day 2 (seq 2): paid R$ 380,00, glosa 1705 of R$ 100,00;
    //   day 3 (seq 3): paid R$ 0,00,   glosa 1705 of R$ 480,00.
    // Each day is R$ 1.440,00 × 1/3 = R$ 480,00 of the contract's value, so day 2 is appealed for
    // min(480,00 − 380,00, 100,00) = R$ 100,00 and day 3 for min(480,00 − 0,00, 480,00) = R$ 480,00: R$ 580,00 in all,
    // each against the sequencialItem the demonstrativo gave the day, with the day's date.
    ItemResult billed = priced(1, "60000775", ItemKind.DAILY_RATE, "3", "1440.00", "1440.00");
    AnaliseConta.Protocolo p = protocol(null, guide("G-1", List.of(),
        line(1, DAY, "60000775", "1", "480.00", "480.00"),
        line(2, DAY.plusDays(1), "60000775", "1", "480.00", "380.00", glosa("1705", "100.00")),
        line(3, DAY.plusDays(2), "60000775", "1", "480.00", "0.00", glosa("1705", "480.00"))));
    GlosaDispute.Outcome o = GlosaDispute.compare(p, account(guideResult("G-1", billed)), TEXT);
    assertEquals(2, o.disputed().size());
    assertEquals(List.of(2, 3), o.disputed().stream().map(d -> d.recurso().seq()).toList());
    assertEquals(List.of(DAY.plusDays(1), DAY.plusDays(2)), o.disputed().stream().map(d -> d.recurso().date()).toList());
    assertEquals(List.of(money("100.00"), money("480.00")), o.disputed().stream().map(d -> d.appealed()).toList());
    assertEquals(money("580.00"), o.appealed());
    GlosaDispute.Disputed day3 = o.disputed().get(1);
    assertEquals(3, day3.share().part());
    assertEquals(3, day3.share().parts());
    String why = day3.recurso().justification();
    assertTrue(why.contains("parte 3 de 3 do item cobrado no sequencial 1, que vale R$ 1.440,00) vale R$ 480,00"), why);
    assertTrue(why.contains("Apresentado R$ 480,00, liberado pela operadora R$ 0,00. Valor recursado: R$ 480,00."), why);
  }

  @Test
  void theDaysOfASplitAddUpToTheItemToTheCent() {
    // R$ 1.000,00 for 3 days: 1.000,00 × 1/3 = 333,333… → R$ 333,33 for days 1 and 2, and day 3 takes what is left,
    // 1.000,00 − 333,33 − 333,33 = R$ 333,34. Day 3 glosed whole (R$ 333,34, operator paid 0) is appealed whole.
    ItemResult billed = priced(1, "60000775", ItemKind.DAILY_RATE, "3", "1000.00", "1000.00");
    AnaliseConta.Protocolo p = protocol(null, guide("G-1", List.of(),
        line(1, DAY, "60000775", "1", "333.33", "333.33"),
        line(1, DAY.plusDays(1), "60000775", "1", "333.33", "333.33"),
        line(1, DAY.plusDays(2), "60000775", "1", "333.34", "0.00", glosa("1705", "333.34"))));
    GlosaDispute.Outcome o = GlosaDispute.compare(p, account(guideResult("G-1", billed)), TEXT);
    assertEquals(1, o.disputed().size());
    assertEquals(money("333.34"), o.disputed().get(0).share().contractValue());
    assertEquals(money("333.34"), o.disputed().get(0).appealed());
    // Here the operator kept the billed sequence on every day: the recurso cites it, with the third day's date.
    assertEquals(1, o.disputed().get(0).recurso().seq());
    assertEquals(DAY.plusDays(2), o.disputed().get(0).recurso().date());
  }

  @Test
  void aTechnicalGlosaGetsThePlaceholderOfAClinicalJustificationNotAPriceArgument() {
    // Glosa 2010 (group 20, Material: technical by default in TISS table 38's groups 18xx–28xx) of R$ 90,00 on a
    // material the contract pays R$ 90,00 for and the operator paid nothing: R$ 90,00 is under appeal, argued
    // clinically by whoever replaces the placeholder.
    ItemResult material = priced(1, "70000001", ItemKind.MATERIAL, "1", "90.00", "90.00");
    AnaliseConta.Protocolo p = protocol(null, guide("G-1", List.of(),
        line(1, DAY, "70000001", "1", "90.00", "0.00", glosa("2010", "90.00"))));
    GlosaDispute.Outcome o = GlosaDispute.compare(p, account(guideResult("G-1", material)), TEXT);
    GlosaDispute.Disputed d = o.disputed().get(0);
    assertTrue(d.technical());
    assertEquals(money("90.00"), d.appealed());
    assertEquals(1, o.technical());
    assertTrue(d.recurso().justification().startsWith(RecursoText.CLINICAL_PLACEHOLDER), d.recurso().justification());
    assertTrue(d.recurso().justification().contains("Glosa técnica 2010 (COBRANÇA DE MATERIAIS INCLUSOS NAS TAXAS)"),
        d.recurso().justification());
    assertFalse(d.recurso().justification().contains("não amparada pelo contrato"), d.recurso().justification());
    // A contract that classifies 2010 as administrative (history classify) argues it from the price instead.
    GlosaDispute.Outcome admin = GlosaDispute.compare(p, account(guideResult("G-1", material)), TEXT, "123456",
        (operator, code) -> code.equals("2010") ? GlosaGroup.ADMINISTRATIVE : GlosaGroup.TECHNICAL);
    assertFalse(admin.disputed().get(0).technical());
    assertEquals(0, admin.technical());
    assertTrue(admin.disputed().get(0).recurso().justification().startsWith("Glosa 2010 de R$ 90,00 não amparada"));
  }

  @Test
  void aGlosaOnAGuideTheLoteDoesNotHaveIsSaidNotRepricedInTheReadersLanguage() {
    // The demonstrativo glosas guide G-2 (1705 of R$ 50,00 on 30602122, seq 1), the account priced has only G-1:
    // nothing can be argued for it, and the summary says so, in Portuguese for a Portuguese reader.
    ItemResult billed = priced(1, "30602122", ItemKind.PROCEDURE, "1", "50.00", "50.00");
    AnaliseConta.Protocolo p = protocol(null, guide("G-2", List.of(),
        line(1, DAY, "30602122", "1", "50.00", "0.00", glosa("1705", "50.00"))));
    GlosaDispute.Outcome o = GlosaDispute.compare(p, account(guideResult("G-1", billed)), TEXT);
    assertEquals(1, o.unmatched().size());
    assertEquals("não revalorizado: guia G-2 item 1 (30602122): a guia G-2 não está na conta valorizada",
        Lang.with(Lang.PT, () -> Recurso.unmatched(o.unmatched().get(0))));
    assertEquals("not re-priced: guide G-2 item 1 (30602122): guide G-2 is not in the account priced",
        Lang.with(Lang.EN, () -> Recurso.unmatched(o.unmatched().get(0))));
    assertEquals("fora do prazo: o recurso não foi redigido (--late o redige mesmo assim)",
        Lang.with(Lang.PT, () -> Recurso.M.get("recurso.out.of.prazo.stdout")));
  }

  @Test
  void theJustificationTheOperatorReadsIsPortugueseInEitherLanguageOfTheAnalyst() {
    // 10101012 presented R$ 200,00, which the contract pays; the operator paid R$ 180,00 with glosa 1705 of R$ 20,00:
    // R$ 20,00 is appealed. The operator's auditors read the justification: Portuguese, whoever drafts it.
    ItemResult billed = priced(1, "10101012", ItemKind.PROCEDURE, "1", "200.00", "200.00");
    AnaliseConta.Protocolo p = protocol(null, guide("G-1", List.of(),
        line(1, DAY, "10101012", "1", "200.00", "180.00", glosa("1705", "20.00"))));
    String expected = "Glosa 1705 de R$ 20,00 não amparada pelo contrato \"Contrato Teste\" versão 1: o item 10101012"
        + " vale R$ 200,00 (price 10101012, c.convenio:7). Apresentado R$ 200,00, liberado pela operadora R$ 180,00."
        + " Valor recursado: R$ 20,00.";
    for (Lang analyst : Lang.values()) {
      GlosaDispute.Outcome o = Lang.with(analyst, () -> GlosaDispute.compare(p, account(guideResult("G-1", billed)),
          TEXT));
      assertEquals(expected, o.disputed().get(0).recurso().justification(), analyst.name());
    }
  }

  @Test
  void aGuideGlosedWholeIsAppealedWholeAsARecursoGuiaCompleta() throws Exception {
    // Guide G-2 glosed whole (motivoGlosa 1714 on the guide): its two items, presented R$ 100,00 and R$ 50,00, paid
    // nothing, R$ 150,00 glosed. The contract pays R$ 100,00 + R$ 40,00 = R$ 140,00, so R$ 140,00 − R$ 0,00 = R$ 140,00
    // is appealed (R$ 10,00 of the glosa stands), as one recursoGuiaCompleta, not item by item.
    AnaliseConta.GuiaAnalisada g2 = guide("G-2", List.of(new AnaliseConta.Motivo("1714", "VALOR SUPERIOR")),
        line(1, DAY, "10101012", "1", "100.00", "0.00", glosa("1714", "100.00")),
        line(2, DAY, "20101010", "1", "50.00", "0.00", glosa("1714", "50.00")));
    AnaliseConta.Protocolo p = protocol(null, g2);
    PricingResult priced = account(guideResult("G-2", priced(1, "10101012", ItemKind.PROCEDURE, "1", "100.00", "100.00"),
        priced(2, "20101010", ItemKind.PROCEDURE, "1", "50.00", "40.00")));
    GlosaDispute.Outcome o = GlosaDispute.compare(p, priced, TEXT);
    assertTrue(o.disputed().isEmpty());
    assertEquals(1, o.wholeGuides().size());
    GlosaDispute.Whole w = o.wholeGuides().get(0);
    assertEquals(money("150.00"), w.glosed());
    assertEquals(money("140.00"), w.contractPays());
    assertEquals(money("140.00"), w.appealed());
    assertEquals(money("140.00"), o.appealed());
    assertTrue(w.justification().contains("Glosa 1714 da guia G-2 inteira, de R$ 150,00"), w.justification());
    byte[] xml = RecursoWriter.write(header(), o.itemRecursos(), o.guideRecursos()); // validated against the schema
    TissMessages.Recurso read = new MessageReader().recurso(new ByteArrayInputStream(xml)).message();
    assertEquals("2", read.object());
    assertEquals(money("140.00"), read.total());
    assertEquals("1714", read.guides().get(0).whole().get(0).code());
    assertTrue(read.guides().get(0).items().isEmpty());
  }

  @Test
  void aProtocolGlosedWholeIsAppealedAsARecursoDeProtocolo() throws Exception {
    // The whole protocol glosed (motivoGlosa 1101 on the protocol), R$ 200,00 presented in one guide of two items,
    // all glosed. The contract pays R$ 120,00 + R$ 80,00 = R$ 200,00, the operator paid R$ 0,00: R$ 200,00 appealed as
    // a recurso de protocolo (objetoRecurso 1).
    AnaliseConta.Protocolo p = protocol(new AnaliseConta.Motivo("1101", "PROTOCOLO"), guide("G-3", List.of(),
        line(1, DAY, "10101012", "1", "120.00", "0.00", glosa("1101", "120.00")),
        line(2, DAY, "20101010", "1", "80.00", "0.00", glosa("1101", "80.00"))));
    PricingResult priced = account(guideResult("G-3", priced(1, "10101012", ItemKind.PROCEDURE, "1", "120.00", "120.00"),
        priced(2, "20101010", ItemKind.PROCEDURE, "1", "80.00", "80.00")));
    GlosaDispute.Outcome o = GlosaDispute.compare(p, priced, TEXT);
    assertTrue(o.disputed().isEmpty());
    assertNull(o.wholeGuides().stream().findFirst().orElse(null));
    assertEquals(money("200.00"), o.wholeProtocol().appealed());
    assertEquals(money("200.00"), o.protocolRecurso().value());
    assertEquals("1101", o.protocolRecurso().glosaCode());
    byte[] xml = RecursoWriter.write(header(), o.protocolRecurso());
    TissMessages.Recurso read = new MessageReader().recurso(new ByteArrayInputStream(xml)).message();
    assertEquals("1", read.object());
    assertEquals(money("200.00"), read.total());
    assertEquals("1101", read.protocolGlosa().code());
  }

  private static RecursoHeader header() {
    return new RecursoHeader("123456", "OPERADORA TESTE", new convenio.model.Provider("1001", "11222333000181", null,
        "Clínica", null), "L-1", "1", "R-1", DAY.plusDays(20), null, null);
  }

  private static ItemResult priced(int seq, String code, ItemKind kind, String qty, String presented, String pays) {
    Money p = money(presented);
    Money pay = money(pays);
    BigDecimal q = new BigDecimal(qty);
    Item item = new Item(seq, kind, "22", code, "Item " + code, q, null, DAY, null, null, null, null, null,
        Money.of(p.toBigDecimal().divide(q, 2, java.math.RoundingMode.HALF_UP)), p, null, List.of());
    PriceSource source = new PriceSource("price " + code + " = tabela", new SourcePos("c.convenio", 7, 1), "linear",
        null, null, null);
    // The contract's own glosa of what was presented above its price, so that presented = paid + glosed.
    List<convenio.model.Glosa> own = pay.lessThan(p) ? List.of(new convenio.model.Glosa("1705", BigDecimal.ZERO,
        p.minus(pay), "a maior", null, "glosa", new SourcePos("c.convenio", 9, 1), false)) : List.of();
    return new ItemResult(item, source, pay, pay, q, pay, Money.ZERO, own, List.of());
  }

  private static GuideResult guideResult(String number, ItemResult... items) {
    List<Item> its = new ArrayList<>();
    Money presented = Money.ZERO;
    for (ItemResult r : items) {
      its.add(r.item());
      presented = presented.plus(r.item().totalValue());
    }
    Guide g = new Guide(number, null, null, GuideType.SP_SADT, null, null, null, null, null, null, null, null, DAY,
        null, null, null, presented, its);
    return new GuideResult(g, List.of(items), List.of());
  }

  private static PricingResult account(GuideResult... guides) {
    return new PricingResult(Account.of("123456", null, java.util.Arrays.stream(guides).map(GuideResult::guide).toList()),
        "c", "1", "h", List.of(guides));
  }

  private static AnaliseConta.ItemAnalisado line(int seq, LocalDate date, String code, String qty, String presented,
      String paid, AnaliseConta.GlosaValor... glosas) {
    return new AnaliseConta.ItemAnalisado(seq, date, "22", code, "Item " + code, null, money(presented),
        new BigDecimal(qty), money(presented), money(paid), List.of(glosas));
  }

  private static AnaliseConta.GuiaAnalisada guide(String number, List<AnaliseConta.Motivo> whole,
      AnaliseConta.ItemAnalisado... lines) {
    Money presented = Money.ZERO, paid = Money.ZERO, glosed = Money.ZERO;
    for (AnaliseConta.ItemAnalisado l : lines) {
      presented = presented.plus(l.informado());
      paid = paid.plus(l.liberado());
      glosed = glosed.plus(l.glosado());
    }
    return new AnaliseConta.GuiaAnalisada(number, null, null, null, DAY, DAY, null, whole, List.of(lines), presented,
        presented, paid, glosed);
  }

  private static AnaliseConta.Protocolo protocol(AnaliseConta.Motivo whole, AnaliseConta.GuiaAnalisada... guides) {
    Money presented = Money.ZERO, paid = Money.ZERO, glosed = Money.ZERO;
    for (AnaliseConta.GuiaAnalisada g : guides) {
      presented = presented.plus(g.informado());
      paid = paid.plus(g.liberado());
      glosed = glosed.plus(g.glosado());
    }
    return new AnaliseConta.Protocolo("L-1", "1", DAY, null, whole, List.of(guides), presented, presented, paid, glosed);
  }

  private static AnaliseConta.GlosaValor glosa(String code, String value) {
    return new AnaliseConta.GlosaValor(code, money(value));
  }

  private static Money money(String plain) {
    return Money.of(plain);
  }
}
