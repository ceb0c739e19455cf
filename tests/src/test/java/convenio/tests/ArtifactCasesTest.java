package convenio.tests;

import static convenio.tests.CaseTests.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.cases.AccountReader;
import convenio.cases.CaseRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The analysts' cases of contracts/ once more, each contract compiled to an artifact and loaded back from it (with no
 * access to its sources): the same golden pricing suite on both forms of every contract, so an artifact that loses or
 * changes anything the engine uses fails here by case name.
 */
class ArtifactCasesTest {
  private final Path artifacts;
  private final CaseRunner runner;

  ArtifactCasesTest() throws IOException {
    artifacts = Files.createTempDirectory("convenio-artifact-cases");
    artifacts.toFile().deleteOnExit();
    runner = new CaseRunner(this::viaArtifact, AccountReader.ofFiles());
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
    List<DynamicNode> nodes = new CaseTests(runner, " (from its artifact)").casesUnder(ROOT.resolve("contracts"));
    assertFalse(nodes.isEmpty(), "no case files found under " + ROOT.resolve("contracts"));
    return nodes;
  }
}
