package convenio.cases;

import convenio.api.Convenio;

/** The runner as the tool and the build use it: the real compiler, TISS XML and YAML accounts. */
public final class Cases {
  private Cases() {}

  public static CaseRunner runner() {
    return new CaseRunner(Convenio::compile, AccountReader.ofFiles());
  }
}
