package convenio.cases;

import static convenio.cases.CaseTexts.M;

import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.model.TraceEvent;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import convenio.syntax.ModuleLoader;
import convenio.syntax.Program;
import convenio.syntax.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules of a contract the cases exercise: a rule counts when some case's result cites its line (it priced,
 * adjusted, limited, glosed or critiqued something). A rule no case exercises is a clause of the signed contract
 * nobody has shown the file gets right. Only the contract's own files count, not the standard library.
 */
public record RuleCoverage(Path contract, List<Rule> rules) {
  public record Rule(String file, int line, String kind, String text, boolean exercised) {}

  public long exercised() {
    return rules.stream().filter(Rule::exercised).count();
  }

  public static List<RuleCoverage> of(TestReport report) {
    Map<Path, Set<String>> cited = new LinkedHashMap<>();
    for (FileOutcome f : report.files()) {
      for (CaseResult r : f.results()) {
        if (r.result() == null) continue;
        cite(r.result(), cited.computeIfAbsent(r.testCase().contract(), k -> new HashSet<>()));
      }
    }
    List<RuleCoverage> out = new ArrayList<>();
    for (var e : cited.entrySet()) out.add(of(e.getKey(), e.getValue()));
    return out;
  }

  static RuleCoverage of(Path contract, Set<String> cited) {
    Program program = ModuleLoader.load(contract);
    List<Rule> rules = new ArrayList<>();
    for (ContractFile f : program.files()) {
      if (program.dirOf(f.file()) == null) continue; // the standard library has its own cases
      SourceFile src = program.sources().get(f.file());
      String[] lines = src == null ? new String[0] : src.text().split("\n", -1);
      for (Decl d : f.decls()) {
        String kind = kind(d);
        if (kind == null) continue;
        int line = d.span().line();
        String text = line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
        rules.add(new Rule(f.file(), line, kind, text, cited.contains(f.file() + ":" + line)));
      }
    }
    return new RuleCoverage(contract, rules);
  }

  private static void cite(PricingResult r, Set<String> into) {
    for (GuideResult g : r.guides()) {
      for (Critique c : g.critiques()) add(c.pos(), into);
      for (ItemResult i : g.items()) {
        if (i.source() != null) add(i.source().pos(), into);
        for (Glosa gl : i.glosas()) add(gl.pos(), into);
        for (TraceEvent e : i.trace()) if (e.kind() != TraceEvent.Kind.SKIPPED) add(e.pos(), into);
      }
    }
  }

  private static void add(SourcePos p, Set<String> into) {
    if (p != null && p != SourcePos.NONE) into.add(p.file() + ":" + p.line());
  }

  /** The rules that decide money or findings; values, tables and maps are exercised through them. */
  private static String kind(Decl d) {
    if (d instanceof Decl.Price) return "price";
    if (d instanceof Decl.Routes) return "routes";
    if (d instanceof Decl.Participation) return "participation";
    if (d instanceof Decl.Adjust) return "adjust";
    if (d instanceof Decl.Limit) return "limit";
    if (d instanceof Decl.Require) return "require";
    if (d instanceof Decl.GlosaRule) return "glosa";
    if (d instanceof Decl.Package) return "package";
    if (d instanceof Decl.Check) return "check";
    if (d instanceof Decl.Duplicates) return "duplicates";
    return null;
  }

  /** {@code contract: 34 of 40 rules exercised} and the rules no case exercises, with file:line and the line. */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(M.get("coverage.summary", display(contract.toString()), exercised(), rules.size())).append('\n');
    String notExercised = "  " + M.get("coverage.not.exercised") + "  ";
    for (Rule r : rules) {
      if (r.exercised()) continue;
      b.append(notExercised).append(display(r.file())).append(':').append(r.line()).append("  ").append(r.text())
          .append('\n');
    }
    return b.toString();
  }

  /** Relative to the working folder when inside it: the paths an analyst typed, not /home/…/contracts/…. */
  static String display(String file) {
    try {
      Path p = Path.of(file).toAbsolutePath().normalize();
      Path here = Path.of("").toAbsolutePath();
      return p.startsWith(here) ? here.relativize(p).toString() : file;
    } catch (RuntimeException e) {
      return file;
    }
  }
}
