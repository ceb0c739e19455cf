package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convenio check}: output like a compiler, JSON on request, and the exit codes scripts rely on. */
class CheckCommandTest {
  static final String EXEMPLO = "../contracts/exemplo/exemplo.convenio";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path contract(String body) throws Exception {
    Path f = dir.resolve("c.convenio");
    Files.writeString(f, """
        contract "T" version 1
          operator ans "999999"
          provider cnpj "12.345.678/0001-90"
          effective 2025-01-01
        """ + body);
    return f;
  }

  @Test
  void aCleanContractExitsZero() {
    Run r = run("check", EXEMPLO);
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("ok: " + EXEMPLO + ": no errors\n", r.out());
  }

  @Test
  void errorsArePrintedWithTheirPlaceAndExitOne() throws Exception {
    Path f = contract("let uco = R$ 17,50\nprice procedures = uco + 10%\nprice materials = cbhpn.pf\n");
    Run r = run("check", f.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains(f + ":6:20: error[unit]: cannot add a percentage to money\n"), r.out());
    assertTrue(r.out().contains(" 6 | price procedures = uco + 10%\n   |                    ^^^^^^^^^\n"), r.out());
    assertTrue(r.out().contains("= hint: to raise a value by a percentage, write uco * (1 + 10%)"), r.out());
    assertTrue(r.out().contains(f + ":7:19: error[unknown-name]: unknown name 'cbhpn'"), r.out());
    assertTrue(r.out().endsWith("failed: " + f + ": 2 errors\n"), r.out());
  }

  @Test
  void jsonForEditors() throws Exception {
    Path f = contract("let uco = R$ 17,50 + 10%\n");
    Run r = run("check", "--format", "json", f.toString(), EXEMPLO);
    assertEquals(1, r.code());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(1, root.get("errors").asInt());
    JsonNode d = root.get("diagnostics").get(0);
    assertEquals(f.toString(), d.get("file").asText());
    assertEquals(5, d.get("line").asInt());
    assertEquals(11, d.get("column").asInt());
    assertEquals("unit", d.get("code").asText());
  }

  @Test
  void aMissingFileIsAnError() {
    Run r = run("check", dir.resolve("nao-existe.convenio").toString());
    assertEquals(3, r.code()); // docs/commands.md: a missing input file is 3 in every command
    assertTrue(r.err().contains("nao-existe.convenio: no such file"), r.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("check").code());
    assertEquals(2, run("check", "--format", "xml", EXEMPLO).code());
    assertEquals(2, run().code());
  }
}
