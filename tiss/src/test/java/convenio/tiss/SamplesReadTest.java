package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three real samples read whole, with the counts taken independently (grep, see test resources SOURCES.md):
 * 1 guide / 1 procedure, 1 guide / 3 procedures, 14 guides / 46 procedures with 46 team members.
 */
class SamplesReadTest {
  private final TissReader reader = new TissReader();

  @Test
  void resumoInternacao305FirstSample() {
    TissReadResult r = reader.read(TestFiles.sample("v3.05-resumo-internacao-1.xml"));
    Account a = r.account();
    assertEquals("3.05.00", a.tissVersion());
    assertEquals("3", a.loteNumber());
    assertEquals("364592", a.operatorAns());
    assertEquals("38010265000143", a.provider().cnpj());
    assertEquals(LocalDate.of(2022, 6, 27), a.sentOn());
    assertEquals(1, a.guides().size());
    Guide g = a.guides().get(0);
    assertEquals(GuideType.RESUMO_INTERNACAO, g.type());
    assertEquals("7", g.number());
    assertEquals("789456123", g.operatorNumber());
    assertEquals("334455", g.mainGuideNumber());
    assertEquals("5252", g.beneficiary().cardNumber());
    assertEquals("MARIA ATONIETA", g.beneficiary().name(), "3.x nomeBeneficiario captured from the raw stream");
    assertEquals("CLINICA SUPERAR", g.executor().name(), "3.x nomeContratado captured from the raw stream");
    assertEquals("38010265000143", g.executor().cnpj());
    assertEquals("9999999", g.executor().cnes());
    assertEquals("2", g.character());
    assertEquals("4", g.billingType());
    assertEquals("11", g.dischargeReason());
    assertEquals("682502", g.authorizationNumber());
    assertEquals(LocalDate.of(2022, 6, 17), g.authorizationDate());
    assertEquals(LocalDate.of(2022, 6, 17), g.startDate());
    assertEquals(LocalTime.of(21, 11), g.startTime());
    assertEquals(LocalDate.of(2022, 6, 26), g.endDate());
    assertEquals(LocalTime.of(23, 0), g.endTime());
    assertEquals(Money.of("52.41"), g.presentedTotal());
    assertEquals(1, g.items().size());
    Item i = g.items().get(0);
    assertEquals(ItemKind.PROCEDURE, i.kind());
    assertEquals("18", i.table());
    assertEquals("444", i.code());
    assertEquals(0, new BigDecimal("1").compareTo(i.quantity()));
    assertEquals("1", i.route());
    assertEquals("1", i.technique());
    assertEquals(new BigDecimal("1.00"), i.factor());
    assertEquals(Money.of("52.41"), i.unitValue());
    assertEquals(Money.of("52.41"), i.totalValue());
    assertEquals(LocalTime.of(12, 0), i.startTime());
    assertTrue(r.hash().matches());
    assertTrue(r.problems().isEmpty(), () -> "no problems without validation: " + r.problems());
  }

  @Test
  void resumoInternacao305SecondSampleKeepsReadingPastEmptyValues() {
    TissReadResult r = reader.read(TestFiles.sample("v3.05-resumo-internacao-2.xml"));
    Guide g = r.account().guide("87");
    assertTrue(g.beneficiary().newborn());
    assertEquals("joca jumbo", g.beneficiary().name());
    assertEquals(3, g.items().size());
    assertEquals(List.of(2, 3, 4), g.items().stream().map(Item::seq).toList(),
        "sequencialItem kept as the provider numbered it");
    assertNull(g.item(2).route(), "empty viaAcesso reads as absent");
    assertNull(g.item(4).startTime(), "empty horaInicial reads as absent");
    assertEquals(Money.of("1504.24"), g.item(3).totalValue());
    assertEquals(Money.of("1626.89"), g.presentedTotal());
    // Each empty value is one warning with its place (4 empty codes, 2 empty times), nothing else.
    assertEquals(6, r.problems().size(), r.problems()::toString);
    assertTrue(r.problems().stream().anyMatch(p -> p.line() == 100 && p.column() == 33
        && p.message().startsWith("horaInicial")), r.problems()::toString);
    assertTrue(r.problems().stream().allMatch(p -> "87".equals(p.guide())));
    assertTrue(r.hash().matches());
  }

  @Test
  void realLoteOf14SpSadtGuides() {
    TissReadResult r = reader.read(TestFiles.sample("v4.02-lote-sadt-14-guias.xml"));
    Account a = r.account();
    assertEquals("4.02.00", a.tissVersion());
    assertEquals("639", a.loteNumber());
    assertEquals("339679", a.operatorAns());
    assertEquals("97498504", a.provider().codeAtOperator());
    assertEquals(14, a.guides().size());
    int items = 0;
    int team = 0;
    Money presented = Money.ZERO;
    for (Guide g : a.guides()) {
      assertEquals(GuideType.SP_SADT, g.type());
      items += g.items().size();
      Money sum = Money.ZERO;
      for (Item i : g.items()) {
        team += i.team().size();
        sum = sum.plus(i.totalValue());
        assertEquals("12", i.degree(), "one clinician per line: the line is billed for that degree");
      }
      assertEquals(g.presentedTotal(), sum, "guide " + g.number() + ": items add up to valorTotalGeral");
      presented = presented.plus(sum);
    }
    assertEquals(46, items);
    assertEquals(46, team);
    assertEquals(Money.of("1396.56"), presented);
    int[] perGuide = {2, 4, 6, 2, 4, 4, 2, 2, 2, 6, 2, 4, 2, 4};
    for (int k = 0; k < perGuide.length; k++) assertEquals(perGuide[k], a.guides().get(k).items().size());
    Guide first = a.guides().get(0);
    assertEquals("1046294", first.number(), "guides in the order of the lote");
    assertEquals("3535781833", first.authorizationNumber());
    assertEquals(LocalDate.of(2026, 3, 10), first.authorizationDate());
    assertEquals("1", first.character());
    assertEquals("9794220", first.executor().cnes());
    assertEquals("50000560", first.item(1).code());
    assertEquals("PROFISSIONAL 01", first.item(1).team().get(0).name());
    assertEquals("07", first.item(1).team().get(0).council());
    assertTrue(r.hash().matches());
    assertTrue(r.problems().isEmpty(), r.problems()::toString);
  }
}
