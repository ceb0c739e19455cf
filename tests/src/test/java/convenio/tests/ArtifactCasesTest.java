package convenio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.cases.AccountFiles;
import convenio.cases.CaseFile;
import convenio.cases.CaseFileLoader;
import convenio.cases.CaseFinder;
import convenio.cases.CaseResult;
import convenio.cases.CaseRunner;
import convenio.cases.TestCase;
import convenio.cases.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The analysts' cases of contracts/ once more, each contract compiled to an artifact and loaded back from it (with no
 * access to its sources): the same golden pricing suite on both forms of every contract, so an artifact that loses or
 * changes anything the engine uses fails here by case name.
 */
class ArtifactCasesTest {
  private static final Path ROOT = projectRoot();

  private final Path artifacts;
  private final CaseRunner runner;

  ArtifactCasesTest() throws IOException {
    artifacts = Files.createTempDirectory("convenio-artifact-cases");
    artifacts.toFile().deleteOnExit();
    runner = new CaseRunner(this::viaArtifact, AccountFiles.forCases());
  }

  /** Compiles the source, writes its artifact, and answers with the contract loaded from the artifact. */
  private Compilation viaArtifact(Path source) {
    try {
      Path target = Files.createTempFile(artifacts, source.getFileName().toString(), ".cvc");
      target.toFile().deleteOnExit();
      Compilation compiled = Artifacts.compile(source, target);
      if (!compiled.ok()) return compiled;
      Compilation loaded = Artifacts.load(target);
      if (loaded.ok()) {
        assertEquals(compiled.contract().sourceHash(), loaded.contract().sourceHash(), source.toString());
      }
      return loaded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  List<DynamicNode> contractsPricedFromTheirArtifacts() throws IOException {
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path f : CaseFinder.find(List.of(ROOT.resolve("contracts")), new ArrayList<>())) {
      CaseFile file = new CaseFileLoader().load(f);
      List<DynamicNode> tests = new ArrayList<>();
      for (TestCase c : file.cases()) tests.add(DynamicTest.dynamicTest(c.name(), () -> run(c)));
      nodes.add(DynamicContainer.dynamicContainer(ROOT.relativize(f.toAbsolutePath()).toString(), tests.stream()));
    }
    assertFalse(nodes.isEmpty(), "no case files found under " + ROOT.resolve("contracts"));
    return nodes;
  }

  private void run(TestCase c) {
    CaseResult r = runner.runCase(c);
    switch (r.status()) {
      case PASSED -> { }
      case SKIPPED -> Assumptions.abort("skipped: " + r.message());
      case BROKEN -> fail(c.where() + " (from its artifact): " + r.message());
      case FAILED -> fail(c.where() + " (from its artifact)\n" + TextReport.failureText(r));
    }
  }

  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("contracts")) ? here : here.getParent();
  }
}
