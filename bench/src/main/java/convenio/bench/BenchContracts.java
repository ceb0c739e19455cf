package convenio.bench;

import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.api.Convenio;
import convenio.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Compiling through the public API, failing loudly: a benchmark of a contract that did not compile means nothing. */
public final class BenchContracts {
  private BenchContracts() {}

  public static Contract compile(Path file) {
    return contractOf(Convenio.compile(file), file);
  }

  static Contract contractOf(Compilation c, Path file) {
    if (!c.ok()) {
      throw new IllegalStateException("the benchmark contract " + file + " did not compile:\n"
          + c.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    }
    return c.contract();
  }
}
