package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract names its operator in the header ({@code operator ans "345678" name "Bem Viver Saúde" cnpj
 * "34.567.800/0001-91"}), so the TISS demonstrativo needs no flags; {@code --operator-name} and
 * {@code --operator-cnpj} still override it. The demonstrativo's numeroCNPJ is the CNPJ's 14 digits.
 */
class OperatorHeaderTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path CONTRACT = ROOT.resolve("contracts/hospital-sao-lucas/hospital-sao-lucas.convenio");
  static final Path LOTE = ROOT.resolve("contracts/hospital-sao-lucas/lotes/lote-2025-03.xml");

  @TempDir Path dir;

  record Run(int exit, String err, String xml) {}

  Run price(Path contract, String... more) throws Exception {
    Path out = dir.resolve("d" + System.nanoTime() + ".xml");
    StringWriter o = new StringWriter(), e = new StringWriter();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("price", "--contract",
        contract.toString(), LOTE.toString(), "--format", "xml", "--out", out.toString()));
    args.addAll(java.util.List.of(more));
    int exit = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), args.toArray(String[]::new));
    String xml = Files.exists(out) ? Files.readString(out, StandardCharsets.ISO_8859_1) : "";
    return new Run(exit, e.toString(), xml);
  }

  @Test
  void theContractsHeaderNamesTheOperatorOfTheDemonstrativo() throws Exception {
    Run r = price(CONTRACT);
    assertEquals(0, r.exit, r.err);
    assertTrue(r.xml.contains("<ans:nomeOperadora>Bem Viver Saúde</ans:nomeOperadora>"), r.xml);
    assertTrue(r.xml.contains("<ans:numeroCNPJ>34567800000191</ans:numeroCNPJ>"), r.xml);
  }

  @Test
  void theFlagsStillOverrideTheHeader() throws Exception {
    Run r = price(CONTRACT, "--operator-name", "Operadora Renomeada", "--operator-cnpj", "11222333000181");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.xml.contains("<ans:nomeOperadora>Operadora Renomeada</ans:nomeOperadora>"), r.xml);
    assertTrue(r.xml.contains("<ans:numeroCNPJ>11222333000181</ans:numeroCNPJ>"), r.xml);
    assertFalse(r.xml.contains("Bem Viver"), r.xml);
  }

  @Test
  void aCompiledArtifactCarriesTheOperator() throws Exception {
    Path cvc = dir.resolve("sao-lucas.cvc");
    StringWriter o = new StringWriter(), e = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(o, true), new PrintWriter(e, true), "compile", CONTRACT.toString(), "-o",
        cvc.toString()), e.toString());
    Run r = price(cvc);
    assertEquals(0, r.exit, r.err);
    assertTrue(r.xml.contains("<ans:nomeOperadora>Bem Viver Saúde</ans:nomeOperadora>"), r.xml);
  }

  @Test
  void aContractThatDoesNotNameTheOperatorNeedsTheFlag() throws Exception {
    Path c = Files.writeString(dir.resolve("c.convenio"), CliFixture.CONTRACT);
    Path a = Files.writeString(dir.resolve("a.yaml"), CliFixture.account("1", "G-1", "R$ 200,00"));
    StringWriter o = new StringWriter(), e = new StringWriter();
    int exit = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), "price", "--contract", c.toString(),
        a.toString(), "--format", "xml");
    assertEquals(2, exit);
    assertTrue(e.toString().contains("--operator-cnpj"), e.toString());
  }

  @Test
  void aWrongOperatorCnpjIsACheckError() throws Exception {
    Path c = Files.writeString(dir.resolve("c.convenio"), CliFixture.CONTRACT.replace("operator ans \"123456\"",
        "operator ans \"123456\" name \"Operadora Teste\" cnpj \"1234\""));
    StringWriter o = new StringWriter(), e = new StringWriter();
    assertEquals(1, Main.run(new PrintWriter(o, true), new PrintWriter(e, true), "check", c.toString()));
    assertTrue(o.toString().contains("the operator's CNPJ \"1234\" does not have 14 digits"), o.toString());
  }
}
