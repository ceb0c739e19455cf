package convenio.tiss;

import convenio.diagnostics.Suggestions;
import convenio.model.Money;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of a YAML node tree that keeps going after a problem: each problem is handed to {@link Problems}
 * with the node it is about (so with its line) and the value read is null, so one pass reports every mistake of a
 * file. Works on SnakeYAML nodes rather than on bound objects because only nodes know their line. Used by the
 * account form ({@link AccountYaml}) and by the analysts' case files.
 */
public class YamlNodes {
  /** Where the problems go; {@code at} is null when the problem has no place. */
  public interface Problems {
    void add(Node at, String message);
  }

  /** The keys a mapping may have: the name a written key stands for (null when unknown), and names for hints. */
  public interface Keys {
    String canonical(String written);

    /** The keys to suggest or list to someone who wrote {@code written}. */
    Collection<String> known(String written);

    static Keys exactly(Set<String> allowed) {
      return new Keys() {
        @Override
        public String canonical(String written) {
          return allowed.contains(written) ? written : null;
        }

        @Override
        public Collection<String> known(String written) {
          return allowed;
        }
      };
    }
  }

  private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Problems problems;

  public YamlNodes(Problems problems) {
    this.problems = problems;
  }

  /** The node tree of YAML text (null when empty); repeated keys are refused. Throws SnakeYAML's exceptions. */
  public static Node compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(options).compose(new StringReader(text));
  }

  /** The 1-based line a node starts at. */
  public static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  public void problem(Node at, String message) {
    problems.add(at, message);
  }

  public Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
    return mapping(node, what, Keys.exactly(allowed));
  }

  /**
   * The entries of a mapping by the name each key stands for, in order; unknown and repeated keys are problems (a
   * typo must not silently drop a value).
   */
  public Map<String, Node> mapping(Node node, String what, Keys keys) {
    if (!(node instanceof MappingNode m)) {
      problem(node, TissTexts.M.get("yaml.not.mapping", what));
      return null;
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : withMerges(m)) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode ks)) {
        problem(k, TissTexts.M.get("yaml.key.not.word", what));
        continue;
      }
      String key = ks.getValue();
      String name = keys.canonical(key);
      if (name == null) {
        Collection<String> known = keys.known(key);
        String hint = Suggestions.didYouMean(key, known);
        problem(k, hint != null ? TissTexts.M.get("yaml.unknown.key.hint", key, what, hint)
            : TissTexts.M.get("yaml.unknown.key", key, what, String.join(", ", known)));
      } else if (out.containsKey(name)) {
        problem(k, TissTexts.M.get("yaml.key.twice", key, what));
      } else {
        out.put(name, t.getValueNode());
      }
    }
    return out;
  }

  /**
   * The mapping's entries with YAML merge keys resolved ({@code <<: *base}, or a list of bases): analysts reuse an
   * account or an expectation and change a few values. Keys written in the mapping win over merged ones.
   */
  public static List<NodeTuple> withMerges(MappingNode m) {
    List<NodeTuple> own = new ArrayList<>();
    List<NodeTuple> merged = new ArrayList<>();
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
    Set<String> ownKeys = new HashSet<>();
    for (NodeTuple t : own) if (t.getKeyNode() instanceof ScalarNode k) ownKeys.add(k.getValue());
    Set<String> seen = new HashSet<>();
    List<NodeTuple> all = new ArrayList<>(own);
    for (NodeTuple t : merged) {
      if (t.getKeyNode() instanceof ScalarNode k && !ownKeys.contains(k.getValue()) && seen.add(k.getValue())) {
        all.add(t);
      }
    }
    return all;
  }

  public List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode s) return s.getValue();
    problem(node, TissTexts.M.get("yaml.not.list", what));
    return null;
  }

  /** A scalar as written; null (with a problem) for a list, a mapping or an empty value. */
  public String text(Node node, String what) {
    if (node == null) return null;
    if (!(node instanceof ScalarNode s)) {
      problem(node, TissTexts.M.get("yaml.not.single", what));
      return null;
    }
    if (s.getTag().equals(Tag.NULL)) {
      problem(node, TissTexts.M.get("yaml.no.value", what));
      return null;
    }
    return s.getValue().strip();
  }

  /** Brazilian text ({@code R$ 1.234,56}) or a plain number ({@code 1234.56}), exactly, at most 2 decimal places. */
  public Money money(Node node, String what) {
    String s = text(node, what);
    // Only the shape of thousands grouping (1.000, 12.345.678) is ambiguous; 1782.175 is a fraction of a cent.
    if (s != null && s.indexOf(',') < 0 && s.matches("(R\\$\\s*)?-?\\d{1,3}(\\.\\d{3})+")) {
      // "1.000" is a thousand to an analyst and one real to a parser: refuse rather than guess.
      problem(node, TissTexts.M.get("yaml.money.ambiguous", what, s));
      return null;
    }
    if (s != null && s.matches("-?\\d+\\.\\d{3,}")) {
      problem(node, TissTexts.M.get("yaml.money.fraction", what, s));
      return null;
    }
    if (s != null && s.replaceAll("[^0-9]", "").length() > 17) {
      problem(node, TissTexts.M.get("yaml.money.digits", what, abbreviated(s)));
      return null;
    }
    return parsed(node, what, s, Money::parse, "yaml.not.money");
  }

  /** A decimal number, with a dot or a comma; at most 30 digits (past any sensible precision), read at once. */
  public BigDecimal number(Node node, String what) {
    String s = text(node, what);
    if (s != null && s.length() > 40) {
      problem(node, TissTexts.M.get("yaml.number.digits", what, abbreviated(s)));
      return null;
    }
    return parsed(node, what, s, v -> new BigDecimal(v.replace(',', '.')), "yaml.not.number");
  }

  public Integer integer(Node node, String what) {
    String s = text(node, what);
    if (s != null && s.matches("-?\\d{10,}")) {
      problem(node, TissTexts.M.get("yaml.integer.large", what, abbreviated(s)));
      return null;
    }
    return parsed(node, what, s, Integer::valueOf, "yaml.not.integer");
  }

  private static String abbreviated(String s) {
    return s.length() <= 24 ? s : TissTexts.M.get("abbreviated", s.substring(0, 12), s.length());
  }

  /** ISO ({@code 2025-01-31}) or {@code 31/01/2025}. */
  public LocalDate date(Node node, String what) {
    return parsed(node, what, text(node, what), s -> s.contains("/") ? LocalDate.parse(s, DD_MM_YYYY)
        : LocalDate.parse(s), "yaml.not.date");
  }

  /** {@code 07:30}, {@code 7:30} or {@code 07:30:00}. */
  public LocalTime time(Node node, String what) {
    return parsed(node, what, text(node, what), s -> LocalTime.parse(s.length() == 4 ? "0" + s : s),
        "yaml.not.time");
  }

  /** {@code s} (the node's text) parsed, or null: with the problem {@code key} says when it does not parse. */
  private <T> T parsed(Node node, String what, String s, Function<String, T> parse, String key) {
    if (s == null) return null;
    try {
      return parse.apply(s);
    } catch (RuntimeException e) {
      problem(node, TissTexts.M.get(key, what, s));
      return null;
    }
  }

  public Boolean bool(Node node, String what) {
    String s = text(node, what);
    if (s == null) return null;
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) return Boolean.valueOf(s.toLowerCase());
    problem(node, TissTexts.M.get("yaml.not.bool", what, s));
    return null;
  }
}
