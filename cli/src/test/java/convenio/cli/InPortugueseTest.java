package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line in Portuguese: every help text the commands' annotations write in English has its Portuguese in
 * convenio/cli/help_pt.properties (and nothing there is left over from a text that is gone), {@code --lang pt}
 * turns the help and the reports Portuguese, and codes, values and exit codes stay what they are in English.
 */
class InPortugueseTest {
  @TempDir Path dir;

  /** Keys every command shares: picocli's headings and the options all commands have (--help, --lang, …). */
  private static final Set<String> SHARED = Set.of("usage.synopsisHeading", "usage.commandListHeading", "help",
      "version", "lang", "import-root");

  @Test
  void everyHelpTextHasItsPortuguese() {
    ResourceBundle pt = Main.helpInPortuguese();
    Set<String> expected = new TreeSet<>(SHARED);
    List<String> missing = new ArrayList<>();
    for (CommandLine c : commands(Main.commandLine(), new ArrayList<>())) {
      CommandSpec s = c.getCommandSpec();
      String q = s.qualifiedName(".") + ".";
      texts(q + "usage.header", s.usageMessage().header(), expected);
      texts(q + "usage.description", s.usageMessage().description(), expected);
      texts(q + "usage.footer", s.usageMessage().footer(), expected);
      for (OptionSpec o : s.options()) {
        // --help and --version are the shared "help" and "version"; options every subcommand inherits are shared too.
        boolean standard = (o.usageHelp() || o.versionHelp()) && !o.descriptionKey().startsWith("helpCommand");
        if (o.inherited() || standard) continue;
        String name = o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
        texts(o.scopeType() == CommandLine.ScopeType.INHERIT ? name : q + name, o.description(), expected);
      }
      for (PositionalParamSpec p : s.positionalParameters()) {
        if (p.inherited()) continue;
        String name = p.descriptionKey().isEmpty() ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
        texts(q + name, p.description(), expected);
      }
    }
    for (String k : expected) if (!pt.containsKey(k)) missing.add(k);
    assertEquals(List.of(), missing, "help texts without Portuguese in convenio/cli/help_pt.properties");
    List<String> leftOver = new ArrayList<>();
    for (String k : pt.keySet()) if (!expected.contains(k)) leftOver.add(k);
    assertEquals(List.of(), leftOver, "keys of help_pt.properties that no help text has (a renamed option?)");
  }

  private static List<CommandLine> commands(CommandLine c, List<CommandLine> into) {
    into.add(c);
    for (CommandLine sub : new LinkedHashSet<>(c.getSubcommands().values())) commands(sub, into);
    return into;
  }

  /** A text of one line is {@code key}; of several, {@code key.0}, {@code key.1}, … as picocli reads them. */
  private static void texts(String key, String[] lines, Set<String> into) {
    if (lines.length == 0 || lines.length == 1 && lines[0].isBlank()) return;
    if (lines.length == 1) {
      into.add(key);
      return;
    }
    for (int i = 0; i < lines.length; i++) into.add(key + "." + i);
  }

  @Test
  void langPtGivesTheHelpInPortugueseWithTheSameExamples() {
    HelpAndExitCodesTest.Run r = HelpAndExitCodesTest.run("--lang", "pt", "price", "--help");
    assertEquals(0, r.exit(), r.err());
    String o = r.out();
    assertTrue(o.startsWith("Uso: convenio price [-hqV]"), o);
    assertTrue(o.contains("Valoriza lotes TISS (ou contas YAML/JSON) com um contrato, item a item"), o);
    assertTrue(o.contains("  -c, --contract=C           o contrato (.convenio, ou um .cvc compilado)"), o);
    assertTrue(o.contains("  -h, --help                 Mostra esta ajuda e sai."), o);
    assertTrue(o.contains("\nExemplos:\n  ./convenio price \\\n"), o);
    assertTrue(o.contains("Códigos de saída (docs/commands.md): 0 todos os arquivos valorizados;"), o);
    assertFalse(o.contains("Examples:"), o);
    // Given after the command, and as --lang=pt, too; the next run is English again.
    assertTrue(HelpAndExitCodesTest.run("check", "--help", "--lang=pt").out().contains(
        "Verifica arquivos de contrato e mostra cada erro e aviso, com o seu lugar."));
    assertTrue(HelpAndExitCodesTest.run("--help").out().contains("\nCommands:\n"));
    assertTrue(HelpAndExitCodesTest.run("--lang", "pt", "--help").out().contains(
        "\nComandos:\n  help        Mostra a ajuda do comando indicado.\n  check       Verifica arquivos"));
  }

  @Test
  void langPtGivesThePricedAccountInPortuguese() throws Exception {
    CliFixture f = new CliFixture(dir);
    Path contract = f.write("c.convenio", CliFixture.CONTRACT);
    Path account = f.write("a.yaml", CliFixture.account("L-1", "G-1", "R$ 200,00"));
    assertEquals(0, f.run("--lang", "pt", "price", "--contract", contract.toString(), account.toString()), f.err());
    String o = f.out();
    assertTrue(o.startsWith("Lote L-1 · contrato "), o);
    assertTrue(o.contains(" versão 2 · 1 guia\n"), o);
    assertTrue(o.contains("\nGuia G-1 (sp_sadt) · carteira 0001 · 2025-03-10\n"), o);
    assertTrue(o.contains("\n  seq  código    descrição  qtd  apresentado  permitido"), o);
    // The consultation: 200,00 presented, 180,00 by the contract → 20,00 glosed with 1705; 2 × 30,00 paid in full.
    assertTrue(o.matches("(?s).*\\n\\s+1\\s+10101012\\s+1\\s+R\\$ 200,00\\s+R\\$ 180,00\\s+R\\$ 180,00\\s+R\\$ 20,00\\s+1705\\n.*"), o);
    // 200 + 2 × 30 = 260 presented, 180 + 60 = 240 paid, 20 glosed: 20 / 260 = 7,69%.
    assertTrue(o.contains("\n  total da guia  apresentado R$ 260,00 · pago R$ 240,00 · glosado R$ 20,00 · taxa de glosa"
        + " 7,69%\n"), o);
    assertTrue(o.endsWith("\nTotal do lote  apresentado R$ 260,00 · pago R$ 240,00 · glosado R$ 20,00 · taxa de glosa"
        + " 7,69%\n"), o);
  }

  @Test
  void messagesOfTheCommandsAreInPortugueseAndTheExitCodesTheSame() {
    String nope = dir.resolve("nope.convenio").toString();
    HelpAndExitCodesTest.Run r = HelpAndExitCodesTest.run("--lang", "pt", "check", nope);
    assertEquals(3, r.exit());
    assertEquals(nope + ": arquivo inexistente\n", r.err());
    HelpAndExitCodesTest.Run en = HelpAndExitCodesTest.run("check", nope);
    assertEquals(3, en.exit());
    assertEquals(nope + ": no such file\n", en.err());
  }
}
