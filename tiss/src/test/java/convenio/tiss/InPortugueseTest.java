package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convenio.i18n.Lang;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Provider;
import convenio.model.SourcePos;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a faturista reads from this package in Portuguese: a recurso refused for its justification, a problem of a
 * message, an account file that is not there, a message with two hashes, a demonstrativo or a recurso that cannot be
 * written valid, a guide of a lote that is not read. The expected texts are written by hand; element names
 * (sequencialItem, hash, codigoDespesa), codes and numbers are the same as in English.
 */
class InPortugueseTest {

  @Test
  void aRecursoWithoutJustificationIsRefusedNamingTheGuideAndItem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lang.with(Lang.PT,
        () -> new RecursoItem("123", null, null, 2, LocalDate.of(2025, 3, 10), "22", "10101012", null, null, "1705",
            Money.parse("R$ 50,00"), " ")));
    assertEquals("um recurso de glosa precisa de justificativa (guia 123, item 2)", e.getMessage());
  }

  @Test
  void aJustificationLongerThanTissHoldsIsRefusedWithItsLength() {
    IllegalArgumentException guide = assertThrows(IllegalArgumentException.class, () -> Lang.with(Lang.PT,
        () -> new RecursoGuiaCompleta("55", null, null, "1714", Money.parse("R$ 300,00"), "x".repeat(501))));
    assertEquals("a justificativa da guia 55 tem 501 caracteres; o TISS aceita no máximo 500", guide.getMessage());
    IllegalArgumentException protocol = assertThrows(IllegalArgumentException.class, () -> Lang.with(Lang.PT,
        () -> new RecursoProtocolo("1714", Money.parse("R$ 300,00"), "")));
    assertEquals("um recurso de glosa precisa de justificativa (protocolo)", protocol.getMessage());
  }

  @Test
  void aProblemIsAnAvisoOrAnErroOfItsGuide() {
    TissProblem p = TissProblem.warning(TissProblem.Kind.BAD_VALUE, 100, 33, "87", "horaInicial: ''");
    assertEquals("100:33: aviso: horaInicial: '' (guia 87)", Lang.with(Lang.PT, p::toString));
    assertEquals("100:33: warning: horaInicial: '' (guide 87)", Lang.with(Lang.EN, p::toString));
    TissProblem e = TissProblem.error(TissProblem.Kind.HASH, 0, 0, null, "hash");
    assertEquals("erro: hash", Lang.with(Lang.PT, e::toString));
  }

  @Test
  void anAccountFileThatIsNotThereOrNotAnAccount() {
    Path missing = Path.of("target", "nao-existe.xml");
    assertEquals(missing + ": arquivo inexistente",
        Lang.with(Lang.PT, () -> AccountFiles.load(missing).firstError()));
    Path notAnAccount = Path.of("src", "test", "java", "convenio", "tiss", "InPortugueseTest.java");
    assertEquals(notAnAccount + ": não é uma conta (esperado um lote TISS .xml, ou uma conta .yaml/.json)",
        Lang.with(Lang.PT, () -> AccountFiles.load(notAnAccount).firstError()));
  }

  @Test
  void aMessageWithTwoHashElementsIsRefused() {
    byte[] xml = ("<ans:mensagemTISS xmlns:ans=\"http://www.ans.gov.br/padroes/tiss/schemas\">"
        + "<ans:epilogo><ans:hash>a</ans:hash></ans:epilogo><ans:epilogo><ans:hash>b</ans:hash></ans:epilogo>"
        + "</ans:mensagemTISS>").getBytes(StandardCharsets.UTF_8);
    TissException e = assertThrows(TissException.class, () -> Lang.with(Lang.PT, () -> TissHash.compute(xml)));
    assertEquals("a mensagem tem 2 elementos hash; o TISS prevê exatamente um", e.getMessage());
  }

  @Test
  void aDemonstrativoWithAGlosaCodeOutsideTable38IsRefusedNamingTheGuideAndItem() throws Exception {
    PricingResult p = TestFiles.priced(new TissReader().read(TestFiles.sample("v3.05-resumo-internacao-1.xml"))
        .account());
    var gr = p.guides().get(0);
    var ir = gr.items().get(0);
    var glosa = new Glosa("9956", BigDecimal.ONE, ir.item().totalValue(), "código da operadora",
        GlosaGroup.ADMINISTRATIVE, "r", SourcePos.NONE, true);
    var bad = new ItemResult(ir.item(), null, null, Money.ZERO, BigDecimal.ZERO, Money.ZERO, Money.ZERO,
        List.of(glosa), List.of());
    PricingResult withBad = p.withGuides(List.of(gr.withItems(List.of(bad))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lang.with(Lang.PT,
        () -> DemonstrativoWriter.write(withBad, TestFiles.demonstrativoHeader())));
    assertEquals("não é possível escrever um demonstrativo de análise de conta válido (TISS 4.03.00): guia 7, item 1: "
        + "o código de glosa '9956' não está em dm_tipoGlosa (tabela 38 da TISS)", e.getMessage());
  }

  @Test
  void aRecursoWithoutGlosasFromAnUnidentifiedProviderIsRefusedWithEveryReason() {
    RecursoHeader h = new RecursoHeader("339679", "OPERADORA EXEMPLO", new Provider(null, null, null, "CLÍNICA", null),
        "L1", "202604010001", "REC-1", LocalDate.of(2026, 4, 10), LocalTime.of(14, 0), null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Lang.with(Lang.PT, () -> RecursoWriter.write(h, List.of())));
    assertEquals("não é possível escrever um recurso de glosa válido (TISS 4.03.00): um recurso de glosa precisa de "
        + "pelo menos uma glosa contestada; origem: o prestador não tem código na operadora, CNPJ nem CPF; "
        + "dadosContratado: o prestador não tem código na operadora, CNPJ nem CPF", e.getMessage());
  }

  @Test
  void aGuideAppealedWholeCannotAlsoHaveItsItemsAppealed() {
    RecursoHeader h = new RecursoHeader("339679", "OPERADORA EXEMPLO",
        new Provider(null, "12345678000199", null, "CLÍNICA", null), "L1", "202604010001", "REC-1",
        LocalDate.of(2026, 4, 10), LocalTime.of(14, 0), null);
    RecursoGuiaCompleta whole = new RecursoGuiaCompleta("55", null, null, "1714", Money.parse("R$ 300,00"),
        "a guia inteira foi glosada sem motivo");
    RecursoItem item = new RecursoItem("55", null, null, 2, LocalDate.of(2025, 3, 10), "22", "10101012", null, null,
        "1705", Money.parse("R$ 50,00"), "valor da tabela do contrato");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Lang.with(Lang.PT, () -> RecursoWriter.write(h, List.of(item), List.of(whole))));
    assertEquals("não é possível escrever um recurso de glosa válido (TISS 4.03.00): guia 55, item 2: a guia tem "
        + "recurso por inteiro (recursoGuiaCompleta); seus itens não podem ter recurso um a um no mesmo recurso",
        e.getMessage());
  }

  @Test
  void aGuideWhoseExpenseHasNoKindIsNotReadAndTheProblemSaysWhy() throws Exception {
    String xml = Files.readString(TestFiles.synthetic("internacao-4.03.xml"), StandardCharsets.ISO_8859_1)
        .replace("<ans:codigoDespesa>07</ans:codigoDespesa>", "<ans:codigoDespesa>09</ans:codigoDespesa>");
    TissReadResult r = Lang.with(Lang.PT, () -> new TissReader().read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1))));
    List<String> skipped = r.problems().stream().filter(p -> p.kind() == TissProblem.Kind.GUIDE_SKIPPED)
        .map(TissProblem::message).toList();
    assertEquals(List.of("guia R-1 não lida: outra despesa 2 tem codigoDespesa '09', que não é um tipo de "
        + "dm_outrasDespesas (01 gases, 02 medicamentos, 03 materiais, 05 diárias, 07 taxas e aluguéis, 08 OPME); "
        + "o restante do lote é lido"), skipped);
  }
}
