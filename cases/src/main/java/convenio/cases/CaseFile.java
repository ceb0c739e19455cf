package convenio.cases;

import java.nio.file.Path;
import java.util.List;

/** A case file as read: the cases it holds and the problems found reading it (a case with a problem is dropped). */
public record CaseFile(Path file, List<TestCase> cases, List<CaseProblem> problems) {
  public CaseFile {
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
  }
}
