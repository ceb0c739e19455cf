package convenio.cases;

import static convenio.cases.CaseTexts.M;

import convenio.cases.CaseResult.Status;
import java.util.Locale;

/**
 * JUnit XML (the de-facto schema CI systems read: testsuites/testsuite/testcase with failure, error, skipped):
 * one suite per case file, one testcase per case. A case file that cannot be read becomes an error testcase so CI
 * shows it.
 */
public final class JUnitXml {
  private JUnitXml() {}

  public static String render(TestReport report) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long failures = report.count(Status.FAILED);
    long errors = report.count(Status.BROKEN) + report.brokenFiles() + report.missing().size();
    long total = report.files().stream().mapToLong(f -> f.results().size() + (f.problems().isEmpty() ? 0 : 1)).sum()
        + report.missing().size();
    b.append("<testsuites name=\"convenio test\" tests=\"").append(total).append("\" failures=\"").append(failures)
        .append("\" errors=\"").append(errors).append("\">\n");
    for (var missing : report.missing()) {
      b.append("  <testsuite name=\"").append(attr(missing.toString())).append("\" tests=\"1\" failures=\"0\" errors=\"1\">\n")
          .append("    <testcase name=\"").append(attr(M.get("junit.path"))).append("\" classname=\"")
          .append(attr(missing.toString())).append("\">\n")
          .append("      <error message=\"").append(attr(M.get("report.missing")))
          .append("\"/>\n    </testcase>\n  </testsuite>\n");
    }
    for (FileOutcome f : report.files()) suite(b, f);
    return b.append("</testsuites>\n").toString();
  }

  private static void suite(StringBuilder b, FileOutcome f) {
    String file = f.file().toString();
    long failures = f.results().stream().filter(r -> r.status() == Status.FAILED).count();
    long errors = f.results().stream().filter(r -> r.status() == Status.BROKEN).count() + (f.problems().isEmpty() ? 0 : 1);
    long skipped = f.results().stream().filter(r -> r.status() == Status.SKIPPED).count();
    long time = f.results().stream().mapToLong(CaseResult::millis).sum();
    b.append("  <testsuite name=\"").append(attr(file)).append("\" tests=\"")
        .append(f.results().size() + (f.problems().isEmpty() ? 0 : 1)).append("\" failures=\"").append(failures)
        .append("\" errors=\"").append(errors).append("\" skipped=\"").append(skipped).append("\" time=\"")
        .append(seconds(time)).append("\">\n");
    if (!f.problems().isEmpty()) {
      StringBuilder text = new StringBuilder();
      for (CaseProblem p : f.problems()) text.append(p).append('\n');
      b.append("    <testcase name=\"").append(attr(M.get("junit.case.file"))).append("\" classname=\"")
          .append(attr(file)).append("\">\n")
          .append("      <error message=\"").append(attr(M.get("junit.file.errors"))).append("\">")
          .append(text(text.toString()))
          .append("</error>\n    </testcase>\n");
    }
    for (CaseResult r : f.results()) {
      b.append("    <testcase name=\"").append(attr(r.testCase().name())).append("\" classname=\"").append(attr(file))
          .append("\" time=\"").append(seconds(r.millis())).append('"');
      switch (r.status()) {
        case PASSED -> b.append("/>\n");
        case SKIPPED -> b.append(">\n      <skipped message=\"").append(attr(r.message())).append("\"/>\n    </testcase>\n");
        case BROKEN -> b.append(">\n      <error message=\"").append(attr(firstLine(r.message()))).append("\">")
            .append(text(r.message())).append("</error>\n    </testcase>\n");
        case FAILED -> b.append(">\n      <failure message=\"")
            .append(M.get(r.mismatches().size() == 1 ? "junit.unmet.one" : "junit.unmet", r.mismatches().size()))
            .append("\">")
            .append(text(r.testCase().where() + "\n" + TextReport.failureText(r))).append("</failure>\n    </testcase>\n");
      }
    }
    b.append("  </testsuite>\n");
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static String text(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> {
          // XML 1.0 forbids most control characters even escaped; drop them rather than write an unreadable file.
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') b.append(c);
        }
      }
    }
    return b.toString();
  }

  static String attr(String s) {
    return text(s == null ? "" : s).replace("\"", "&quot;").replace("\n", "&#10;");
  }
}
