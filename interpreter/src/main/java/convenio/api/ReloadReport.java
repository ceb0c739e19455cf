package convenio.api;

import convenio.diagnostics.Diagnostic;
import java.util.List;

/**
 * What one (re)load of the registry's folder did: the generation now serving, the contract versions that started and
 * stopped serving (as {@link RegisteredContract#describe()}), and every file rejected, with its diagnostics. A rejected
 * file never replaces what was serving: its previous version, if it had one, goes on serving.
 */
public record ReloadReport(long generation, List<String> loaded, List<String> unloaded, List<Diagnostic> problems) {
  public ReloadReport {
    loaded = List.copyOf(loaded);
    unloaded = List.copyOf(unloaded);
    problems = List.copyOf(problems);
  }

  public boolean changed() {
    return !loaded.isEmpty() || !unloaded.isEmpty();
  }

  public boolean ok() {
    return problems.stream().noneMatch(Diagnostic::isError);
  }
}
