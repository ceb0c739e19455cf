package convenio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A small built-in profiler, so that "where does the time go" is answered by the same command that prints the
 * figures: runs a piece of work under a JDK Flight Recorder recording (execution samples every 10 ms, allocation
 * samples) and prints the Convenio methods (file line) the samples fall in, and the classes allocated the most.
 * Samples are attributed to the first Convenio frame on the stack, so time spent in the JDK on Convenio's behalf
 * (String.format, BigDecimal, HashMap) is charged to the line that asked for it.
 */
final class HotSpots {
  private HotSpots() {}

  interface Work {
    void run() throws Exception;
  }

  static void profile(String title, Work work, DoubleSupplier units, String unit)
      throws Exception {
    Path file = Files.createTempFile("convenio-bench", ".jfr");
    try (Recording r = new Recording()) {
      r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      r.enable("jdk.ObjectAllocationSample");
      r.start();
      work.run();
      r.stop();
      r.dump(file);
    }
    Map<String, Integer> byLine = new HashMap<>();
    Map<String, Long> allocByClass = new HashMap<>();
    Map<String, Long> allocBySite = new HashMap<>();
    int samples = 0;
    long allocated = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      String type = e.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        byLine.merge(firstConvenioFrame(e.getStackTrace()), 1, Integer::sum);
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long w = e.getLong("weight");
        allocated += w;
        allocByClass.merge(e.getClass("objectClass").getName(), w, Long::sum);
        allocBySite.merge(firstConvenioFrame(e.getStackTrace()), w, Long::sum);
      }
    }
    Files.deleteIfExists(file);
    double perUnit = units.getAsDouble();
    System.out.println("\n" + title + ": " + samples + " execution samples");
    print(byLine, samples, 12, "  %5.1f%%  %s%n", v -> (double) v);
    System.out.printf("  allocation: about %,.0f bytes per %s (JFR sampled weight), by class:%n",
        allocated / perUnit, unit);
    printBytes(allocByClass, perUnit, unit);
    System.out.println("  by the Convenio line allocating:");
    printBytes(allocBySite, perUnit, unit);
  }

  private static void printBytes(Map<String, Long> m, double perUnit, String unit) {
    m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
        .forEach(en -> System.out.printf("  %,10.0f bytes/%s  %s%n", en.getValue() / perUnit, unit, en.getKey()));
  }

  private static <V extends Number> void print(Map<String, V> m, int total, int limit, String fmt,
      Function<V, Double> value) {
    m.entrySet().stream().sorted((a, b) -> Double.compare(value.apply(b.getValue()), value.apply(a.getValue())))
        .limit(limit).forEach(en -> System.out.printf(fmt, 100.0 * value.apply(en.getValue()) / total, en.getKey()));
  }

  private static String firstConvenioFrame(RecordedStackTrace st) {
    if (st == null) return "(no stack)";
    List<RecordedFrame> frames = st.getFrames();
    for (RecordedFrame f : frames) {
      String cls = f.getMethod().getType().getName();
      if (cls.startsWith("convenio.") && !cls.startsWith("convenio.bench.")) {
        return cls + "." + f.getMethod().getName() + ":" + f.getLineNumber();
      }
    }
    return frames.isEmpty() ? "(no stack)" : frames.get(0).getMethod().getType().getName() + "."
        + frames.get(0).getMethod().getName() + " (outside Convenio)";
  }
}
