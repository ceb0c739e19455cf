package convenio.cases;

import java.nio.file.Path;
import java.util.List;

/** One case file's part of a run: the problems reading it and the results of the cases that could be read. */
public record FileOutcome(Path file, List<CaseProblem> problems, List<CaseResult> results) {
  public FileOutcome {
    problems = List.copyOf(problems);
    results = List.copyOf(results);
  }

  public boolean ok() {
    return problems.isEmpty() && results.stream().allMatch(CaseResult::ok);
  }
}
