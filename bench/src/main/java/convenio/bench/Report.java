package convenio.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one run as a table (figure, value, target, met?), plus free-text findings, printed once at the end
 * so that the output can be pasted into docs/benchmarks.md as it is.
 */
final class Report {
  enum Verdict { MET, MISSED, INFO, NOT_MEASURED }

  record Row(String figure, String value, String target, Verdict verdict) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(String figure, String value, String target, Verdict verdict) {
    rows.add(new Row(figure, value, target, verdict));
    System.out.printf("  %-58s %s%n", figure, value); // progress as it goes: the table comes at the end
  }

  void info(String figure, String value) {
    add(figure, value, "", Verdict.INFO);
  }

  void notMeasured(String figure, String why) {
    add(figure, "not measured: " + why, "", Verdict.NOT_MEASURED);
  }

  /** A figure that must be at least {@code target}. */
  void atLeast(String figure, double value, double target, String unit, String targetText) {
    add(figure, fmt(value) + " " + unit, targetText, value >= target ? Verdict.MET : Verdict.MISSED);
  }

  /** A figure that must be below {@code target}. */
  void below(String figure, double value, double target, String unit, String targetText) {
    add(figure, fmt(value) + " " + unit, targetText, value < target ? Verdict.MET : Verdict.MISSED);
  }

  void note(String text) {
    notes.add(text);
    System.out.println("  note: " + text);
  }

  void print(String title) {
    int w1 = "figure".length();
    int w2 = "value".length();
    int w3 = "target".length();
    for (Row r : rows) {
      w1 = Math.max(w1, r.figure().length());
      w2 = Math.max(w2, r.value().length());
      w3 = Math.max(w3, r.target().length());
    }
    System.out.println();
    System.out.println(title);
    System.out.println();
    String f = "| %-" + w1 + "s | %" + w2 + "s | %-" + w3 + "s | %-12s |%n";
    System.out.printf(f, "figure", "value", "target", "");
    System.out.println("|" + "-".repeat(w1 + 2) + "|" + "-".repeat(w2 + 1) + ":|" + "-".repeat(w3 + 2) + "|"
        + "-".repeat(14) + "|");
    for (Row r : rows) {
      String v = switch (r.verdict()) {
        case MET -> "met";
        case MISSED -> "**missed**";
        case INFO -> "";
        case NOT_MEASURED -> "not measured";
      };
      System.out.printf(f, r.figure(), r.value(), r.target(), v);
    }
    if (!notes.isEmpty()) {
      System.out.println();
      for (String n : notes) System.out.println("- " + n);
    }
  }

  static String fmt(double v) {
    if (v >= 100) return String.format("%,.0f", v);
    if (v >= 10) return String.format("%,.1f", v);
    return String.format("%,.2f", v);
  }
}
