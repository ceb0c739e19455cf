package convenio.cases;

import static convenio.cases.FakeAccounts.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.i18n.Lang;
import convenio.model.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst who reads Portuguese gets the case file's mistakes, the failed expectations and the JUnit messages in
 * Portuguese, at the same lines; the case file's keys (account, glosa_rate, paid, …) stay as written. Texts written
 * by hand.
 */
class InPortugueseTest {
  @TempDir
  Path dir;

  @Test
  void mistakesInACaseFileAtTheirLines() {
    Path file = Path.of("casos.yaml");
    CaseFile f = Lang.with(Lang.PT, () -> new CaseFileLoader().parse(file, """
        contract: c.convenio
        cases:
          - apenas um texto
          - name: sem conta
            expect:
              totals: { glosa_rate: "19" }
        """));
    assertEquals(List.of(
        "casos.yaml:3: um caso deve ser um mapeamento (linhas chave: valor)",
        "casos.yaml:4: caso 'sem conta': sem 'account:' (o caminho de uma conta TISS XML ou YAML, ou a conta escrita"
            + " no próprio caso)",
        "casos.yaml:6: glosa_rate: '19' não é um percentual (escreva p.ex. 20% ou 2,5%)"),
        f.problems().stream().map(CaseProblem::toString).toList());
  }

  @Test
  void aFailedCaseInTheReportAndInJUnitXml() throws IOException {
    // 10101012 costs R$ 180,00 and is presented at R$ 200,00: paid 180,00 with glosa 1705 of 20,00.
    FakeContract contract = new FakeContract(Map.of("10101012", Money.parse("180,00")));
    FakeAccounts accounts = new FakeAccounts(Map.of("lote.xml", FakeAccounts.account("G-1",
        List.of(item(1, "10101012", "1", "200,00")))));
    CaseRunner runner = new CaseRunner(p -> new Compilation(List.of(), contract, Map.of()), accounts);
    Files.writeString(dir.resolve("c.convenio"), "contract \"x\"\n");
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(cases.resolve("a.yaml"), """
        contract: ../c.convenio
        cases:
          - name: falha
            account: lote.xml
            expect:
              items:
                - { seq: 1, paid: "R$ 200,00", glosas: [] }
                - { seq: 7, paid: "R$ 1,00" }
        """);
    TestReport report = Lang.with(Lang.PT, () -> run(runner));
    String text = Lang.with(Lang.PT, () -> TextReport.render(report, false));
    assertTrue(text.contains("  FALHOU falha ("), text);
    assertTrue(text.contains("a.yaml:7  item seq 1: glosas\n"
        + "           esperado nenhuma glosa\n"
        + "           obtido   1705 R$ 20,00"), text);
    assertTrue(text.contains("           explicação:\n"), text);
    assertTrue(text.contains("a.yaml:8  item seq 7\n"
        + "           esperado exatamente um item\n"
        + "           obtido   item inexistente; a conta tem seq 1 código 10101012\n"), text);

    String xml = Lang.with(Lang.PT, () -> JUnitXml.render(report));
    assertTrue(xml.contains("<failure message=\"3 expectativas não atendidas\">"), xml);
  }

  private TestReport run(CaseRunner runner) {
    try {
      return runner.run(List.of(dir));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
