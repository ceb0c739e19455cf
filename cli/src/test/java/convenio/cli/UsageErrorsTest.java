package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.i18n.Lang;
import org.junit.jupiter.api.Test;

/**
 * The command line's usage errors, which picocli writes in English from inside its parser, reach the reader in their
 * language: the same first line in English as picocli's, its Portuguese with {@code --lang pt}, the same "did you
 * mean" names and the same exit code (2) in both.
 */
class UsageErrorsTest {
  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  @Test
  void anUnknownOptionWithThePossibleSolutions() {
    HelpAndExitCodesTest.Run en = HelpAndExitCodesTest.run("price", "--contract", "c.convenio", "--contrat=x",
        "a.xml");
    assertEquals(2, en.exit(), en.err());
    assertEquals("Unknown option: '--contrat=x'", firstLine(en.err()));
    assertTrue(en.err().contains("\nPossible solutions: --contract"), en.err());
    HelpAndExitCodesTest.Run pt = HelpAndExitCodesTest.run("--lang", "pt", "price", "--contract", "c.convenio",
        "--contrat=x", "a.xml");
    assertEquals(2, pt.exit(), pt.err());
    assertEquals("Opção desconhecida: '--contrat=x'", firstLine(pt.err()));
    assertTrue(pt.err().contains("\nSoluções possíveis: --contract"), pt.err());
  }

  @Test
  void aMisspeltCommandWithTheCommandsItResembles() {
    HelpAndExitCodesTest.Run en = HelpAndExitCodesTest.run("chek");
    assertEquals(2, en.exit(), en.err());
    assertEquals("Unmatched argument at index 0: 'chek'", firstLine(en.err()));
    assertTrue(en.err().contains("\nDid you mean: convenio check"), en.err());
    HelpAndExitCodesTest.Run pt = HelpAndExitCodesTest.run("chek", "--lang", "pt");
    assertEquals(2, pt.exit(), pt.err());
    assertEquals("Argumento inesperado na posição 0: 'chek'", firstLine(pt.err()));
    assertTrue(pt.err().contains("\nVocê quis dizer: convenio check"), pt.err());
  }

  @Test
  void aMissingRequiredOptionAndAMissingValue() {
    HelpAndExitCodesTest.Run en = HelpAndExitCodesTest.run("explain", "--contract", "c.convenio", "a.xml");
    assertEquals(2, en.exit(), en.err());
    assertEquals("Missing required option: '--item=N'", firstLine(en.err()));
    HelpAndExitCodesTest.Run pt = HelpAndExitCodesTest.run("--lang", "pt", "explain", "--contract", "c.convenio",
        "a.xml");
    assertEquals("Falta a opção obrigatória: '--item=N'", firstLine(pt.err()));
    assertEquals(2, pt.exit());
    pt = HelpAndExitCodesTest.run("--lang", "pt", "explain", "a.xml", "--item");
    assertEquals("Falta o valor para a opção '--item' (N)", firstLine(pt.err()));
    assertEquals(2, pt.exit());
  }

  @Test
  void aValueOfTheWrongKindAndAnOptionGivenTwice() {
    HelpAndExitCodesTest.Run en = HelpAndExitCodesTest.run("explain", "--contract", "c.convenio", "a.xml",
        "--item", "três");
    assertEquals(2, en.exit(), en.err());
    assertEquals("Invalid value for option '--item': 'três' is not a whole number", firstLine(en.err()));
    HelpAndExitCodesTest.Run pt = HelpAndExitCodesTest.run("--lang", "pt", "explain", "--contract", "c.convenio",
        "a.xml", "--item", "três");
    assertEquals("Valor inválido para a opção '--item': 'três' não é um número inteiro", firstLine(pt.err()));
    pt = HelpAndExitCodesTest.run("--lang", "pt", "price", "--contract", "c.convenio", "a.xml", "--format", "pdf");
    assertEquals("Valor inválido para a opção '--format': esperava um de [table, json, yaml, ndjson, csv,"
        + " xml] (maiúsculas e minúsculas contam), mas veio 'pdf'", firstLine(pt.err()));
    en = HelpAndExitCodesTest.run("price", "--contract", "a.convenio", "--contract", "b.convenio", "a.xml");
    assertEquals(2, en.exit(), en.err());
    assertEquals("option '--contract' (C) should be specified only once", firstLine(en.err()));
    pt = HelpAndExitCodesTest.run("--lang", "pt", "price", "--contract", "a.convenio", "--contract", "b.convenio",
        "a.xml");
    assertEquals(2, pt.exit(), pt.err());
    assertEquals("a opção '--contract' (C) deve aparecer uma única vez", firstLine(pt.err()));
  }

  /** Sentences the bundled commands cannot provoke (no option group, no arity above one) read the same way. */
  @Test
  void picocliSentencesInPortuguese() {
    Lang before = Lang.current();
    Lang.setDefault(Lang.PT);
    try {
      assertEquals("Erro: --a, --b não podem ser usadas juntas (dê só uma)",
          UsageErrors.message("Error: --a, --b are mutually exclusive (specify only one)"));
      assertEquals("Erro: falta um argumento obrigatório (dê um destes): (--a | --b)",
          UsageErrors.message("Error: Missing required argument (specify one of these): (--a | --b)"));
      assertEquals("Faltam os parâmetros obrigatórios: 'ACCOUNT', 'OUT'",
          UsageErrors.message("Missing required parameters: 'ACCOUNT', 'OUT'"));
      assertEquals("Opção desconhecida: '-x'; Esperava um valor para a opção '--out' (PATH), mas veio '-x'",
          UsageErrors.message("Unknown option: '-x'; Expected parameter for option '--out' (PATH) but found '-x'"));
      assertEquals("o parâmetro na posição 0 (FILE) não leva valor, mas veio 'x'",
          UsageErrors.message("positional parameter at index 0 (FILE) should be specified without 'x' parameter"));
      assertEquals("Valor inválido para a opção '--since': '2025-13-01' não é uma data no formato aaaa-mm-dd"
          + " (yyyy-MM-dd)", UsageErrors.message("Invalid value for option '--since': '2025-13-01' is not a"
          + " yyyy-MM-dd date"));
      // A command's own message, already in the reader's language, is left as it is.
      assertEquals("diga um comando, p.ex. convenio check ARQUIVO",
          UsageErrors.message("diga um comando, p.ex. convenio check ARQUIVO"));
    } finally {
      Lang.setDefault(before);
    }
  }
}
