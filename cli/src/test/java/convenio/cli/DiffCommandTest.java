package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir
  Path dir;
  CliFixture f;
  Path before;
  Path after;

  @BeforeEach
  void setUp() throws Exception {
    f = new CliFixture(dir);
    before = f.write("v2.convenio", CliFixture.CONTRACT);
    // The renegotiation: consultation 180,00 → 200,00; ECG 30,00 → 25,00.
    after = f.write("v3.convenio", CliFixture.CONTRACT.replace("R$ 180,00", "R$ 200,00")
        .replace("R$ 30,00", "R$ 25,00").replace("version 2", "version 3"));
  }

  @Test
  void perItemPerCodeAndTotal() throws Exception {
    f.write("lotes/a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    f.write("lotes/b.yaml", CliFixture.account("L-2", "G-2", "R$ 180,00"));
    assertEquals(0, f.run("diff", "--before", before.toString(), "--after", after.toString(),
        dir.resolve("lotes").toString()), f.err());
    String o = f.out();
    // a: consultation presented 200,00: 180,00 → 200,00 (+20,00, no more 1705); ECGs 2 × 30,00 → 2 × 25,00 (-10,00).
    assertTrue(o.matches("(?s).*a\\.yaml\\s+G-1\\s+1\\s+10101012\\s+R\\$ 180,00\\s+R\\$ 200,00\\s+\\+R\\$ 20,00\\s+1705 R\\$ 20,00\\s+-\\n.*"), o);
    // b: consultation presented 180,00 is paid 180,00 both ways (pay presented below the contract): unchanged.
    assertTrue(!o.contains("b.yaml   G-2      1"), o);
    assertTrue(o.contains("3 of 4 items priced differently in 2 accounts"), o);
    // By code: consultations 360,00 → 380,00; ECGs 120,00 → 100,00.
    assertTrue(o.matches("(?s).*10101012\\s+2\\s+R\\$ 360,00\\s+R\\$ 380,00\\s+\\+R\\$ 20,00\\n.*"), o);
    assertTrue(o.matches("(?s).*40101010\\s+2\\s+R\\$ 120,00\\s+R\\$ 100,00\\s+-R\\$ 20,00\\n.*"), o);
    // Totals: 240,00 + 240,00 = 480,00 before; 250,00 + 230,00 = 480,00 after.
    assertTrue(o.contains("Total paid:   before R$ 480,00 · after R$ 480,00 · difference R$ 0,00 (0%)"), o);
  }

  @Test
  void aBadAccountIsReportedAndTheOthersCompared() throws Exception {
    f.write("lotes/a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    f.write("lotes/z.yaml", "not: [an account\n");
    assertEquals(3, f.run("diff", "--before", before.toString(), "--after", after.toString(),
        dir.resolve("lotes").toString()));
    assertTrue(f.err().contains("z.yaml"), f.err());
    assertTrue(f.out().contains("in 1 account"), f.out());
  }

  @Test
  void jsonForTools() throws Exception {
    f.write("lotes/a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    assertEquals(0, f.run("diff", "--before", before.toString(), "--after", after.toString(), "--format", "json",
        dir.resolve("lotes").toString()), f.err());
    var root = new ObjectMapper().readTree(f.out());
    // a: 240,00 → 250,00 (+20,00 on the consultation, -10,00 on the ECGs).
    assertEquals("10.00", root.at("/difference/paid").asText());
    assertEquals(2, root.get("items").size());
    assertEquals("1705", root.at("/items/0/glosasBefore/0/code").asText());
    assertEquals("20.00", root.at("/items/0/glosasBefore/0/value").asText());
  }
}
