package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every guide type and every release, from the hand-written messages (each valid against its own schema). */
class SyntheticGuidesTest {
  private final TissReader validating = new TissReader(ReadOptions.DEFAULTS.withValidation(true));

  @ParameterizedTest
  @ValueSource(strings = {"consulta-3.05.xml", "consulta-4.03.xml", "honorarios-4.01.xml", "honorarios-4.03.xml",
      "internacao-4.03.xml", "sadt-4.00.00.xml", "sadt-4.00.01.xml"})
  void validMessagesReadWithoutAnyProblem(String file) {
    TissReadResult r = validating.read(TestFiles.synthetic(file));
    assertTrue(r.summary().validated());
    assertTrue(r.problems().isEmpty(), () -> file + ": " + r.problems());
    assertTrue(r.hash().matches());
    assertTrue(TissValidator.validate(TestFiles.synthetic(file)).isEmpty());
  }

  @Test
  void consultation() {
    List<Guide> guides = validating.read(TestFiles.synthetic("consulta-4.03.xml")).account().guides();
    assertEquals(2, guides.size());
    Guide g = guides.get(0);
    assertEquals("C-1", g.number(), "guides in the order of the lote");
    assertEquals(GuideType.CONSULTA, g.type());
    assertEquals("OPC-1", g.operatorNumber());
    assertEquals("11222333000181", g.executor().cnpj());
    assertEquals("1234567", g.executor().cnes());
    assertEquals(LocalDate.of(2026, 3, 2), g.startDate());
    assertEquals(Money.of("180.00"), g.presentedTotal());
    Item i = g.item(1);
    assertEquals("10101012", i.code());
    assertEquals("22", i.table());
    assertEquals(Money.of("180.00"), i.unitValue());
    assertEquals(Money.of("180.00"), i.totalValue());
    assertEquals("MEDICA EXEMPLO", i.team().get(0).name());
    assertNull(i.degree());
    assertEquals(Money.of("95.50"), validating.read(TestFiles.synthetic("consulta-4.03.xml")).account().guide("C-2").item(1).totalValue());
  }

  @Test
  void consultation305KeepsTheNames4xDropped() {
    TissReadResult r = validating.read(TestFiles.synthetic("consulta-3.05.xml"));
    Guide g = r.account().guide("C-305");
    assertEquals("JOSÉ DA CONCEIÇÃO", g.beneficiary().name());
    assertEquals("CLÍNICA SÃO JOÃO", g.executor().name());
    assertEquals("PREST01", g.executor().codeAtOperator());
    // Non-ASCII text: the UTF-8 form of the hash is the one written; the ISO-8859-1 form differs.
    assertTrue(r.hash().found().equals(r.hash().computed()));
    assertTrue(!r.hash().computed().equals(r.hash().computedLatin1()));
  }

  @Test
  void feesGuide() {
    Guide g = validating.read(TestFiles.synthetic("honorarios-4.03.xml")).account().guide("H-1");
    assertEquals(GuideType.HONORARIOS, g.type());
    assertEquals("INT-77", g.mainGuideNumber());
    assertEquals("SENHA77", g.authorizationNumber());
    assertEquals("OP77", g.operatorNumber());
    assertEquals("EQUIPE01", g.executor().codeAtOperator());
    assertEquals("1234567", g.executor().cnes());
    assertEquals("2", g.character());
    assertEquals(LocalDate.of(2026, 2, 10), g.startDate());
    assertEquals(LocalDate.of(2026, 2, 12), g.endDate());
    assertEquals(Money.of("1560.00"), g.presentedTotal());
    assertEquals("00", g.item(1).degree());
    assertEquals("12345678909", g.item(1).team().get(0).code());
    assertEquals("01", g.item(2).degree());
    assertEquals("AUX0001", g.item(2).team().get(0).code());
    assertEquals(new BigDecimal("0.30"), g.item(2).factor());
  }

  @Test
  void feesGuide401HasNoCharacterAndIsValidAgainstItsOwnSchemaOnly() {
    TissReadResult r = validating.read(TestFiles.synthetic("honorarios-4.01.xml"));
    assertNull(r.account().guide("H-2").character());
    assertTrue(r.problems().isEmpty());
    List<TissProblem> against403 = TissValidator.validate(
        new ByteArrayInputStream(bytes("honorarios-4.01.xml")), TissRelease.CURRENT);
    assertEquals(1, against403.size(), against403::toString);
    assertTrue(against403.get(0).message().contains("caraterAtendimento"));
  }

  @Test
  void hospitalizationWithTeamAndEveryKindOfExpense() {
    Guide g = validating.read(TestFiles.synthetic("internacao-4.03.xml")).account().guide("R-1");
    assertEquals(GuideType.RESUMO_INTERNACAO, g.type());
    assertEquals("12", g.dischargeReason());
    assertEquals("4", g.billingType());
    assertEquals(LocalTime.of(7, 0), g.startTime());
    assertEquals(7, g.items().size());
    Item surgery = procedure(g, 1);
    assertEquals(2, surgery.team().size());
    assertNull(surgery.degree(), "a line with a surgeon and an anesthetist is not billed for one degree");
    assertEquals("2", surgery.technique());
    List<ItemKind> kinds = g.items().stream().skip(1).map(Item::kind).toList();
    assertEquals(List.of(ItemKind.DAILY_RATE, ItemKind.FEE, ItemKind.MATERIAL, ItemKind.MEDICATION, ItemKind.OPME,
        ItemKind.GAS), kinds);
    Item material = expense(g, 3);
    assertEquals("036", material.unit());
    assertEquals(0, new BigDecimal("2").compareTo(material.quantity()));
    assertEquals(Money.of("10.50"), material.totalValue());
    assertEquals(LocalDate.of(2026, 2, 11), material.date());
    assertEquals(new BigDecimal("1.5"), expense(g, 6).quantity());
    Money sum = Money.ZERO;
    for (Item i : g.items()) sum = sum.plus(i.totalValue());
    assertEquals(g.presentedTotal(), sum);
  }

  @Test
  void spSadtWithTwoDegreesAndAnExpense() {
    Guide g = validating.read(TestFiles.synthetic("sadt-4.00.01.xml")).account().guide("S-1");
    assertEquals("S-0", g.mainGuideNumber());
    assertTrue(g.beneficiary().newborn());
    assertEquals("12345678909", g.executor().cpf());
    assertEquals("41", g.dischargeReason());
    assertEquals("2", g.character());
    assertNull(g.item(1).degree());
    assertEquals(ItemKind.MATERIAL, g.item(2).kind());
  }

  @Test
  void inactiveExpenseCodeReadsAsFeeWithAWarning() {
    String xml = new String(bytes("internacao-4.03.xml"), StandardCharsets.ISO_8859_1)
        .replace("<ans:codigoDespesa>07</ans:codigoDespesa>", "<ans:codigoDespesa>04</ans:codigoDespesa>");
    TissReadResult r = new TissReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(ItemKind.FEE, expense(r.account().guide("R-1"), 2).kind());
    List<TissProblem> codes = r.problems().stream().filter(p -> p.kind() == TissProblem.Kind.UNKNOWN_CODE).toList();
    assertEquals(1, codes.size(), r.problems()::toString);
    assertTrue(codes.get(0).message().contains("inactive"), codes.get(0)::toString);
    assertTrue(codes.get(0).line() > 0);
  }

  @Test
  void unknownExpenseCodeSkipsTheGuide() {
    String xml = new String(bytes("internacao-4.03.xml"), StandardCharsets.ISO_8859_1)
        .replace("<ans:codigoDespesa>07</ans:codigoDespesa>", "<ans:codigoDespesa>09</ans:codigoDespesa>");
    TissReadResult r = new TissReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(0, r.account().guides().size());
    assertEquals(1, r.summary().guidesSkipped());
    assertTrue(r.problems().stream().anyMatch(p -> p.kind() == TissProblem.Kind.GUIDE_SKIPPED
        && "R-1".equals(p.guide()) && p.message().contains("codigoDespesa '09'")), r.problems()::toString);
  }

  @Test
  void anUnknownPadraoIsReadWithTheCurrentBindingAndSaidOnce() {
    String xml = new String(bytes("consulta-3.05.xml"), StandardCharsets.ISO_8859_1)
        .replace("<ans:Padrao>3.05.00</ans:Padrao>", "<ans:Padrao>3.04.01</ans:Padrao>");
    TissReadResult r = validating.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("JOSÉ DA CONCEIÇÃO", r.account().guide("C-305").beneficiary().name());
    assertEquals("3.04.01", r.account().tissVersion());
    assertTrue(!r.summary().validated());
    List<TissProblem> messages = r.problems().stream().filter(p -> p.kind() == TissProblem.Kind.MESSAGE).toList();
    assertEquals(1, messages.size(), r.problems()::toString);
    assertTrue(messages.get(0).message().contains("Padrao 3.04.01 is not a release this project keeps"));
    assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("nomeBeneficiario")), "captured, not unknown");
  }

  static byte[] bytes(String synthetic) {
    try {
      return Files.readAllBytes(TestFiles.synthetic(synthetic));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /*
   * In a resumo de internação TISS numbers the procedures and the outras despesas apart (sequencialItem starts at 1 in
   * each list), so an item there is found by its list and its sequence number.
   */
  private static Item procedure(Guide g, int seq) {
    return g.items().stream().filter(i -> i.kind() == ItemKind.PROCEDURE && i.seq() == seq).findFirst().orElseThrow();
  }

  private static Item expense(Guide g, int seq) {
    return g.items().stream().filter(i -> i.kind() != ItemKind.PROCEDURE && i.seq() == seq).findFirst().orElseThrow();
  }
}
