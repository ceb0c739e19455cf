package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convenio.i18n.Lang;
import convenio.model.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a faturista reads from this package in Portuguese: a recurso refused for its justification, a problem of a
 * message, an account file that is not there, a message with two hashes. The expected texts are written by hand;
 * element names (sequencialItem, hash), codes and numbers are the same as in English.
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
}
