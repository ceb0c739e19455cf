package convenio.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a golden transcript (SessionTranscriptsTest) cannot show: that input after {@code exit} is not read, and that
 * {@code reload} reads a contract file edited during the session. Values are hand-computed from
 * src/test/resources/repl (US abdome: porte 3C R$ 128,00 × (1 − 20%) + 4 UCO × R$ 15,00 = R$ 162,40).
 */
class ScriptedSessionTest {
  @Test
  void loadingAFolderSaysSoAndNamesTheContractsInIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.convenio"), "// b");
    Files.writeString(dir.resolve("a.convenio"), "// a");
    Fixtures.Run run = Fixtures.piped("load " + dir + "\n");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains(dir + " is a folder: load takes one contract file (.convenio); in this folder: "
        + "a.convenio, b.convenio"), run.out());
    assertFalse(run.out().contains("Exception"), run.out());
  }

  /** In Portuguese the session's words change; the commands (load, open, price, why) and the values do not. */
  @Test
  void inPortugueseTheSessionAnswersInTheClerksWords() {
    StringWriter sw = new StringWriter();
    PrintWriter out = new PrintWriter(sw);
    convenio.i18n.Lang.with(convenio.i18n.Lang.PT, () -> {
      ReplSession s = new ReplSession(out);
      s.execute("price");
      s.load(Fixtures.contract().toString());
      s.open(Fixtures.account().toString());
      s.execute("help");
      s.execute("set uco = R$ 20,00");
      s.execute("price");
      return null;
    });
    out.flush();
    String o = sw.toString();
    assertTrue(o.startsWith("erro: nenhum contrato carregado: load CONTRATO.convenio\n"), o);
    assertTrue(o.contains("\naberto " + Fixtures.account() + ": 1 guia, 4 itens\n"), o);
    assertTrue(o.contains("\nprice                     valoriza as contas abertas com o contrato"), o);
    assertTrue(o.contains("\nTotal do lote  apresentado R$ 433,00 · pago "), o);
    // set uco = R$ 20,00 (was 15,00): the ECG's 2 UCO allow R$ 10,00 more (38,00 → 48,00) but it is still paid as
    // presented (R$ 38,00); the US abdome's 4 UCO allow R$ 20,00 more (162,40 → 182,40), so of its R$ 200,00 the
    // glosa falls from 37,60 to 17,60. Two items changed, the lote's glosa R$ 37,60 → R$ 17,60.
    assertTrue(o.contains("com 1 alteração de simulação; diferença em relação ao contrato como foi carregado:\n"), o);
    assertTrue(o.contains("\nguia   item  código    permitido agora  pago antes  pago agora  diferença  glosado agora\n"),
        o);
    assertTrue(o.contains("\n2 de 4 itens mudaram; glosado R$ 37,60 → R$ 17,60 (-R$ 20,00)\n"), o);
  }

  @Test
  void theSessionEndsAtExitAndIgnoresWhatFollows() {
    Fixtures.Run run = Fixtures.piped("exit\nprice\n");
    assertEquals(0, run.exitCode(), run.out());
    assertFalse(run.out().contains("total"), run.out());
  }

  @Test
  void reloadReadsTheEditedFileAndKeepsTheChanges(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("tables"));
    Files.copy(Fixtures.resource("tables/sadt.csv"), dir.resolve("tables/sadt.csv"));
    Path c = dir.resolve("contrato.convenio");
    String text = Files.readString(Fixtures.contract());
    Files.writeString(c, text);
    StringWriter sw = new StringWriter();
    PrintWriter out = new PrintWriter(sw);
    ReplSession s = new ReplSession(out);
    s.load(c.toString());
    s.open(Fixtures.account().toString());
    s.execute("set uco = R$ 20,00");
    // The analyst edits the file: the consultation now costs R$ 160,00.
    Files.writeString(c, text.replace("R$ 150,00", "R$ 160,00"));
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
