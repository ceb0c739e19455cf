package convenio.runtime;

import convenio.model.SourcePos;
import java.util.Objects;

/**
 * How the trace and the glosas name a rule: its first source line, its place, and its contract clause heading.
 * The cited form is built once, with the rule: every trace event and glosa of every item carries it.
 */
public final class RuleRef {
  private final String label;
  private final SourcePos pos;
  private final String clause;
  private final String cited;

  public RuleRef(String label, SourcePos pos, String clause) {
    this.label = label;
    this.pos = pos;
    this.clause = clause;
    this.cited = clause == null ? label : label + " (Cláusula " + clause + ")";
  }

  public String label() {
    return label;
  }

  public SourcePos pos() {
    return pos;
  }

  public String clause() {
    return clause;
  }

  public String cited() {
    return cited;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleRef r && Objects.equals(label, r.label) && Objects.equals(pos, r.pos)
        && Objects.equals(clause, r.clause);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, pos, clause);
  }

  @Override
  public String toString() {
    return "RuleRef[label=" + label + ", pos=" + pos + ", clause=" + clause + "]";
  }
}
