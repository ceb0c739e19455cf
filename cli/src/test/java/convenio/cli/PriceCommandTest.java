package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCommandTest {
  @TempDir
  Path dir;
  CliFixture f;
  Path contract;

  @BeforeEach
  void setUp() throws Exception {
    f = new CliFixture(dir);
    contract = f.write("c.convenio", CliFixture.CONTRACT);
  }

  @Test
  void tableShowsEachItemAndTheTotals() throws Exception {
    Path account = f.write("a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    assertEquals(0, f.run("price", "--contract", contract.toString(), account.toString()), f.err());
    String o = f.out();
    // 200,00 presented, 180,00 allowed → 20,00 glosed with 1705; 2 × 30,00 paid in full.
    assertTrue(o.matches("(?s).*\\n\\s+1\\s+10101012\\s+1\\s+R\\$ 200,00\\s+R\\$ 180,00\\s+R\\$ 180,00\\s+R\\$ 20,00\\s+1705\\n.*"), o);
    assertTrue(o.contains("Lote total  presented R$ 260,00 · paid R$ 240,00 · glosed R$ 20,00 · glosa rate 7,69%"), o);
  }

  @Test
  void jsonCarriesExactMoneyAndTheTrace() throws Exception {
    Path account = f.write("a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    assertEquals(0, f.run("price", "--contract", contract.toString(), account.toString(), "--format", "json",
        "--trace"), f.err());
    JsonNode batch = new ObjectMapper().readTree(f.out());
    assertEquals(1, batch.size(), "one account, still a batch (an array)");
    JsonNode root = batch.get(0);
    // 180,00 for the consultation + 2 × 30,00 for the ECGs = 240,00; money is a two-place string
    assertEquals("240.00", root.at("/totals/paid").asText());
    assertTrue(root.at("/totals/paid").isTextual());
    JsonNode item = root.at("/guides/0/items/0");
    assertEquals("10101012", item.get("code").asText());
    assertEquals("1705", item.at("/glosas/0/code").asText());
    assertEquals("20.00", item.at("/glosas/0/value").asText()); // 200,00 − 180,00
    assertTrue(item.at("/pricedBy/at").asText().endsWith("c.convenio:6:1"), item.toString());
    assertTrue(item.get("trace").size() > 0);
  }

  @Test
  void aFolderIsPricedFileByFileAndABadFileDoesNotStopIt() throws Exception {
    f.write("lotes/a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    f.write("lotes/b.yaml", CliFixture.account("L-2", "G-2", "R$ 180,00"));
    f.write("lotes/c.yaml", "guides: [ { number: x, bogus: 1 } ]\n");
    int code = f.run("price", "--contract", contract.toString(), dir.resolve("lotes").toString());
    assertEquals(3, code, "a file failed: exit 3");
    String e = f.err();
    assertTrue(e.contains("c.yaml"), e);
    assertTrue(e.contains("[1/3]") && e.contains("[2/3]"), "progress: " + e);
    // presented 260 + 240 = 500; glosed 20 (only L-1's consultation) → 4% glosa rate.
    assertTrue(f.out().contains("2 of 3 files priced, 1 with problems · presented R$ 500,00 · paid R$ 480,00"
        + " · glosed R$ 20,00 · glosa rate 4%"), f.out());
  }

  @Test
  void severalAccountsToAFolderOneFileEach() throws Exception {
    f.write("lotes/a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    f.write("lotes/b.yaml", CliFixture.account("L-2", "G-2", "R$ 180,00"));
    Path out = dir.resolve("out");
    assertEquals(0, f.run("price", "--contract", contract.toString(), dir.resolve("lotes").toString(), "--format",
        "yaml", "--out", out.toString(), "-q"), f.err());
    assertTrue(Files.readString(out.resolve("a.yaml")).contains("lote: L-1"));
    assertTrue(Files.readString(out.resolve("b.yaml")).contains("lote: L-2"));
  }

  /** A file per account holds a whole batch of one: each JSON file parses as an array of one account. */
  @Test
  void severalAccountsAsJsonFilesEachAnArrayOfOne() throws Exception {
    f.write("lotes/a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    f.write("lotes/b.yaml", CliFixture.account("L-2", "G-2", "R$ 180,00"));
    Path out = dir.resolve("json");
    assertEquals(0, f.run("price", "--contract", contract.toString(), dir.resolve("lotes").toString(), "--format",
        "json", "--out", out.toString(), "-q"), f.err());
    for (String name : List.of("a", "b")) {
      JsonNode batch = new ObjectMapper().readTree(out.resolve(name + ".json").toFile());
      assertEquals(1, batch.size(), name);
      assertEquals(name.equals("a") ? "L-1" : "L-2", batch.at("/0/lote").asText());
    }
    // and a name with the format's extension holds the whole batch
    Path all = dir.resolve("todos.json");
    assertEquals(0, f.run("price", "--contract", contract.toString(), dir.resolve("lotes").toString(), "--format",
        "json", "--out", all.toString(), "-q"), f.err());
    assertEquals(2, new ObjectMapper().readTree(all.toFile()).size());
  }

  @Test
  void xmlDemonstrativoNeedsTheOperatorCnpjAndIsWritten() throws Exception {
    Path account = f.write("a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    assertEquals(2, f.run("price", "--contract", contract.toString(), account.toString(), "--format", "xml"));
    assertTrue(f.err().contains("--operator-cnpj"), f.err());
    Path out = dir.resolve("d.xml");
    assertEquals(0, f.run("price", "--contract", contract.toString(), account.toString(), "--format", "xml",
        "--operator-cnpj", "12345678000199", "--out", out.toString()), f.err());
    String xml = Files.readString(out, StandardCharsets.ISO_8859_1);
    assertTrue(xml.contains("demonstrativoAnaliseConta"), xml);
    assertTrue(xml.contains("1705"), xml);
  }

  @Test
  void aContractWithErrorsIsExitOneWithItsDiagnosticsNotAStackTrace() throws Exception {
    Path bad = f.write("bad.convenio", CliFixture.CONTRACT.replace("R$ 30,00", "30%"));
    Path account = f.write("a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    assertEquals(1, f.run("price", "--contract", bad.toString(), account.toString()));
    assertTrue(f.err().contains("bad.convenio:7"), f.err());
    assertFalse(f.err().contains("Exception"), f.err());
  }

  @Test
  void missingFileIsReportedWithItsName() {
    assertEquals(3, f.run("price", "--contract", contract.toString(), dir.resolve("nope.xml").toString()));
    assertTrue(f.err().contains("nope.xml: no such file or folder"), f.err());
  }

  @Test
  void helpHasExamples() {
    assertEquals(0, f.run("price", "--help"));
    assertTrue(f.out().contains("Examples:") && f.out().contains("Exit codes"), f.out());
  }
}
