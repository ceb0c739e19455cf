package convenio.cases;

import static convenio.cases.CaseTexts.M;

import convenio.cases.CaseResult.Status;
import convenio.model.ItemResult;
import convenio.report.TraceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable report of a run: one line per case, and for each failure the expectation's place, expected vs actual
 * and the trace of the item, so the analyst sees which rule gave the value without re-running anything.
 */
public final class TextReport {
  private TextReport() {}

  public static String render(TestReport report, boolean verbose) {
    StringBuilder b = new StringBuilder();
    for (Path p : report.missing()) b.append(p).append(": ").append(M.get("report.missing")).append('\n');
    for (FileOutcome f : report.files()) {
      b.append(f.file()).append('\n');
      for (CaseProblem p : f.problems()) b.append(status("status.broken")).append(p).append('\n');
      for (CaseResult r : f.results()) caseLines(b, r, verbose);
    }
    b.append('\n').append(summary(report)).append('\n');
    return b.toString();
  }

  public static String summary(TestReport report) {
    StringBuilder b = new StringBuilder();
    b.append(M.get(report.files().size() == 1 ? "report.summary.one" : "report.summary", report.count(Status.PASSED),
        report.count(Status.FAILED), report.count(Status.BROKEN), report.count(Status.SKIPPED), report.files().size()));
    long bad = report.brokenFiles();
    if (bad > 0) b.append("; ").append(M.get(bad == 1 ? "report.bad.one" : "report.bad", bad));
    if (!report.missing().isEmpty()) {
      int n = report.missing().size();
      b.append("; ").append(M.get(n == 1 ? "report.not.found.one" : "report.not.found", n));
    }
    if (report.files().isEmpty() && report.missing().isEmpty()) b.append(M.get("report.no.files"));
    return b.toString();
  }

  private static void caseLines(StringBuilder b, CaseResult r, boolean verbose) {
    TestCase c = r.testCase();
    switch (r.status()) {
      case PASSED -> {
        if (verbose) b.append(status("status.passed")).append(c.name()).append('\n');
      }
      case SKIPPED -> b.append(status("status.skipped")).append(c.name()).append(": ").append(r.message()).append('\n');
      case BROKEN -> {
        b.append(status("status.broken")).append(c.name()).append(" (").append(c.where()).append(")\n");
        b.append(indent(r.message(), "         ")).append('\n');
      }
      case FAILED -> {
        b.append(status("status.failed")).append(c.name()).append(" (").append(c.where()).append(")\n");
        failure(b, r);
      }
    }
  }

  /** The mismatches of a failed case, each item's trace once after its mismatches. */
  public static String failureText(CaseResult r) {
    StringBuilder b = new StringBuilder();
    failure(b, r);
    return b.toString();
  }

  private static void failure(StringBuilder b, CaseResult r) {
    List<ItemResult> traced = new ArrayList<>();
    List<Mismatch> ms = r.mismatches();
    for (int i = 0; i < ms.size(); i++) {
      Mismatch m = ms.get(i);
      b.append("         ").append(r.testCase().file().getFileName()).append(':').append(m.line()).append("  ")
          .append(m.subject()).append('\n');
      b.append("           ").append(String.format("%-8s ", M.get("report.expected"))).append(m.expected()).append('\n');
      b.append("           ").append(String.format("%-8s ", M.get("report.actual"))).append(m.actual()).append('\n');
      boolean lastForItem = i + 1 == ms.size() || ms.get(i + 1).item() != m.item();
      if (m.item() != null && lastForItem && traced.stream().noneMatch(t -> t == m.item())) {
        traced.add(m.item());
        b.append("           ").append(M.get("report.trace")).append('\n')
            .append(TraceText.render(m.item(), "             "));
      }
    }
  }

  /** {@code "  FAIL   "}: a case's status in a column of 7, its details indented under the name. */
  private static String status(String key) {
    String label = M.get(key);
    return "  " + label + " ".repeat(Math.max(1, 7 - label.length()));
  }

  private static String indent(String text, String prefix) {
    return prefix + text.replace("\n", "\n" + prefix);
  }
}
