package convenio.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import convenio.cases.CaseFile;
import convenio.cases.CaseFileLoader;
import convenio.cases.CaseFinder;
import convenio.cases.CaseProblem;
import convenio.cases.CaseResult;
import convenio.cases.CaseRunner;
import convenio.cases.Cases;
import convenio.cases.TestCase;
import convenio.cases.TextReport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every analyst's case of contracts/ and of the standard library, one JUnit test per case (named as the analyst
 * named it, grouped by case file), so `mvn verify` fails when a contract stops saying what its cases say.
 */
class AnalystCasesTest {
  private static final Path ROOT = projectRoot();
  private final CaseRunner runner = Cases.runner();

  @TestFactory
  List<DynamicNode> contracts() throws IOException {
    List<DynamicNode> nodes = casesUnder(ROOT.resolve("contracts"));
    assertFalse(nodes.isEmpty(), "no case files found under " + ROOT.resolve("contracts"));
    return nodes;
  }

  @TestFactory
  List<DynamicNode> standardLibrary() throws IOException {
    // Only sources: target/ holds copies of the same files.
    return casesUnder(ROOT.resolve("stdlib/src"));
  }

  private List<DynamicNode> casesUnder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path f : CaseFinder.find(List.of(dir), new ArrayList<>())) {
      CaseFile file = new CaseFileLoader().load(f);
      List<DynamicNode> tests = new ArrayList<>();
      if (!file.problems().isEmpty()) {
        String problems = file.problems().stream().map(CaseProblem::toString).collect(Collectors.joining("\n"));
        tests.add(DynamicTest.dynamicTest("(the case file has errors)", f.toUri(), () -> fail(problems)));
      }
      for (TestCase c : file.cases()) {
        tests.add(DynamicTest.dynamicTest(c.name(), URI.create(f.toUri() + "?line=" + c.line()), () -> run(c)));
      }
      nodes.add(DynamicContainer.dynamicContainer(ROOT.relativize(f.toAbsolutePath()).toString(), f.toUri(),
          tests.stream()));
    }
    return nodes;
  }

  private void run(TestCase c) {
    CaseResult r = runner.runCase(c);
    switch (r.status()) {
      case PASSED -> { }
      case SKIPPED -> Assumptions.abort("skipped: " + r.message());
      case BROKEN -> fail(c.where() + ": " + r.message());
      case FAILED -> fail(c.where() + "\n" + TextReport.failureText(r));
    }
  }

  /** The checkout's root: the parent of this module (Maven runs tests in the module's folder). */
  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("contracts")) ? here : here.getParent();
  }
}
