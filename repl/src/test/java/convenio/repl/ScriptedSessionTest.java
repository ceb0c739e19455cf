package convenio.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REPL session driven through its input and output streams, as a script would: load, price, why, a what-if with
 * the difference it makes, expressions, and errors with the caret under the mistake. Values are hand-computed from
 * src/test/resources/repl (US abdome: porte 3C R$ 128,00 × (1 − 20%) + 4 UCO × R$ 15,00 = R$ 162,40).
 */
class ScriptedSessionTest {
  @Test
  void pricesTheOpenAccountAsATable() {
    Fixtures.Run run = Fixtures.piped("price\n");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("loaded Operadora Teste x Clínica Teste version 2"), run.out());
    // The shared terminal table of convenio.report: seq, code, description, qty, presented, allowed, paid, glosed.
    assertEquals("3 40901122 US abdome total 1 R$ 200,00 R$ 162,40 R$ 162,40 R$ 37,60 1705",
        row(run.out(), "3 40901122"));
    assertEquals("Lote total presented R$ 433,00 · paid R$ 395,40 · glosed R$ 37,60 · glosa rate 8,68%",
        row(run.out(), "Lote total"));
  }

  @Test
  void whyShowsTheRuleAndTheTableRowThatPricedAnItem() {
    Fixtures.Run run = Fixtures.piped("why 40901122\n");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("guide G-100"), run.out());
    assertTrue(run.out().contains("contrato.convenio:24"), "the price rule's line: " + run.out());
    assertTrue(run.out().contains("tables/sadt.csv:3"), "the table row's line: " + run.out());
    assertTrue(run.out().contains("glosa 1705 R$ 37,60"), run.out());
  }

  @Test
  void explainPicksAGuideAndAnItemBySequence() {
    Fixtures.Run run = Fixtures.piped("explain G-100 2\n");
    assertTrue(run.out().contains("seq 2 · procedure 40101010"), run.out());
    assertFalse(run.out().contains("seq 3 ·"), run.out());
  }

  @Test
  void settingAPercentageShowsTheDifferenceFromTheOriginalPerItemAndInTotal() {
    Fixtures.Run run = Fixtures.piped("set reducao = 10%\n");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("reducao = 10% (was 20% · "), run.out());
    // 128,00 × 90% + 60,00 = 175,20: R$ 12,80 more on the ultrasound, the only item priced by the table and paid
    // below what was presented; the ECG's allowed value rises to 10,00 × 90% + 30,00 = R$ 39,00, but it is paid as
    // presented (R$ 38,00).
    // Columns: guide, item, code, allowed now, paid before, paid now, difference, glosed now.
    assertEquals("G-100 3 40901122 R$ 175,20 R$ 162,40 R$ 175,20 +R$ 12,80 R$ 24,80", row(run.out(), "G-100 3 "));
    // The ECG's difference is 38,00 − 38,00 = R$ 0,00, printed as money like the columns beside it.
    assertEquals("G-100 2 40101010 R$ 39,00 R$ 38,00 R$ 38,00 R$ 0,00 R$ 0,00", row(run.out(), "G-100 2 "));
    assertEquals("total R$ 395,40 R$ 408,20 +R$ 12,80 R$ 24,80", row(run.out(), "total "));
  }

  @Test
  void setChangesATableCellAndResetGoesBackToTheContractAsLoaded() {
    Fixtures.Run run = Fixtures.piped("""
        set sadt.40901122.uco = 5
        reset
        price
        """);
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("sadt[\"40901122\"].uco = 5 (was 4)"), run.out());
    // One more UCO of R$ 15,00.
    assertTrue(row(run.out(), "G-100 3 ").contains("+R$ 15,00"), run.out());
    assertTrue(run.out().contains("dropped 1 change:"), run.out());
    assertTrue(row(run.out(), "Lote total").contains("paid R$ 395,40"), run.out());
  }

  @Test
  void setChangesWhatOneKeyOfAMapGives() {
    // 3C at R$ 140,00: 140,00 × 80% + 60,00 = R$ 172,00, R$ 9,60 more than 162,40.
    Fixtures.Run run = Fixtures.piped("set portes[\"3C\"] = R$ 140,00\nportes[\"3C\"]\nportes[\"2B\"]\n");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("portes[\"3C\"] = R$ 140,00 (was R$ 128,00 · "), run.out());
    assertEquals("G-100 3 40901122 R$ 172,00 R$ 162,40 R$ 172,00 +R$ 9,60 R$ 28,00", row(run.out(), "G-100 3 "));
    assertTrue(run.out().endsWith("R$ 140,00\nR$ 54,00\n"), "the other keys keep their values: " + run.out());
  }

  @Test
  void aMapKeyTheMapDoesNotHaveIsShownWithTheCaret() {
    Fixtures.Run run = Fixtures.piped("set portes[\"9Z\"] = R$ 1,00\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains(" 1 | set portes[\"9Z\"] = R$ 1,00\n   |            ^^^^\n"), run.out());
  }

  @Test
  void evaluatesExpressionsAgainstTheContractIncludingWhatIfValues() {
    Fixtures.Run run = Fixtures.piped("""
        portes["3C"] * 2
        uco *
          3
        let dobro = uco * 2
        dobro + R$ 0,50
        set uco = R$ 20,00
        dobro
        """);
    assertEquals(0, run.exitCode(), run.out());
    String[] lines = run.out().split("\n");
    assertTrue(run.out().contains("R$ 256,00\n"), run.out());
    assertTrue(run.out().contains("R$ 45,00\n"), "a continued line: " + run.out());
    assertTrue(run.out().contains("dobro = R$ 30,00 (a new name)"), run.out());
    assertTrue(run.out().contains("R$ 30,50\n"), run.out());
    // dobro is defined in terms of uco: changing uco changes it.
    assertEquals("R$ 40,00", lines[lines.length - 1], run.out());
  }

  @Test
  void aTableIsLookedUpOnTheDateOfTheOpenAccount() {
    Fixtures.Run run = Fixtures.piped("sadt[\"40901122\"].uco * uco\nsadt[\"40901122\"].porte\n");
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().endsWith("R$ 60,00\n\"3C\"\n"), run.out());
  }

  @Test
  void anErrorInAnExpressionIsShownWithTheCaretUnderTheMistake() {
    Fixtures.Run run = Fixtures.piped("uco + 10%\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("error[unit]"), run.out());
    assertTrue(run.out().contains(" 1 | uco + 10%\n   | ^^^^^^^^^\n"), run.out());
    assertFalse(run.out().contains("Exception"), run.out());
  }

  @Test
  void aSyntaxErrorPointsAtTheTokenInWhatWasTyped() {
    Fixtures.Run run = Fixtures.piped("uco * * 2\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains(" 1 | uco * * 2\n   |       ^\n"), run.out());
  }

  @Test
  void settingANameTheContractDoesNotHaveSuggestsTheClosestOne() {
    Fixtures.Run run = Fixtures.piped("set ucx = R$ 1,00\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("the contract has no let ucx"), run.out());
    assertTrue(run.out().contains(" 1 | set ucx = R$ 1,00\n   |     ^^^\n"), run.out());
    assertTrue(run.out().contains("did you mean uco?"), run.out());
  }

  @Test
  void aValueOfTheWrongTypeForATableCellIsRefusedAndNothingChanges() {
    Fixtures.Run run = Fixtures.piped("set sadt.40901122.uco = R$ 5,00\nchanges\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("column uco of table sadt"), run.out());
    assertTrue(run.out().contains("   |                         ^^^^^^^\n"), run.out());
    assertTrue(run.out().contains("no what-if changes"), run.out());
  }

  @Test
  void aChangeThatBreaksARuleIsRefusedWithTheCaretInTheContract() {
    // uco is multiplied by a number of UCOs in the sadt rule: a percentage there is a unit error at that rule.
    Fixtures.Run run = Fixtures.piped("set uco = 10%\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("contrato.convenio:24"), run.out());
    assertTrue(run.out().contains("not changed"), run.out());
  }

  @Test
  void namesOfTheItemHaveNoValueAtThePrompt() {
    Fixtures.Run run = Fixtures.piped("quantity * 2\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("error"), run.out());
    assertFalse(run.out().contains("Exception in"), run.out());
  }

  @Test
  void loadingAFolderSaysSoAndNamesTheContractsInIt(@TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("b.convenio"), "// b");
    java.nio.file.Files.writeString(dir.resolve("a.convenio"), "// a");
    Fixtures.Run run = Fixtures.piped("load " + dir + "\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains(dir + " is a folder: load takes one contract file (.convenio); in this folder: "
        + "a.convenio, b.convenio"), run.out());
    assertFalse(run.out().contains("Exception"), run.out());
  }

  @Test
  void theSessionEndsAtExitAndIgnoresWhatFollows() {
    Fixtures.Run run = Fixtures.piped("exit\nprice\n");
    assertEquals(0, run.exitCode(), run.out());
    assertFalse(run.out().contains("total"), run.out());
  }

  @Test
  void reloadReadsTheEditedFileAndKeepsTheChanges(@TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("tables"));
    java.nio.file.Files.copy(Fixtures.resource("tables/sadt.csv"), dir.resolve("tables/sadt.csv"));
    java.nio.file.Path c = dir.resolve("contrato.convenio");
    String text = java.nio.file.Files.readString(Fixtures.contract());
    java.nio.file.Files.writeString(c, text);
    java.io.StringWriter sw = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(sw);
    ReplSession s = new ReplSession(out);
    s.load(c.toString());
    s.open(Fixtures.account().toString());
    s.execute("set uco = R$ 20,00");
    // The analyst edits the file: the consultation now costs R$ 160,00.
    java.nio.file.Files.writeString(c, text.replace("R$ 150,00", "R$ 160,00"));
    s.execute("reload");
    s.execute("changes");
    s.execute("why 10101012");
    out.flush();
    String o = sw.toString();
    assertEquals(0, s.failures(), o);
    assertTrue(o.contains("reloaded " + c), o);
    assertTrue(o.contains("  set uco = R$ 20,00"), "the change is kept: " + o);
    // The difference from the file as it was: the consultation's allowed value is now R$ 160,00 (paid as presented).
    assertTrue(row(o.substring(o.indexOf("reloaded")), "G-100 1 ").startsWith("G-100 1 10101012 R$ 160,00"), o);
  }

  /** The first line of {@code text} that starts with {@code start} once runs of spaces are made one space. */
  static String row(String text, String start) {
    for (String l : text.split("\n")) {
      String normal = l.strip().replaceAll("\\s+", " ");
      if (normal.startsWith(start)) return normal;
    }
    throw new AssertionError("no line starting with " + start + " in:\n" + text);
  }
}
