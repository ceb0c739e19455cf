package convenio.api;

import convenio.diagnostics.Diagnostic;
import convenio.syntax.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * What compiling gave: every diagnostic (sorted by place), the contract when there was no error (else null), and the
 * sources read, so diagnostics can be shown with their source line.
 */
public record Compilation(List<Diagnostic> diagnostics, Contract contract, Map<String, SourceFile> sources) {
  public Compilation {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
  }

  public boolean ok() {
    return contract != null;
  }
}
