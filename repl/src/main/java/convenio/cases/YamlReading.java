package convenio.cases;

import convenio.model.Money;
import convenio.model.Percent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of a YAML node tree that keeps going after a problem: each problem is recorded with its line and
 * the value read is null, so one pass reports every mistake of a file. Works on SnakeYAML nodes rather than on
 * bound objects because only nodes know their line.
 */
final class YamlReading {
  private final Path file;
  private final List<CaseProblem> problems = new ArrayList<>();

  YamlReading(Path file) {
    this.file = file;
  }

  List<CaseProblem> problems() {
    return problems;
  }

  int problemCount() {
    return problems.size();
  }

  static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  void problem(Node at, String message) {
    problems.add(new CaseProblem(file, at == null ? 0 : line(at), message));
  }

  void problem(int line, String message) {
    problems.add(new CaseProblem(file, line, message));
  }

  /** The keys of a mapping, in order; unknown and repeated keys are problems (a typo must not silently check nothing). */
  Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
    if (!(node instanceof MappingNode m)) {
      problem(node, what + " must be a mapping (key: value lines)");
      return null;
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : withMerges(m)) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode ks)) {
        problem(k, "a key of " + what + " must be a plain word");
        continue;
      }
      String key = ks.getValue();
      if (!allowed.contains(key)) {
        String hint = convenio.diagnostics.Suggestions.didYouMean(key, allowed);
        problem(k, "unknown key '" + key + "' in " + what + (hint != null ? ": " + hint
            : " (expected one of: " + String.join(", ", allowed) + ")"));
      } else if (out.containsKey(key)) {
        problem(k, "'" + key + "' is written twice in " + what);
      } else {
        out.put(key, t.getValueNode());
      }
    }
    return out;
  }

  /**
   * The mapping's entries with YAML merge keys resolved ({@code <<: *base}, or a list of bases): analysts reuse an
   * account or an expectation and change a few values. Keys written in the mapping win over merged ones.
   */
  static List<NodeTuple> withMerges(MappingNode m) {
    List<NodeTuple> own = new java.util.ArrayList<>();
    List<NodeTuple> merged = new java.util.ArrayList<>();
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode().getTag().equals(Tag.MERGE)) {
        Node v = t.getValueNode();
        List<Node> bases = v instanceof SequenceNode sq ? sq.getValue() : List.of(v);
        for (Node b : bases) if (b instanceof MappingNode bm) merged.addAll(withMerges(bm));
      } else {
        own.add(t);
      }
    }
    if (merged.isEmpty()) return own;
    java.util.Set<String> ownKeys = new java.util.HashSet<>();
    for (NodeTuple t : own) if (t.getKeyNode() instanceof ScalarNode k) ownKeys.add(k.getValue());
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<NodeTuple> all = new java.util.ArrayList<>(own);
    for (NodeTuple t : merged) {
      if (t.getKeyNode() instanceof ScalarNode k && !ownKeys.contains(k.getValue()) && seen.add(k.getValue())) {
        all.add(t);
      }
    }
    return all;
  }

  List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode s) return s.getValue();
    problem(node, what + " must be a list (lines starting with '- ')");
    return null;
  }

  /** A scalar as the analyst wrote it; null (with a problem) for a list, a mapping or an empty value. */
  String text(Node node, String what) {
    if (node == null) return null;
    if (!(node instanceof ScalarNode s)) {
      problem(node, what + " must be a single value");
      return null;
    }
    if (s.getTag().equals(Tag.NULL)) {
      problem(node, what + " has no value");
      return null;
    }
    return s.getValue().strip();
  }

  Money money(Node node, String what) {
    String s = text(node, what);
    if (s == null) return null;
    if (s.indexOf(',') < 0 && s.matches(".*\\d\\.\\d{3}")) {
      // "1.000" is a thousand to an analyst and one real to a parser: refuse rather than guess.
      problem(node, what + ": '" + s + "' is ambiguous (write R$ " + s + ",00, or quote money inside { })");
      return null;
    }
    try {
      return Money.parse(s);
    } catch (RuntimeException e) {
      problem(node, what + ": '" + s + "' is not money (write e.g. R$ 1.234,56)");
      return null;
    }
  }

  Percent percent(Node node, String what) {
    String s = text(node, what);
    if (s == null) return null;
    try {
      if (!s.endsWith("%")) throw new NumberFormatException();
      return Percent.of(s);
    } catch (RuntimeException e) {
      problem(node, what + ": '" + s + "' is not a percentage (write e.g. 20% or 2,5%)");
      return null;
    }
  }

  BigDecimal number(Node node, String what) {
    String s = text(node, what);
    if (s == null) return null;
    try {
      return new BigDecimal(s.replace(',', '.'));
    } catch (NumberFormatException e) {
      problem(node, what + ": '" + s + "' is not a number");
      return null;
    }
  }

  Integer integer(Node node, String what) {
    String s = text(node, what);
    if (s == null) return null;
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      problem(node, what + ": '" + s + "' is not a whole number");
      return null;
    }
  }
}
