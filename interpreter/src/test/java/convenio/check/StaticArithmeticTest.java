package convenio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Convenio;
import convenio.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arithmetic that fails whatever the account is a check error, at the expression that fails. */
class StaticArithmeticTest {
  static final String HEADER = """
      contract "Operadora Teste x Hospital Teste" version 1
        operator ans "999999"
        provider cnpj "12.345.678/0001-90"
        effective 2025-01-01 .. 2025-12-31
      """;

  static List<Diagnostic> errors(String body) {
    return Convenio.compile("teste.convenio", HEADER + body).diagnostics().stream().filter(Diagnostic::isError)
        .toList();
  }

  @Test
  void divisionByALiteralZeroIsACheckError() {
    List<Diagnostic> ds = errors("let x = 10\nlet y = x / 0\n");
    assertEquals(1, ds.size(), ds.toString());
    assertEquals("arithmetic", ds.get(0).code());
    assertEquals("division by zero", ds.get(0).message());
    // "let y = " is 8 characters: the division starts at column 9 of line 6 (the header is 4 lines).
    assertEquals(6, ds.get(0).line());
    assertEquals(9, ds.get(0).column());
  }

  @Test
  void aPercentageNoContractWritesIsACheckError() {
    List<Diagnostic> ds = errors("let banda = 99999999999999999999%\n");
    assertEquals(1, ds.size(), ds.toString());
    assertEquals("arithmetic", ds.get(0).code());
    assertTrue(ds.get(0).message().contains("99999999999999999999% is beyond any contract"), ds.get(0).message());
    assertEquals(List.of(), errors("let urgencia = 130%\nlet dobro = 200%\n"), "ordinary percentages pass");
  }
}
