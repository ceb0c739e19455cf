package convenio.cli;

import static convenio.cases.FakeAccounts.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.cases.FakeAccounts;
import convenio.cases.FakeContract;
import convenio.model.Money;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    TestCommand cmd = new TestCommand();
    FakeContract contract = new FakeContract(Map.of("10101012", Money.parse("180,00")));
    cmd.compiler = p -> new Compilation(List.of(), contract, Map.of());
    cmd.accounts = new FakeAccounts(Map.of("lote.xml",
        FakeAccounts.account("G-1", List.of(item(1, "10101012", "1", "200,00")))));
    CommandLine cli = new CommandLine(cmd);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path caseFile(String expectPaid) throws Exception {
    Files.writeString(dir.resolve("c.convenio"), "contract \"x\"\n");
    return Files.writeString(dir.resolve("c.cases.yaml"), """
        contract: c.convenio
        cases:
          - name: consulta
            account: lote.xml
            expect:
              items:
                - seq: 1
                  paid: %s
        """.formatted(expectPaid));
  }

  @Test
  void passingRunExitsZeroAndWritesJUnit() throws Exception {
    caseFile("R$ 180,00");
    Path junit = dir.resolve("reports/junit.xml");
    assertEquals(0, run(dir.toString(), "--junit", junit.toString(), "--verbose"));
    assertTrue(out.toString().contains("PASS   consulta"), out.toString());
    assertTrue(out.toString().contains("1 passed, 0 failed, 0 broken, 0 skipped in 1 file"), out.toString());
    assertTrue(Files.readString(junit).contains("<testcase name=\"consulta\""));
  }

  @Test
  void failureExitsOneWithExpectedActualAndTrace() throws Exception {
    caseFile("R$ 200,00");
    assertEquals(1, run(dir.toString()));
    String o = out.toString();
    assertTrue(o.contains("c.cases.yaml:7  item seq 1: paid"), o);
    assertTrue(o.contains("expected R$ 200,00") && o.contains("actual   R$ 180,00"), o);
    assertTrue(o.contains("fake.convenio:20"), "trace shows the glosa rule's line: " + o);
  }

  @Test
  void aMissingPathIsReportedAndFails() {
    assertEquals(3, run(dir.resolve("nope").toString())); // docs/commands.md: a file that is not there
    assertTrue(err.toString().contains("nope: no such file or folder"), err.toString());
  }

  @Test
  void noPathIsAUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString().contains("PATH"), err.toString());
  }

  @Test
  void onlyTheCasesNamedRun() throws Exception {
    caseFile("R$ 200,00"); // would fail if it ran
    assertEquals(3, run(dir.toString(), "-k", "NOTHING-LIKE-IT"), "a filter that matches nothing is not green");
    assertTrue(err.toString().contains("no case name contains 'NOTHING-LIKE-IT'"), err.toString());
    assertEquals(1, run(dir.toString(), "--case", "CONSULTA"));
  }
}
