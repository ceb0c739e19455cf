package convenio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Messages M = Messages.of(MessagesTest.class, "convenio.i18n.sample");

  @Test
  void eachLanguageReadsItsOwnFileAndApostrophesAreLiteral() {
    // Unlike MessageFormat, an apostrophe is an apostrophe: what the file says is what the user reads.
    assertEquals("the contract 'sao-lucas' has 3 rules", M.in(Lang.EN, "greeting", "sao-lucas", 3));
    assertEquals("o contrato 'sao-lucas' tem 3 regras", M.in(Lang.PT, "greeting", "sao-lucas", 3));
    assertEquals("sem marcadores, {chaves} mantidas", M.in(Lang.PT, "plain", "x"));
  }

  @Test
  void aMissingKeyPrintsItsNameInsteadOfFailingTheCommand() {
    assertEquals("‹nope›", M.in(Lang.PT, "nope"));
  }

  @Test
  void aThreadCanAnswerInAnotherLanguage() {
    Lang.setDefault(Lang.EN);
    assertEquals("o contrato 'x' tem 1 regras", Lang.with(Lang.PT, () -> M.get("greeting", "x", 1)));
    assertEquals(Lang.EN, Lang.current());
  }

  @Test
  void theEnvironmentChoosesAsPosixDoes() {
    assertEquals(Lang.PT, Lang.fromEnvironment(Map.of("LANG", "pt_BR.UTF-8")));
    assertEquals(Lang.EN, Lang.fromEnvironment(Map.of("LANG", "pt_BR.UTF-8", "LC_ALL", "C.UTF-8")));
    assertEquals(Lang.PT, Lang.fromEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "pt_BR")));
    assertEquals(Lang.EN, Lang.fromEnvironment(Map.of("LC_ALL", "", "LANG", "C")));
    assertEquals(Lang.EN, Lang.fromEnvironment(Map.of()));
  }

  @Test
  void theLangOptionAcceptsShortAndLocaleForms() {
    assertEquals(Lang.PT, Lang.parse("pt"));
    assertEquals(Lang.PT, Lang.parse("pt-BR"));
    assertEquals(Lang.EN, Lang.parse("en_US.UTF-8"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lang.parse("fr"));
    assertEquals("unknown language 'fr' (expected pt or en)", e.getMessage());
  }
}
