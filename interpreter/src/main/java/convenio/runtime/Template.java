package convenio.runtime;

import java.util.List;

/**
 * A justification or critique text with {@code ${name}} holes, compiled once. A hole whose value cannot be computed
 * for this item stays as written, so the auditor sees which one.
 */
public record Template(List<Object> parts) {
  public Template {
    parts = List.copyOf(parts);
  }

  /** A hole: the name as written and its evaluator. */
  public record Hole(String name, Eval eval) {}

  public static Template literal(String text) {
    return new Template(List.of(text));
  }

  /** The text when it has no holes (it needs no scope), else null. */
  public String literalText() {
    return parts.size() == 1 && parts.get(0) instanceof String only ? only : null;
  }

  public String render(Scope scope) {
    if (parts.size() == 1 && parts.get(0) instanceof String only) return only; // a text without holes
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof Hole h) {
        try {
          b.append(RuleValues.format(h.eval().eval(scope)));
        } catch (RuntimeException e) {
          b.append("${").append(h.name()).append('}');
        }
      } else {
        b.append(p);
      }
    }
    return b.toString();
  }
}
