package convenio.runtime;

import convenio.model.SourcePos;

/** How the trace and the glosas name a rule: its first source line, its place, and its contract clause heading. */
public record RuleRef(String label, SourcePos pos, String clause) {
  public String cited() {
    return clause == null ? label : label + " (Cláusula " + clause + ")";
  }
}
