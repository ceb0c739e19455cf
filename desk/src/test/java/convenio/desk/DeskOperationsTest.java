package convenio.desk;

import static convenio.desk.Fixture.item;
import static convenio.desk.Fixture.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.ContractRegistry;
import convenio.i18n.Lang;
import convenio.model.Glosa;
import convenio.model.ItemResult;
import convenio.model.Percent;
import convenio.model.PricingResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the glosa screen on the March 2025 lote of the bundled Hospital São Lucas contract, items found
 * by guide and sequencialItem, the arithmetic written out, and presented + raised = paid + glosed checked per item,
 * guide and lote after each one (Operations.check, which the desk runs on every result it keeps).
 */
class DeskOperationsTest {
  @TempDir Path dir;
  ContractRegistry registry;
  Desk desk;
  long id;

  @BeforeEach
  void open() {
    Lang.setDefault(Lang.EN);
    registry = Fixture.registry(Fixture.copyContract(dir));
    desk = Desk.open(dir.resolve("history").toString(), Desk.pricer(registry));
    Desk.Added added = desk.add(Fixture.lote());
    assertTrue(added.created());
    id = added.view().id();
  }

  @AfterEach
  void close() {
    desk.close();
    registry.close();
  }

  PricingResult now() {
    return desk.view(id).result();
  }

  Desk.Outcome apply(Operation op) {
    Desk.Outcome o = desk.apply(id, op, "ana", null);
    Operations.check(o.view().result());
    return o;
  }

  @Test
  void theLoteIsKeptPricedAsTheContractSays() {
    PricingResult r = now();
    assertEquals(m("15656.54"), r.totals().presented());
    assertEquals(m("12952.36"), r.totals().paid());
    assertEquals(m("2704.18"), r.totals().glosed());
    assertEquals(1, desk.accounts().size());
    // the same lote again is the same account
    assertFalse(desk.add(Fixture.lote()).created());
    assertEquals(1, desk.accounts().size());
  }

  @Test
  void glosaAllGlossesTheWholeItemWithOneGlosa() {
    // RI-1001 seq 3 (31009336): presented 798,30, paid 558,81, glosed 239,49 (1837). Glosa tudo with 2014.
    Desk.Outcome o = apply(new Operation.GlosaAll("RI-1001", 3, "2014", "Material não utilizado"));
    ItemResult i = item(o.view().result(), "RI-1001", 3);
    assertEquals(m("0.00"), i.paid());
    assertEquals(m("798.30"), i.glosed());
    assertEquals(1, i.glosas().size());
    assertEquals("2014", i.glosas().get(0).code());
    assertTrue(i.glosas().get(0).manual());
    // guide: paid 8.152,36 − 558,81 = 7.593,55; glosed 399,70 + 558,81 = 958,51; 7.593,55 + 958,51 = 8.552,06
    assertEquals(m("7593.55"), o.view().result().guide("RI-1001").totals().paid());
    assertEquals(m("958.51"), o.view().result().guide("RI-1001").totals().glosed());
    assertEquals(List.of(new Operations.ItemRef("RI-1001", 3)), o.changed());
    assertEquals("ana", o.entry().auditor());
    assertEquals("Material não utilizado", o.entry().why());
  }

  @Test
  void glosaUnitsOrAnAmountBecomesThePrincipal() {
    // seq 8, diária 60000775: 2 × 480,00 = 960,00 paid. One unit: 960,00 × 1/2 = 480,00 glosed, 1 unit left paid.
    ItemResult i = item(apply(new Operation.GlosaPart("RI-1001", 8, BigDecimal.ONE, null, "1705", "")).view().result(),
        "RI-1001", 8);
    assertEquals(m("480.00"), i.paid());
    assertEquals(m("480.00"), i.glosed());
    assertEquals(0, BigDecimal.ONE.compareTo(i.paidQuantity()));
    assertEquals("VALOR APRESENTADO A MAIOR", i.glosas().get(0).text()); // blank text: the code's standard text
    // seq 11, luva: presented 15,00, paid 13,80, 1705 of 1,20. R$ 3,00 more: paid 10,80, glosed 4,20;
    // the new glosa is first (principal), the contract's 1705 of 1,20 second (complementary).
    ItemResult luva = item(apply(new Operation.GlosaPart("RI-1001", 11, null, m("3.00"), "2014", "sobra")).view()
        .result(), "RI-1001", 11);
    assertEquals(m("10.80"), luva.paid());
    assertEquals(m("4.20"), luva.glosed());
    assertEquals(List.of("2014", "1705"), luva.glosas().stream().map(Glosa::code).toList());
    // more than is paid is refused, and nothing changes
    DeskException e = assertThrows(DeskException.class,
        () -> desk.apply(id, new Operation.GlosaPart("RI-1001", 11, null, m("10.81"), "2014", ""), "ana", null));
    assertEquals("bad-amount", e.code());
    assertEquals(m("10.80"), item(now(), "RI-1001", 11).paid());
  }

  @Test
  void anAutomaticGlosaIsEditedAndAGlosaExcluded() {
    // seq 6, anaesthetist: presented 1.250,00, paid 1.148,19, 1705 of 101,81. The auditor lowers it to 50,00:
    // paid 1.148,19 + 101,81 − 50,00 = 1.200,00; 1.200,00 + 50,00 = 1.250,00.
    ItemResult i = item(apply(new Operation.EditGlosa("RI-1001", 6, 1, null, m("50.00"), "acordo com o prestador"))
        .view().result(), "RI-1001", 6);
    assertEquals(m("1200.00"), i.paid());
    assertEquals(m("50.00"), i.glosas().get(0).value());
    assertEquals("1705", i.glosas().get(0).code());
    assertEquals("acordo com o prestador", i.glosas().get(0).text());
    // seq 9, taxa de sala: presented 650,00, paid 600,00, 1705 of 50,00. Excluding it pays 650,00.
    ItemResult t = item(apply(new Operation.Revert("RI-1001", 9, 1)).view().result(), "RI-1001", 9);
    assertEquals(m("650.00"), t.paid());
    assertTrue(t.glosas().isEmpty());
    // then reverting paying the table value: 600,00 paid, the excess 650,00 − 600,00 = 50,00 glosed 1705 again
    ItemResult back = item(apply(new Operation.RevertTable("RI-1001", 9)).view().result(), "RI-1001", 9);
    assertEquals(m("600.00"), back.paid());
    assertEquals(List.of("1705"), back.glosas().stream().map(Glosa::code).toList());
    assertEquals(m("50.00"), back.glosed());
  }

  @Test
  void revertPaysWhatWasPresented() {
    // seq 15, propofol: presented 60,00, paid 52,80, 1705 of 7,20; reverted: paid 60,00, nothing glosed;
    // guide paid 8.152,36 + 7,20 = 8.159,56
    PricingResult r = apply(new Operation.Revert("RI-1001", 15, null)).view().result();
    assertEquals(m("60.00"), item(r, "RI-1001", 15).paid());
    assertEquals(m("8159.56"), r.guide("RI-1001").totals().paid());
    DeskException e = assertThrows(DeskException.class,
        () -> desk.apply(id, new Operation.Revert("RI-1001", 15, null), "ana", null));
    assertEquals("nothing-to-change", e.code());
  }

  @Test
  void aGroupGlosaAcrossGuidesBecomesThePrincipal() {
    // 10% of what is paid on mat/med of both guides. RI-1001: luva 13,80 → 1,38; fio 23,00 → 2,30; seringa 13,80 →
    // 1,38; cefazolina 39,60 → 3,96; propofol 52,80 → 5,28; together 14,30. RI-1002's mat/med are glosed whole in
    // the package (paid 0,00): left alone. Lote paid 12.952,36 − 14,30 = 12.938,06; glosed 2.704,18 + 14,30 = 2.718,48.
    Desk.Outcome o = apply(new Operation.GroupGlosa(List.of("RI-1001", "RI-1002"), "matmed", Percent.of(10), "2014",
        "auditoria de mat/med"));
    PricingResult r = o.view().result();
    assertEquals(m("12938.06"), r.totals().paid());
    assertEquals(m("2718.48"), r.totals().glosed());
    assertEquals(5, o.changed().size());
    ItemResult luva = item(r, "RI-1001", 11);
    assertEquals(List.of("2014", "1705"), luva.glosas().stream().map(Glosa::code).toList());
    assertEquals(m("1.38"), luva.glosas().get(0).value());
    assertEquals(m("1.20"), luva.glosas().get(1).value());
    assertEquals(m("12.42"), luva.paid()); // 13,80 − 1,38
    // nothing selected (every OPME paid in RI-1001 only; gases in RI-1002: none) is refused
    DeskException e = assertThrows(DeskException.class, () -> desk.apply(id,
        new Operation.GroupGlosa(List.of("RI-1002"), "gases", Percent.of(10), "2014", ""), "ana", null));
    assertEquals("nothing-selected", e.code());
  }

  @Test
  void aCodeFilterAndTheSameDateSelectItems() {
    // codes 7000004*,70000089: luva (13,80) and fio (23,00); 50% → 6,90 + 11,50 = 18,40
    PricingResult r = apply(new Operation.GroupGlosa(List.of(), "codes:7000004*,70000089", Percent.of(50), "2014", ""))
        .view().result();
    assertEquals(m("12933.96"), r.totals().paid()); // 12.952,36 − 18,40
    // same date 2025-03-11: only the visita 10102019 (87,32); 100% → paid 0,00, its unit glosed too
    ItemResult v = item(apply(new Operation.GroupGlosa(List.of(), "date:2025-03-11", Percent.HUNDRED, "1801", ""))
        .view().result(), "RI-1001", 7);
    assertEquals(m("0.00"), v.paid());
    assertEquals(0, BigDecimal.ZERO.compareTo(v.paidQuantity()));
  }

  @Test
  void aDailyRateIsSplitIntoConsecutiveDays() {
    // seq 8, diária 60000775 of 2 units, 960,00, on 2025-03-10: day 1 keeps seq 8 (1 unit, 480,00, 10/03); day 2 is
    // seq 17, the guide's next (it has 16 items), 1 unit, 480,00, 11/03.
    Desk.Outcome o = apply(new Operation.Split("RI-1001", 8, 2));
    PricingResult r = o.view().result();
    ItemResult d1 = item(r, "RI-1001", 8), d2 = item(r, "RI-1001", 17);
    assertEquals(m("480.00"), d1.presented());
    assertEquals(m("480.00"), d2.paid());
    assertEquals(LocalDate.of(2025, 3, 10), d1.item().date());
    assertEquals(LocalDate.of(2025, 3, 11), d2.item().date());
    assertEquals(m("8552.06"), r.guide("RI-1001").totals().presented());
    // more days than units, none, or a procedure: refused with bad-split
    for (Operation bad : List.of(new Operation.Split("RI-1001", 17, 2), new Operation.Split("RI-1001", 9, -1),
        new Operation.Split("RI-1001", 1, 1))) {
      DeskException e = assertThrows(DeskException.class, () -> desk.apply(id, bad, "ana", null));
      assertEquals("bad-split", e.code(), e.getMessage());
    }
  }

  @Test
  void aCodeOutsideTable38IsRefusedWithTheNearestCodes() {
    DeskException e = assertThrows(DeskException.class,
        () -> desk.apply(id, new Operation.GlosaAll("RI-1001", 3, "1799", ""), "ana", null));
    assertEquals("unknown-glosa-code", e.code());
    assertFalse(e.suggestions().isEmpty());
    for (String s : e.suggestions()) {
      assertTrue(convenio.common.StandardJustifications.of(s) != null, s);
      assertTrue(e.getMessage().contains(s), e.getMessage());
    }
    assertEquals(m("558.81"), item(now(), "RI-1001", 3).paid()); // unchanged
  }

  @Test
  void undoTakesBackTheLastDecisionAndTheLogKeepsBoth() {
    apply(new Operation.GroupGlosa(List.of(), "all", Percent.of(10), "2014", "auditoria"));
    Desk.Outcome u = apply(new Operation.Undo());
    assertEquals(m("12952.36"), u.view().result().totals().paid());
    List<Desk.Entry> log = u.view().log();
    assertEquals(2, log.size());
    assertTrue(log.get(0).undone());
    assertEquals("undo", log.get(1).operation().path("op").asText());
    assertEquals(1, log.get(1).operation().path("undoes").asInt());
    DeskException e = assertThrows(DeskException.class, () -> desk.apply(id, new Operation.Undo(), "ana", null));
    assertEquals("nothing-to-undo", e.code());
  }

  @Test
  void decisionsSurviveARestart() {
    apply(new Operation.GlosaAll("RI-1001", 3, "2014", "x"));
    apply(new Operation.Split("RI-1001", 8, 2));
    PricingResult before = now();
    desk.close();
    desk = Desk.open(dir.resolve("history").toString(), Desk.pricer(registry));
    Desk.View v = desk.view(id);
    assertEquals(before.totals(), v.result().totals());
    assertEquals(m("480.00"), item(v.result(), "RI-1001", 17).paid());
    assertEquals(2, v.log().size());
    assertEquals("ana", v.log().get(0).auditor());
    assertTrue(v.moot().isEmpty());
  }

  @Test
  void anOperationNeedsAnAuditor() {
    DeskException e = assertThrows(DeskException.class,
        () -> desk.apply(id, new Operation.Revert("RI-1001", 15, null), " ", null));
    assertEquals("no-auditor", e.code());
  }
}
