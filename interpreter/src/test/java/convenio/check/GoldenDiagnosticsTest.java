package convenio.check;

import convenio.diagnostics.DiagnosticRenderer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One contract per kind of diagnostic in src/test/resources/check/, each with the text `convenio check` prints for it
 * in a .diagnostics file beside it. Files in check/lib/ are only imported by them.
 */
class GoldenDiagnosticsTest {
  static final Path DIR = Path.of("src/test/resources/check");

  @TestFactory
  List<DynamicTest> everyDiagnosticKind() throws Exception {
    return Golden.inputs(DIR, ".convenio").stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(),
        () -> Golden.compare(expected(input), render(input)))).toList();
  }

  static String render(Path input) {
    CheckResult result = CheckResult.of(input);
    String text = new DiagnosticRenderer(result::sourceText).render(result.diagnostics())
        + DiagnosticRenderer.counts(result.diagnostics()) + "\n";
    // Paths as a reader of the golden file sees them, whichever folder the build runs in.
    return text.replace(DIR.toAbsolutePath().toString(), "check").replace("src/test/resources/check/", "check/");
  }

  private static Path expected(Path input) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.length() - ".convenio".length()) + ".diagnostics");
  }
}
