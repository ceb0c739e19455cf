package convenio.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convenio.check.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One file per construct of the language in src/test/resources/syntax/, each beside a snapshot of the AST the parser
 * builds for it (.ast): what the parser understood, with every operation parenthesised. Every input is valid syntax.
 */
class AstSnapshotTest {
  static final Path DIR = Path.of("src/test/resources/syntax");

  @TestFactory
  List<DynamicTest> everyConstruct() throws Exception {
    return Golden.inputs(DIR, ".convenio").stream().map(input -> DynamicTest.dynamicTest(
        input.getFileName().toString(), () -> {
          SourceParser.Result r = SourceParser.parse(input.getFileName().toString(), Files.readString(input));
          assertEquals("", r.diagnostics().stream().map(d -> d.headline()).collect(Collectors.joining("\n")));
          String name = input.getFileName().toString();
          Golden.compare(input.resolveSibling(name.replace(".convenio", ".ast")), AstPrinter.print(r.file()));
        })).toList();
  }
}
