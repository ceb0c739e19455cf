package convenio.cases;

import static convenio.cases.CaseTexts.M;

import convenio.cases.Expectations.CritiqueExpected;
import convenio.cases.Expectations.GlosaExpected;
import convenio.cases.Expectations.GuideExpected;
import convenio.cases.Expectations.ItemExpected;
import convenio.cases.Expectations.TotalsExpected;
import convenio.tiss.YamlNodes;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a case file (format: docs/test-cases.md). Never throws for a bad file: every problem is returned with its
 * line, and the cases without problems are still returned, so one typo does not hide the rest of the file.
 */
public final class CaseFileLoader {
  static final Set<String> FILE_KEYS = keys("contract", "description", "cases");
  static final Set<String> CASE_KEYS = keys("name", "description", "contract", "account", "expect", "skip");
  static final Set<String> EXPECT_KEYS = keys("totals", "guides", "items");
  static final Set<String> TOTALS_KEYS = keys("presented", "paid", "glosed", "raised", "glosa_rate");
  static final Set<String> GUIDE_KEYS = keys("guide", "totals", "critiques");
  static final Set<String> ITEM_KEYS = keys("guide", "seq", "code", "degree", "unit_price", "allowed", "paid",
      "paid_quantity", "glosed", "raised", "glosas");
  static final Set<String> GLOSA_KEYS = keys("code", "value", "quantity", "text");
  static final Set<String> CRITIQUE_KEYS = keys("code", "text");

  private static Set<String> keys(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }

  public CaseFile load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new CaseFile(file, List.of(), List.of(new CaseProblem(file, 0, M.get("load.unreadable", e.getMessage()))));
    }
    return parse(file, text);
  }

  /** Parses case-file text; {@code file} is used for messages and to resolve relative paths. */
  public CaseFile parse(Path file, String text) {
    YamlReading in = new YamlReading(file);
    Node root;
    try {
      root = YamlNodes.compose(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
      in.problem(line, M.get("load.yaml.invalid", e.getProblem()));
      return new CaseFile(file, List.of(), in.problems());
    } catch (YAMLException e) {
      in.problem(0, M.get("load.yaml.invalid", e.getMessage()));
      return new CaseFile(file, List.of(), in.problems());
    }
    if (root == null) {
      in.problem(1, M.get("load.empty"));
      return new CaseFile(file, List.of(), in.problems());
    }
    Map<String, Node> top = in.mapping(root, M.get("what.file"), FILE_KEYS);
    if (top == null) return new CaseFile(file, List.of(), in.problems());
    Path dir = file.toAbsolutePath().getParent();
    Path fileContract = top.containsKey("contract") ? path(in, dir, top.get("contract"), "contract") : null;
    List<TestCase> cases = new ArrayList<>();
    Node casesNode = top.get("cases");
    if (casesNode == null) {
      in.problem(root, M.get("load.no.cases"));
    } else {
      List<Node> list = in.sequence(casesNode, "cases");
      Set<String> names = new HashSet<>();
      if (list != null) {
        if (list.isEmpty()) in.problem(casesNode, M.get("load.cases.empty"));
        for (Node c : list) {
          int before = in.problemCount();
          TestCase tc = testCase(in, text, file, dir, c, fileContract);
          if (tc != null && !names.add(tc.name())) {
            in.problem(c, M.get("load.case.twice", tc.name()));
          } else if (tc != null && in.problemCount() == before) {
            cases.add(tc);
          }
        }
      }
    }
    return new CaseFile(file, cases, in.problems());
  }

  private static Path path(YamlReading in, Path dir, Node node, String what) {
    String s = in.text(node, what);
    return s == null ? null : dir.resolve(s).normalize();
  }

  private TestCase testCase(YamlReading in, String text, Path file, Path dir, Node node, Path fileContract) {
    Map<String, Node> m = in.mapping(node, M.get("what.case"), CASE_KEYS);
    if (m == null) return null;
    String name = m.containsKey("name") ? in.text(m.get("name"), "name") : null;
    if (!m.containsKey("name")) in.problem(node, M.get("load.case.unnamed"));
    String label = M.get("load.case.label", name == null ? "?" : name);
    String description = m.containsKey("description") ? in.text(m.get("description"), "description") : null;
    String skip = m.containsKey("skip") ? in.text(m.get("skip"), "skip") : null;
    Path contract = m.containsKey("contract") ? path(in, dir, m.get("contract"), "contract") : fileContract;
    if (contract == null && !m.containsKey("contract")) {
      in.problem(node, M.get("load.no.contract", label));
    }
    AccountRef account = null;
    if (!m.containsKey("account")) {
      in.problem(node, M.get("load.no.account", label));
    } else {
      account = account(in, text, dir, m.get("account"));
    }
    Expectations expect = m.containsKey("expect") ? expectations(in, m.get("expect")) : Expectations.NONE;
    if (name == null) return null;
    return new TestCase(name, description, file, YamlReading.line(node), contract, account, expect, skip);
  }

  private static AccountRef account(YamlReading in, String text, Path dir, Node node) {
    if (node instanceof ScalarNode) {
      String s = in.text(node, "account");
      return s == null ? null : new AccountRef.FromFile(dir.resolve(s).normalize(), YamlReading.line(node));
    }
    if (node instanceof MappingNode) {
      String own = ownLines(text, node);
      if (own != null) return new AccountRef.Inline(own, YamlReading.line(node));
      // Anchors from elsewhere in the file: re-serialized on its own (its lines then are only near the mistakes).
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      StringWriter out = new StringWriter();
      new Yaml(options).serialize(node, out);
      return new AccountRef.Inline(out.toString(), YamlReading.line(node));
    }
    in.problem(node, M.get("load.account.form"));
    return null;
  }

  /**
   * The lines of the case file the account is written on, what comes before it on its first line blanked, so that
   * the account reader reports a mistake at its line and column in the case file. Null when the account takes
   * parts from elsewhere in the file ({@code <<: *base}).
   */
  private static String ownLines(String text, Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    if (!within(node, start.getIndex(), end.getIndex(), Collections.newSetFromMap(new IdentityHashMap<>()))) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = start.getLine(); i <= end.getLine() && i < lines.length; i++) {
      String l = lines[i];
      if (i == end.getLine()) l = l.substring(0, Math.min(l.length(), end.getColumn()));
      if (i == start.getLine()) {
        l = " ".repeat(start.getColumn()) + l.substring(Math.min(l.length(), start.getColumn()));
      }
      out.append(l).append('\n');
    }
    return out.toString();
  }

  private static boolean within(Node n, int from, int to, Set<Node> seen) {
    if (!seen.add(n)) return true;
    if (n.getStartMark().getIndex() < from || n.getEndMark().getIndex() > to) return false;
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (!within(t.getKeyNode(), from, to, seen) || !within(t.getValueNode(), from, to, seen)) return false;
      }
    } else if (n instanceof SequenceNode s) {
      for (Node e : s.getValue()) if (!within(e, from, to, seen)) return false;
    }
    return true;
  }

  private Expectations expectations(YamlReading in, Node node) {
    Map<String, Node> m = in.mapping(node, "expect", EXPECT_KEYS);
    if (m == null) return Expectations.NONE;
    TotalsExpected totals = m.containsKey("totals") ? totals(in, m.get("totals"), "totals") : null;
    List<GuideExpected> guides = new ArrayList<>();
    if (m.containsKey("guides")) {
      List<Node> list = in.sequence(m.get("guides"), "guides");
      if (list != null) for (Node g : list) guides.add(guide(in, g));
    }
    List<ItemExpected> items = new ArrayList<>();
    if (m.containsKey("items")) {
      List<Node> list = in.sequence(m.get("items"), "items");
      if (list != null) for (Node i : list) items.add(item(in, i));
    }
    guides.removeIf(g -> g == null);
    items.removeIf(i -> i == null);
    return new Expectations(totals, guides, items);
  }

  private static TotalsExpected totals(YamlReading in, Node node, String what) {
    Map<String, Node> m = in.mapping(node, what, TOTALS_KEYS);
    if (m == null) return null;
    return new TotalsExpected(
        m.containsKey("presented") ? in.money(m.get("presented"), "presented") : null,
        m.containsKey("paid") ? in.money(m.get("paid"), "paid") : null,
        m.containsKey("glosed") ? in.money(m.get("glosed"), "glosed") : null,
        m.containsKey("raised") ? in.money(m.get("raised"), "raised") : null,
        m.containsKey("glosa_rate") ? in.percent(m.get("glosa_rate"), "glosa_rate") : null,
        YamlReading.line(node));
  }

  private static GuideExpected guide(YamlReading in, Node node) {
    Map<String, Node> m = in.mapping(node, M.get("what.guide"), GUIDE_KEYS);
    if (m == null) return null;
    if (!m.containsKey("guide")) {
      in.problem(node, M.get("load.guide.no.number"));
      return null;
    }
    String guide = in.text(m.get("guide"), "guide");
    TotalsExpected totals = m.containsKey("totals") ? totals(in, m.get("totals"), M.get("what.guide.totals")) : null;
    List<CritiqueExpected> critiques = null;
    if (m.containsKey("critiques")) {
      List<Node> list = in.sequence(m.get("critiques"), "critiques");
      if (list != null) {
        critiques = new ArrayList<>();
        for (Node c : list) {
          Map<String, Node> cm = in.mapping(c, M.get("what.critique"), CRITIQUE_KEYS);
          if (cm == null) continue;
          critiques.add(new CritiqueExpected(
              cm.containsKey("code") ? in.text(cm.get("code"), "code") : null,
              cm.containsKey("text") ? in.text(cm.get("text"), "text") : null,
              YamlReading.line(c)));
        }
      }
    }
    return new GuideExpected(guide, totals, critiques, YamlReading.line(node));
  }

  private static ItemExpected item(YamlReading in, Node node) {
    Map<String, Node> m = in.mapping(node, M.get("what.item"), ITEM_KEYS);
    if (m == null) return null;
    if (!m.containsKey("seq") && !m.containsKey("code")) {
      in.problem(node, M.get("load.item.no.selector"));
      return null;
    }
    List<GlosaExpected> glosas = null;
    if (m.containsKey("glosas")) {
      List<Node> list = in.sequence(m.get("glosas"), "glosas");
      if (list != null) {
        glosas = new ArrayList<>();
        for (Node g : list) {
          Map<String, Node> gm = in.mapping(g, M.get("what.glosa"), GLOSA_KEYS);
          if (gm == null) continue;
          glosas.add(new GlosaExpected(
              gm.containsKey("code") ? in.text(gm.get("code"), "code") : null,
              gm.containsKey("value") ? in.money(gm.get("value"), "value") : null,
              gm.containsKey("quantity") ? in.number(gm.get("quantity"), "quantity") : null,
              gm.containsKey("text") ? in.text(gm.get("text"), "text") : null,
              YamlReading.line(g)));
        }
      }
    }
    return new ItemExpected(
        m.containsKey("guide") ? in.text(m.get("guide"), "guide") : null,
        m.containsKey("seq") ? in.integer(m.get("seq"), "seq") : null,
        m.containsKey("code") ? in.text(m.get("code"), "code") : null,
        m.containsKey("degree") ? in.text(m.get("degree"), "degree") : null,
        m.containsKey("unit_price") ? in.money(m.get("unit_price"), "unit_price") : null,
        m.containsKey("allowed") ? in.money(m.get("allowed"), "allowed") : null,
        m.containsKey("paid") ? in.money(m.get("paid"), "paid") : null,
        m.containsKey("paid_quantity") ? in.number(m.get("paid_quantity"), "paid_quantity") : null,
        m.containsKey("glosed") ? in.money(m.get("glosed"), "glosed") : null,
        m.containsKey("raised") ? in.money(m.get("raised"), "raised") : null,
        glosas, YamlReading.line(node));
  }

  /** True when the text looks like a case file (a mapping with 'contract' or 'cases'), for folder discovery. */
  static boolean looksLikeCaseFile(Reader r) {
    try {
      Node root = new Yaml().compose(r);
      if (!(root instanceof MappingNode m)) return false;
      return m.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k
          && (k.getValue().equals("cases") || k.getValue().equals("contract")));
    } catch (YAMLException e) {
      return true; // broken YAML in a cases/ folder is reported as a broken case file, not silently skipped
    }
  }
}
