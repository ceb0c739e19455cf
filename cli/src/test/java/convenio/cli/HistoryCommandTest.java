package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convenio history} and {@code convenio indicators} end to end on the bundled sample history (a year, two
 * operators), in an H2 file of the test's own.
 */
class HistoryCommandTest {
  static final Path SAMPLE = Path.of("..", "examples", "glosa-history");

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void addTwiceThenIndicatorsAsCsvJsonAndHtml() throws Exception {
    String db = dir.resolve("h").toString();
    Run add = run("history", "add", "--db", db, SAMPLE.toString());
    assertEquals(0, add.code(), add.err());
    // 24 lotes, 24 demonstrativos, the recursos and answers the generator wrote: every file recorded once
    long files;
    try (var s = Files.walk(SAMPLE)) {
      files = s.filter(Files::isRegularFile).count();
    }
    assertTrue(add.out().contains(files + " recorded, 0 already recorded, 0 not readable"), add.out());
    Run again = run("history", "--db", db, "add", SAMPLE.toString());
    assertTrue(again.out().contains("0 recorded, " + files + " already recorded"), again.out());

    Run csv = run("indicators", "--db", db, "--by", "operator", "--format", "csv");
    assertEquals(0, csv.code(), csv.err());
    String[] lines = csv.out().split("\n");
    assertTrue(lines[0].startsWith("operator,presented,glosed,glosa_rate,target_percent,above_target"), lines[0]);
    assertEquals(3, lines.length, "a header and two operators");

    Path json = dir.resolve("i.json");
    assertEquals(0, run("indicators", "--db", db, "--format", "json", "-o", json.toString()).code());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    // pooled = total glosed / total presented, recomputed here from the JSON's own totals
    JsonNode total = root.path("summary").path("total");
    java.math.BigDecimal pooled = total.path("glosed").decimalValue().multiply(java.math.BigDecimal.valueOf(100))
        .divide(total.path("presented").decimalValue(), 2, java.math.RoundingMode.HALF_UP);
    assertEquals(0, pooled.compareTo(root.path("summary").path("pooled_rate").decimalValue()));
    assertEquals(24, root.path("rows").size(), "two operators × twelve competências");

    Path html = dir.resolve("r.html");
    assertEquals(0, run("indicators", "--db", db, "--format", "html", "-o", html.toString()).code());
    String page = Files.readString(html);
    assertTrue(page.contains("id=\"chart-rate\""));
    assertFalse(page.contains("http://") && page.contains("<script src"), "self-contained");

    Run due = run("history", "due", "--db", db, "--today", "2026-01-15");
    assertEquals(0, due.code());
    assertTrue(due.out().contains("answer awaited"), due.out());
  }

  @Test
  void dueTakesTheOperatorsPrazoFromItsContract() throws Exception {
    String db = dir.resolve("h").toString();
    assertEquals(0, run("history", "add", "--db", db, SAMPLE.toString()).code());
    Path contract = dir.resolve("c.convenio");
    Files.writeString(contract, """
        contract "Operadora 111111 x Hospital" version 1
          operator ans "111111"
          provider cnpj "11.222.333/0001-81"
          effective 2025-01-01
          recurso in 7 days after demonstrativo answer in 7 days after recurso

        price procedures = presented
        """);
    Run due = run("history", "due", "--db", db, "--today", "2026-01-15", "--contract", contract.toString());
    assertEquals(0, due.code(), due.err());
    assertTrue(due.out().lines().anyMatch(l -> l.contains("operator 111111") && l.contains("prazo 7 days, the"
        + " contract's clause, " + contract + ":5")), due.out());
    // Operator 222222's contract was not given: its prazo is still the assumed one.
    assertTrue(due.out().lines().filter(l -> l.contains("operator 222222")).allMatch(l -> l.contains("prazo 30 days")),
        due.out());
  }

  @Test
  void badInputIsAMessageNotAStackTrace() throws Exception {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<?xml version=\"1.0\"?><ans:mensagemTISS xmlns:ans=\"http://www.ans.gov.br/padroes/tiss/schemas\"><ans:operadoraParaPrestador><ans:demonstrativosRetorno><ans:demonstrativoAnaliseConta>");
    Run add = run("history", "add", "--db", dir.resolve("h").toString(), bad.toString());
    assertEquals(3, add.code()); // a file that cannot be read (docs/commands.md, exit codes)
    assertTrue(add.err().contains("bad.xml:1:"), add.err());
    assertFalse(add.err().contains("\tat "), add.err());
    Run by = run("indicators", "--db", dir.resolve("h").toString(), "--by", "colour");
    assertEquals(2, by.code());
    assertTrue(by.err().contains("unknown dimension 'colour'"), by.err());
    Run pg = run("indicators", "--db", "postgresql://nobody@127.0.0.1:1/none");
    assertEquals(3, pg.code()); // the history cannot be opened
    assertTrue(pg.err().startsWith("error: cannot open the history at postgresql://nobody@127.0.0.1:1/none"), pg.err());
  }
}
