package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {
  @TempDir
  Path dir;

  @Test
  void listsTheRulesNoCaseExercises() throws Exception {
    CliFixture f = new CliFixture(dir);
    f.write("c.convenio", CliFixture.CONTRACT);
    // Only the consultation (rule at line 6) is billed; the ECG rule at line 7 is never exercised.
    f.write("cases/consulta.yaml", """
        contract: ../c.convenio
        cases:
          - name: consulta
            account:
              guides:
                - number: "G-1"
                  type: sp_sadt
                  items:
                    - { seq: 1, code: "10101012", quantity: 1, unit_value: "R$ 180,00", date: 2025-03-10 }
            expect:
              items:
                - { seq: 1, paid: "R$ 180,00" }
        """);
    assertEquals(0, f.run("test", dir.toString(), "--coverage"), f.out() + f.err());
    String o = f.out();
    assertTrue(o.contains("c.convenio: 1 of 2 rules exercised by the cases"), o);
    assertTrue(o.contains("c.convenio:7  price procedure \"40101010\" = R$ 30,00"), o);
    assertTrue(!o.contains("c.convenio:6  price"), o);
  }
}
