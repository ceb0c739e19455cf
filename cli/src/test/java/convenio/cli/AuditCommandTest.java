package convenio.cli;

import static convenio.cli.HelpAndExitCodesTest.CONTRACT;
import static convenio.cli.HelpAndExitCodesTest.LOTE;
import static convenio.cli.HelpAndExitCodesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.desk.Desk;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convenio audit} on the March 2025 lote of Hospital São Lucas (contracts/hospital-sao-lucas; its case file
 * works the base values out by hand: the lote presented 15.656,54, paid 12.952,36, glosed 2.704,18).
 */
class AuditCommandTest {
  @TempDir Path dir;

  @org.junit.jupiter.api.BeforeEach
  void english() {
    convenio.i18n.Lang.setDefault(convenio.i18n.Lang.EN);
  }

  Path script(String text) throws Exception {
    return Files.writeString(dir.resolve("ops.txt"), text);
  }

  @Test
  void aScriptIsAppliedKeptAndWrittenInTheDemonstrativo() throws Exception {
    // glosa all RI-1001 3 (paid 558,81) → lote paid 12.952,36 − 558,81 = 12.393,55;
    // split RI-1001 8 into 2 days changes no total; 10% of RI-1001's OPME (1.850,00) = 185,00 → 12.208,55;
    // undo takes the OPME glosa back → 12.393,55; glosed 2.704,18 + 558,81 = 3.262,99.
    Path ops = script("""
        # auditoria de março
        glosa all RI-1001 3 2014 "Material não utilizado"
        split RI-1001 8 2
        group glosa 10% opme in RI-1001 2014 "OPME auditada"
        undo
        """);
    Path xml = dir.resolve("demonstrativo.xml");
    String db = dir.resolve("history").toString();
    HelpAndExitCodesTest.Run r = run("audit", "--contract", CONTRACT.toString(), LOTE.toString(), "--script",
        ops.toString(), "--auditor", "ana", "--db", db, "--out", xml.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("#1 glosa all RI-1001 item 3: 2014"), r.out());
    assertTrue(r.out().contains("(undone)"), r.out());
    assertTrue(r.out().contains("12.393,55"), r.out());
    assertTrue(r.out().contains("3.262,99"), r.out());
    String demonstrativo = Files.readString(xml, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(demonstrativo.contains("2014"), demonstrativo);
    // kept: the history gives the same account back, with its four decisions
    try (convenio.api.ContractRegistry registry = convenio.api.ContractRegistry.open(CONTRACT.getParent());
         Desk desk = Desk.open(db, Desk.pricer(registry))) {
      Desk.View v = desk.accounts().get(0);
      assertEquals(4, v.log().size());
      assertEquals("12393.55", v.result().totals().paid().plain());
    }
  }

  @Test
  void aWrongLineIsNamedAndNothingIsApplied() throws Exception {
    Path ops = script("""
        glosa all RI-1001 3 2014
        split RI-1001 8 3
        """);
    String db = dir.resolve("history").toString();
    HelpAndExitCodesTest.Run r = run("audit", "-c", CONTRACT.toString(), LOTE.toString(), "--script", ops.toString(),
        "--db", db, "--auditor", "ana");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("ops.txt:2: cannot split item 8 into 3 days: it has only 2 unit(s)"), r.err());
    // tried in memory first: the history was not even created
    assertTrue(!Files.exists(Path.of(db + ".mv.db")));
    r = run("audit", "-c", CONTRACT.toString(), LOTE.toString(), "--script", script("glosa all RI-1001 3 1799 \"x\"\n")
        .toString(), "--auditor", "ana");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("1799 is not in TISS table 38"), r.err());
    r = run("audit", "-c", CONTRACT.toString(), LOTE.toString(), "--script", script("glosa all RI-1001 x 2014\n")
        .toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("ops.txt:1:19: item must be a whole number"), r.err());
  }
}
