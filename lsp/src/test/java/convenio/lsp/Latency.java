package convenio.lsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * How long the server takes to answer on a contract, as an editor sees it (over pipes, JSON included), after a
 * warm-up: a re-check after a keystroke, and each kind of request. Wall time, and the CPU time the process spent
 * (server and this client together: on a machine shared with other work, wall time also counts the waits for a
 * core). Not a test (figures are never asserted); run by hand, see docs/editor.md:
 * {@code java -cp "$(cat cp.txt):lsp/target/classes:lsp/target/test-classes" convenio.lsp.Latency CONTRACT}.
 */
public final class Latency {
  public static void main(String[] args) throws Exception {
    Path contract = Path.of(args.length > 0 ? args[0] : "contracts/unimed-hospital/unimed-hospital.convenio");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    String text = Files.readString(contract, StandardCharsets.UTF_8);
    IndexCache indexes = new IndexCache();
    TableCache tables = new TableCache();
    String uri = EditorSession.uri(contract);
    List<Long> check = new ArrayList<>(), cpu = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      // A keystroke: one more character in a comment at the end, so every version's text is new.
      String edited = text + "\n// " + "x".repeat(i % 7);
      long t0 = System.nanoTime(), c0 = processCpu();
      Analysis.of(uri, i, edited, p -> null, indexes, tables);
      check.add(System.nanoTime() - t0);
      cpu.add(processCpu() - c0);
    }
    report("re-check after a keystroke (parse, tables, check, index)", check, cpu);
    try (EditorSession editor = new EditorSession()) {
      String open = editor.open(contract);
      editor.diagnostics(open, 1);
      int line = text.split("\n").length;
      editor.type(open, new Range(new Position(line, 0), new Position(line, 0)), "\nlet z = ");
      int version = editor.version();
      editor.diagnostics(open, version);
      measure("completion in an expression", rounds, () -> editor.complete(open, line + 1, 8));
      measure("hover on a price rule", rounds, () -> editor.hover(open, 30, 2));
      measure("hover on a let", rounds, () -> editor.hover(open, 30, 95));
      measure("definition of a table", rounds, () -> editor.definition(open, 30, 24));
      measure("document symbols", rounds, () -> editor.symbols(open));
      measure("rename", rounds, () -> editor.rename(open, 24, 6, "filme_por_m2").get());
      List<Long> typed = new ArrayList<>(), typedCpu = new ArrayList<>();
      for (int i = 0; i < rounds / 4; i++) {
        editor.type(open, new Range(new Position(line + 1, 8), new Position(line + 1, 8)), "1");
        long t0 = System.nanoTime(), c0 = processCpu();
        // A request right after a keystroke: the server re-checks the new text before it answers.
        editor.hover(open, 30, 2);
        typed.add(System.nanoTime() - t0);
        typedCpu.add(processCpu() - c0);
      }
      report("hover right after a keystroke (re-check included)", typed, typedCpu);
    }
  }

  private static void measure(String what, int rounds, Callable<?> request) throws Exception {
    List<Long> times = new ArrayList<>(), cpu = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime(), c0 = processCpu();
      request.call();
      times.add(System.nanoTime() - t0);
      cpu.add(processCpu() - c0);
    }
    report(what, times, cpu);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The second half of the runs (the first warms the JIT up): median and 90th percentile. */
  private static void report(String what, List<Long> wall, List<Long> cpu) {
    System.out.printf("%-52s wall median %6.1f ms  p90 %6.1f ms | CPU median %6.1f ms  p90 %6.1f ms  (%d runs)%n",
        what, pct(wall, 50), pct(wall, 90), pct(cpu, 50), pct(cpu, 90), wall.size() / 2);
  }

  private static double pct(List<Long> nanos, int p) {
    List<Long> warm = new ArrayList<>(nanos.subList(nanos.size() / 2, nanos.size()));
    Collections.sort(warm);
    return warm.get(Math.min(warm.size() - 1, warm.size() * p / 100)) / 1e6;
  }
}
