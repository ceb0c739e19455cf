package convenio.cases;

import convenio.cases.CaseResult.Status;
import java.nio.file.Path;
import java.util.List;

/** The outcome of {@code convenio test}: per case file, plus the paths given that did not exist. */
public record TestReport(List<FileOutcome> files, List<Path> missing) {
  public TestReport {
    files = List.copyOf(files);
    missing = List.copyOf(missing);
  }

  public boolean ok() {
    return missing.isEmpty() && files.stream().allMatch(FileOutcome::ok);
  }

  public long count(Status status) {
    return files.stream().flatMap(f -> f.results().stream()).filter(r -> r.status() == status).count();
  }

  public long brokenFiles() {
    return files.stream().filter(f -> !f.problems().isEmpty()).count();
  }
}
