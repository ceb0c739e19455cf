package convenio.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.i18n.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The jobs' help in Portuguese: every text the annotations write in English has its Portuguese in
 * convenio/spark/help_pt.properties, under the command's own key or a key every command shares (picocli looks up
 * both), nothing there is left over, and a Portuguese locale shows it.
 */
class SparkHelpInPortugueseTest {

  @Test
  void everyHelpTextHasItsPortugueseAndNoKeyIsLeftOver() {
    ResourceBundle pt = SparkMain.helpInPortuguese();
    Set<String> used = new TreeSet<>(List.of("usage.synopsisHeading", "usage.commandListHeading"));
    List<String> missing = new ArrayList<>();
    CommandLine main = SparkMain.commandLine();
    List<CommandLine> all = new ArrayList<>(List.of(main));
    all.addAll(main.getSubcommands().values());
    for (CommandLine c : all) {
      CommandSpec s = c.getCommandSpec();
      String q = s.qualifiedName(".") + ".";
      need(pt, q + "usage.description", null, used, missing);
      for (OptionSpec o : s.options()) {
        String own = o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
        String shared = o.usageHelp() ? "help" : o.versionHelp() ? "version" : own;
        need(pt, q + own, shared, used, missing);
      }
      for (PositionalParamSpec p : s.positionalParameters()) {
        need(pt, q + p.paramLabel() + "[" + p.index() + "]", null, used, missing);
      }
    }
    assertEquals(List.of(), missing, "help texts without Portuguese in convenio/spark/help_pt.properties");
    List<String> leftOver = new ArrayList<>(pt.keySet());
    leftOver.removeAll(used);
    assertEquals(List.of(), leftOver, "keys of help_pt.properties that no help text has (a renamed option?)");
  }

  private static void need(ResourceBundle pt, String own, String shared, Set<String> used, List<String> missing) {
    if (pt.containsKey(own)) used.add(own);
    else if (shared != null && pt.containsKey(shared)) used.add(shared);
    else missing.add(own);
  }

  @Test
  void aPortugueseLocaleShowsTheHelpInPortuguese() {
    String help = Lang.with(Lang.PT, () -> SparkMain.commandLine().getSubcommands().get("price").getUsageMessage());
    assertTrue(help.startsWith("Uso: convenio-spark price "), help);
    assertTrue(help.contains("Valoriza uma tabela de contas com uma pasta de contratos compilados; grava uma"), help);
    assertTrue(help.contains("--accounts=TABLE") && help.contains("tabela de contas (Parquet)"), help);
    assertTrue(help.contains("master do Spark, p.ex. local[2]"), help);
    assertTrue(help.contains("Mostra esta ajuda e sai."), help);
    String english = Lang.with(Lang.EN, () -> SparkMain.commandLine().getSubcommands().get("price").getUsageMessage());
    assertTrue(english.startsWith("Usage: convenio-spark price "), english);
  }
}
