package convenio.tests;

import static org.junit.jupiter.api.Assertions.fail;

import convenio.cases.CaseFile;
import convenio.cases.CaseFileLoader;
import convenio.cases.CaseFinder;
import convenio.cases.CaseProblem;
import convenio.cases.CaseResult;
import convenio.cases.CaseRunner;
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

/** The analysts' cases as JUnit dynamic tests: one container per case file, one test per case, by its name. */
final class CaseTests {
  /** The checkout's root: the parent of this module (Maven runs tests in the module's folder). */
  static final Path ROOT = projectRoot();

  private final CaseRunner runner;
  private final String how;

  /** {@code how} is added to the place of a failure, to say how the contract was loaded (or empty). */
  CaseTests(CaseRunner runner, String how) {
    this.runner = runner;
    this.how = how;
  }

  /** A case file with errors gets a failing test of its own, so they are not lost. */
  List<DynamicNode> casesUnder(Path dir) throws IOException {
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
      case BROKEN -> fail(c.where() + how + ": " + r.message());
      case FAILED -> fail(c.where() + how + "\n" + TextReport.failureText(r));
    }
  }

  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("contracts")) ? here : here.getParent();
  }
}
