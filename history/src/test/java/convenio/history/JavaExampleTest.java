package convenio.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/history.md, compiled and run here; the doc shows the lines between the markers verbatim. */
class JavaExampleTest {
  @TempDir
  Path dir;

  @Test
  void theDocumentedExampleRuns() throws Exception {
    Fixture.write(dir);
    String file = dir.resolve("glosas").toString();
    Path folder = dir;
    // example:start
    try (HistoryStore history = HistoryStore.open(file)) {          // an H2 file; or "postgresql://…"
      List<AddOutcome> added = history.add(List.of(folder));        // lotes, demonstrativos, recursos, answers
      added.stream().filter(o -> o.status() == AddOutcome.Status.FAILED).forEach(System.err::println);
      Indicators i = history.indicators(IndicatorQuery.all(Dimension.OPERATOR));
      for (Indicators.Row r : i.rows()) {
        System.out.println(r.key().get(Dimension.OPERATOR) + " " + r.rate() + "% of " + r.presented().format());
      }
      String json = IndicatorsJson.write(i);                         // the same JSON as the CLI and GET /indicators
      // example:end
      assertEquals(6, added.size());
      assertEquals(new java.math.BigDecimal("4.29"), i.rows().get(0).rate()); // 15 / 350 × 100
      assertTrue(json.contains("\"pooled_rate\""));
    }
    String doc = Files.readString(Path.of("..", "docs", "history.md"));
    String src = Files.readString(Path.of("src", "test", "java", "convenio", "history", "JavaExampleTest.java"));
    String example = src.substring(src.indexOf("// example:start") + "// example:start".length(), src.indexOf("// example:end"));
    for (String line : example.strip().split("\n")) assertTrue(doc.contains(line.strip()), "docs/history.md lacks: " + line.strip());
  }
}
