package convenio.cases;

import static convenio.cases.CaseTexts.M;

import convenio.model.Percent;
import convenio.tiss.YamlNodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The typed reading of {@link YamlNodes} (shared with the account form) for a case file: problems are
 * {@link CaseProblem}s at their line, and percentages can be read too.
 */
final class YamlReading extends YamlNodes {
  private final Path file;
  private final List<CaseProblem> problems;

  YamlReading(Path file) {
    this(file, new ArrayList<>());
  }

  private YamlReading(Path file, List<CaseProblem> problems) {
    super((at, message) -> problems.add(new CaseProblem(file, at == null ? 0 : line(at), message)));
    this.file = file;
    this.problems = problems;
  }

  List<CaseProblem> problems() {
    return problems;
  }

  int problemCount() {
    return problems.size();
  }

  void problem(int line, String message) {
    problems.add(new CaseProblem(file, line, message));
  }

  Percent percent(Node node, String what) {
    String s = text(node, what);
    if (s == null) return null;
    try {
      if (!s.endsWith("%")) throw new NumberFormatException();
      return Percent.of(s);
    } catch (RuntimeException e) {
      problem(node, M.get("load.not.percent", what, s));
      return null;
    }
  }
}
