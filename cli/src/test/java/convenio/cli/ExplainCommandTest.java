package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir
  Path dir;
  CliFixture f;
  Path contract;
  Path account;

  @BeforeEach
  void setUp() throws Exception {
    f = new CliFixture(dir);
    contract = f.write("c.convenio", CliFixture.CONTRACT);
    account = f.write("a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
  }

  @Test
  void showsTheRuleWithItsLineAndTheValues() {
    assertEquals(0, f.run("explain", "--contract", contract.toString(), account.toString(), "--guide", "G-1",
        "--item", "1"), f.err());
    String o = f.out();
    assertTrue(o.contains("seq 1 · procedure 10101012"), o);
    assertTrue(o.contains("c.convenio:6"), "the price rule's line: " + o);
    assertTrue(o.contains("R$ 180,00"), o);
    assertTrue(o.contains("glosa 1705 R$ 20,00"), o);
    assertTrue(o.contains("→ unit R$ 180,00 · allowed R$ 180,00 · paid R$ 180,00 · glosed R$ 20,00"), o);
  }

  @Test
  void aMissingItemOrGuideSaysWhatThereIs() {
    assertEquals(3, f.run("explain", "--contract", contract.toString(), account.toString(), "--item", "9"));
    assertTrue(f.err().contains("guide G-1 has no item 9; its items: 1 (10101012), 2 (40101010)"), f.err());
    assertEquals(3, f.run("explain", "--contract", contract.toString(), account.toString(), "--guide", "X",
        "--item", "1"));
    assertTrue(f.err().contains("no guide X; its guides: G-1"), f.err());
  }
}
