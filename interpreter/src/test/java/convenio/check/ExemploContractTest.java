package convenio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.diagnostics.DiagnosticRenderer;
import convenio.syntax.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** contracts/exemplo says everything the design sketch (example.convenio) says, and checks and compiles cleanly. */
class ExemploContractTest {
  static final Path EXEMPLO = Path.of("../contracts/exemplo/exemplo.convenio");

  @Test
  void checksWithNoDiagnostics() {
    CheckResult result = CheckResult.of(EXEMPLO);
    assertEquals("", new DiagnosticRenderer(result::sourceText).render(result.diagnostics()));
  }

  @Test
  void compilesThroughTheFacade() {
    Compilation c = Convenio.compile(EXEMPLO);
    assertTrue(c.diagnostics().stream().noneMatch(d -> d.isError()),
        () -> new DiagnosticRenderer(n -> c.sources().get(n) == null ? null : c.sources().get(n).text())
            .render(c.diagnostics()));
    assertNotNull(c.contract());
  }

  /** The test above can fail: one unit error in a copy of the contract is found. */
  @Test
  void aUnitErrorInTheContractIsFound() throws Exception {
    String text = Files.readString(EXEMPLO).replace("simpro.pf * (1 + 15%)", "simpro.pf + 15%");
    CheckResult result = CheckResult.of(new SourceFile("exemplo.convenio", text,
        EXEMPLO.toAbsolutePath().getParent()), n -> null);
    assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
    assertEquals("unit", result.diagnostics().get(0).code());
  }
}
