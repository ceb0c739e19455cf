package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.history.sample.SampleMessages;
import convenio.model.Account;
import convenio.model.Money;
import convenio.tiss.AccountYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convenio recurso --prazo-days N}: a demonstrativo of 2025-04-05 with a 30-day prazo may be appealed up to
 * 2025-05-05 (April has 30 days: 25 + 5); a recurso dated later is out of prazo and not drafted unless --late.
 */
class RecursoPrazoTest {
  @TempDir
  Path dir;
  Path demonstrativo;
  Path contract;

  @BeforeEach
  void operatorGlosesTheConsulta() throws Exception {
    Path conta = Path.of(getClass().getResource("/repl/conta-recurso.yaml").toURI());
    contract = Path.of(getClass().getResource("/repl/contrato.convenio").toURI());
    Account lote = AccountYaml.read(conta);
    demonstrativo = dir.resolve("demonstrativo.xml");
    Files.write(demonstrativo, SampleMessages.demonstrativo(lote, List.of(new SampleMessages.GlosaAt("G-100", 1, "1705",
        Money.of("150.00"))), "OPERADORA TESTE", "99888777000166", "DEM-56", LocalDate.of(2025, 4, 5), "700002"));
  }

  private String[] run(String date, boolean late) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    Path recurso = dir.resolve("recurso-" + date + ".xml");
    List<String> args = new java.util.ArrayList<>(List.of("recurso", "-c", contract.toString(), "--prazo-days", "30",
        "--date", date, "-o", recurso.toString(), demonstrativo.toString()));
    if (late) args.add(0 + 1, "--late");
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new String[] {String.valueOf(code), out.toString(), err.toString(), String.valueOf(Files.exists(recurso))};
  }

  @Test
  void onTheLastDayItIsDrafted() {
    String[] r = run("2025-05-05", false);
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("appeal by 2025-05-05 (0 day(s) left)"), r[1]);
    assertEquals("true", r[3]);
  }

  @Test
  void theDayAfterItIsOutOfPrazoAndNotDrafted() {
    String[] r = run("2025-05-06", false);
    assertEquals("0", r[0], r[2]);
    assertTrue(r[2].contains("the recurso prazo of 30 days ended on 2025-05-05; a recurso dated 2025-05-06 is 1 day(s) late"), r[2]);
    assertTrue(r[2].contains("not drafted (--late drafts it anyway)"), r[2]);
    assertEquals("false", r[3]);
    assertTrue(r[1].contains("under appeal"), "the summary still says what would be appealed: " + r[1]);
  }

  @Test
  void thePrazoRecordedInTheHistory() {
    String db = dir.resolve("h").toString();
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "history", "prazo", "--db", db,
        "--operator", "123456", "--recurso-days", "10", "--answer-days", "30"), err.toString());
    // 2025-04-05 + 10 days = 2025-04-15: a recurso of 2025-04-16 is one day late
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "recurso", "-c", contract.toString(),
        "--history", db, "--date", "2025-04-16", "-o", dir.resolve("r.xml").toString(), demonstrativo.toString());
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("the recurso prazo of 10 days ended on 2025-04-15"), err.toString());
    assertFalse(Files.exists(dir.resolve("r.xml")));
  }

  /** The contract of the tests with its recurso prazo clause, in a folder of its own beside its table. */
  private Path contractStating(String clause) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("contrato"));
    Files.createDirectories(folder.resolve("tables"));
    Files.copy(contract.resolveSibling("tables").resolve("sadt.csv"), folder.resolve("tables/sadt.csv"));
    String text = Files.readString(contract).replace("  rounding half_up to cents per item\n",
        "  rounding half_up to cents per item\n  " + clause + "\n");
    assertTrue(text.contains(clause));
    Path c = folder.resolve("contrato.convenio");
    Files.writeString(c, text);
    return c;
  }

  @Test
  void thePrazoTheContractStatesWarnsAboutEachGlosaAndDraftsNothing() throws Exception {
    // recurso in 20 days after demonstrativo: 2025-04-05 + 20 days = 2025-04-25; a recurso of 2025-04-26 is 1 day late.
    Path c = contractStating("recurso in 20 days after demonstrativo");
    StringWriter out = new StringWriter(), err = new StringWriter();
    Path recurso = dir.resolve("r.xml");
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "recurso", "-c", c.toString(),
        "--date", "2025-04-26", "-o", recurso.toString(), demonstrativo.toString());
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().contains("the recurso prazo of 20 days ended on 2025-04-25"), err.toString());
    // The one glosa of the demonstrativo (guide G-100 item 1, 1705 of R$ 150,00), warned about by itself.
    assertTrue(err.toString().contains("warning: guide G-100 item 1, glosa 1705 (R$ 150,00): out of the recurso prazo"
        + " of demonstrativo DEM-56; not drafted (--late drafts it)"), err.toString());
    assertFalse(Files.exists(recurso));
    // --prazo-days overrides the contract's clause: 30 days reach 2025-05-05.
    code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "recurso", "-c", c.toString(),
        "--prazo-days", "30", "--date", "2025-04-26", "-o", recurso.toString(), demonstrativo.toString());
    assertEquals(0, code, err.toString());
    assertTrue(Files.exists(recurso));
  }

  @Test
  void withinTheContractsPrazoTheRecursoIsDrafted() throws Exception {
    Path c = contractStating("recurso in 20 days after demonstrativo answer in 20 days after recurso");
    StringWriter out = new StringWriter(), err = new StringWriter();
    Path recurso = dir.resolve("r.xml");
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "recurso", "-c", c.toString(),
        "--date", "2025-04-25", "-o", recurso.toString(), demonstrativo.toString());
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("appeal by 2025-04-25 (0 day(s) left)"), out.toString());
    assertTrue(Files.exists(recurso));
  }

  @Test
  void lateDraftsItAnyway() {
    String[] r = run("2025-05-20", true);
    assertEquals("0", r[0], r[2]);
    assertTrue(r[2].contains("15 day(s) late"), r[2]);
    assertEquals("true", r[3]);
    assertFalse(r[2].contains("not drafted"), r[2]);
  }
}
