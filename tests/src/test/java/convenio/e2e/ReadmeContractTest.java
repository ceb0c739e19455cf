package convenio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The contract shown in the README compiles without errors or warnings, so the first example a reader sees works. */
class ReadmeContractTest {
  @Test
  void theReadmeContractCompilesCleanly() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("contracts"))) {
      root = root.getParent();
    }
    String readme = Files.readString(root.resolve("README.md"));
    Matcher block = Pattern.compile("```\\n(contract .*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "the README shows a contract in a code block");
    // The sample names one table file; one row is enough to compile it.
    String cbhpm = "code,porte,uco,filme,porte_anest\n30101972,10A,40,0,5\n";
    Compilation c = Convenio.compile("README.md", block.group(1), Map.of("tables/cbhpm.csv", cbhpm));
    List<Diagnostic> found = c.diagnostics();
    assertEquals(List.of(), found.stream().map(Diagnostic::headline).toList());
    assertTrue(c.ok());
  }
}
