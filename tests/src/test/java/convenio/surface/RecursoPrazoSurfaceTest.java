package convenio.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.format.Formatter;
import convenio.syntax.Keywords.Language;
import org.junit.jupiter.api.Test;

/**
 * The recurso prazo clause in both keyword sets: {@code convenio fmt} lays it out as a header clause, translates it
 * word for word ({@code recurso in 30 days after demonstrativo} ↔ {@code recurso em 30 dias após demonstrativo}), and
 * both files state the same prazos.
 */
class RecursoPrazoSurfaceTest {
  private static final String MESSY = """
      contract "C" version 1
      operator ans "123456"
        provider cnpj "11.222.333/0001-81"
         effective 2025-01-01
      recurso   in 30 days after   demonstrativo
            answer in 30 days after recurso  // cláusula 9.2
      price procedure "10101012" = R$ 180,00
      """;

  private static final String ENGLISH = """
      contract "C" version 1
        operator ans "123456"
        provider cnpj "11.222.333/0001-81"
        effective 2025-01-01
        recurso in 30 days after demonstrativo
        answer in 30 days after recurso  // cláusula 9.2
      price procedure "10101012" = R$ 180,00
      """;

  private static final String PORTUGUESE = """
      contrato "C" versão 1
        operadora ans "123456"
        prestador cnpj "11.222.333/0001-81"
        vigência 2025-01-01
        recurso em 30 dias após demonstrativo
        resposta em 30 dias após recurso  // cláusula 9.2
      preço procedimento "10101012" = R$ 180,00
      """;

  @Test
  void fmtLaysTheClauseOutAsAHeaderClauseAndIsIdempotent() {
    Formatter.Result once = Formatter.format("c.convenio", MESSY, null);
    assertTrue(once.ok(), once.diagnostics().toString());
    assertEquals(ENGLISH, once.text());
    assertEquals(ENGLISH, Formatter.format("c.convenio", ENGLISH, null).text());
  }

  @Test
  void theClauseTranslatesWordForWordAndBack() {
    Formatter.Result pt = Formatter.format("c.convenio", ENGLISH, Language.PT);
    assertTrue(pt.ok(), pt.diagnostics().toString());
    assertEquals(PORTUGUESE, pt.text());
    assertEquals(ENGLISH, Formatter.format("c.convenio", PORTUGUESE, Language.EN).text());
    // Written without accents, the Portuguese words are read the same.
    assertEquals(ENGLISH, Formatter.format("c.convenio", PORTUGUESE.replace("após", "apos"), Language.EN).text());
  }

  @Test
  void bothSurfacesStateTheSamePrazos() {
    for (String text : new String[] {ENGLISH, PORTUGUESE}) {
      Compilation c = Convenio.compile("c.convenio", text);
      assertTrue(c.ok(), c.diagnostics().toString());
      assertEquals(30, c.contract().recursoPrazo().recursoDays());
      assertEquals(30, c.contract().recursoPrazo().answerDays());
      assertEquals(5, c.contract().recursoPrazo().pos().line());
    }
  }
}
