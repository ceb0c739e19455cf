package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command answers {@code --help} and {@code -h} with exit 0 and examples that are not wrapped in the middle
 * (commands present and future: the list is Main's registered subcommands), and exit codes mean the same in every
 * command, as the table of docs/commands.md says: 0 done, 1 the input has errors, 2 usage error, 3 a file could not
 * be read or written.
 */
class HelpAndExitCodesTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path CONTRACT = ROOT.resolve("contracts/hospital-sao-lucas/hospital-sao-lucas.convenio");
  static final Path LOTE = ROOT.resolve("contracts/hospital-sao-lucas/lotes/lote-2025-03.xml");

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  static List<String> subcommands() {
    List<String> names = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
    assertTrue(names.size() >= 10, names.toString());
    return names;
  }

  @TestFactory
  List<DynamicTest> everyCommandAnswersHelpWithExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    List<String> commands = new ArrayList<>(subcommands());
    commands.add(null); // convenio --help itself
    for (String command : commands) {
      for (String flag : List.of("--help", "-h")) {
        tests.add(DynamicTest.dynamicTest((command == null ? "convenio" : command) + " " + flag, () -> {
          Run r = command == null ? run(flag) : run(command, flag);
          assertEquals(0, r.exit, r.err);
          assertEquals("", r.err);
          assertTrue(r.out.strip().startsWith("Usage: convenio") || r.out.contains("\nUsage: convenio"), r.out);
          examplesAreWhole(r.out);
        }));
      }
    }
    return tests;
  }

  @Test
  void langChoosesTheLanguageOfMessagesAndRefusesOthersAsAUsageError() {
    Run fr = run("--lang", "fr", "check", CONTRACT.toString());
    assertEquals(2, fr.exit);
    assertTrue(fr.err.contains("unknown language 'fr' for --lang (expected pt or en)"), fr.err);
    Run pt = run("check", "--lang", "xx", CONTRACT.toString());
    assertEquals(2, pt.exit);
    assertTrue(pt.err.contains("unknown language 'xx'"), pt.err);
    // The option is global (every subcommand takes it) and this run's choice does not leak into the next.
    assertEquals(0, run("--lang", "pt", "check", CONTRACT.toString()).exit);
    assertEquals(convenio.i18n.Lang.EN, convenio.i18n.Lang.current());
  }

  /**
   * The lines after "Examples:" up to the next blank line: each an example ({@code "  ./convenio …"} or a shell line
   * feeding it) or the continuation of one that ends with {@code \}, never the tail of a line wrapped by the help
   * formatter, and none wider than the help (80 columns).
   */
  static void examplesAreWhole(String help) {
    List<String> lines = help.lines().toList();
    int at = lines.indexOf("Examples:");
    assertTrue(at >= 0, "no Examples: in\n" + help);
    boolean continued = false;
    int examples = 0;
    for (int i = at + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String line = lines.get(i);
      assertTrue(line.length() <= 80, "wider than the help: " + line);
      if (continued) {
        assertTrue(line.startsWith("      "), "a continuation is indented: " + line);
      } else {
        assertTrue(line.startsWith("  ") && line.contains("./convenio"), "an example line: '" + line + "' in\n" + help);
        examples++;
      }
      continued = line.endsWith("\\");
    }
    assertFalse(continued, "the last example ends with a continuation");
    assertTrue(examples >= 1, help);
  }

  @Test
  void checkCompileAndServeAnswerHelpThoughTheyHaveRequiredParameters() {
    for (String c : List.of("check", "compile", "serve")) {
      Run r = run(c, "--help");
      assertEquals(0, r.exit, c + ": " + r.err);
      assertFalse(r.err.contains("Missing required"), r.err);
    }
  }

  /** A missing input file: exit 3 in every command that reads one. */
  @Test
  void aMissingInputFileIsExitThreeEverywhere() {
    String nope = dir.resolve("nope.xml").toString();
    String c = CONTRACT.toString();
    Map<String, String[]> commands = Map.of(
        "price", new String[] {"price", "--contract", c, nope},
        "explain", new String[] {"explain", "--contract", c, nope, "--item", "1"},
        "recurso", new String[] {"recurso", "--contract", c, nope},
        "diff", new String[] {"diff", "--before", c, "--after", c, nope},
        "check", new String[] {"check", dir.resolve("nope.convenio").toString()},
        "compile", new String[] {"compile", dir.resolve("nope.convenio").toString()},
        "test", new String[] {"test", dir.resolve("nope").toString()},
        "serve", new String[] {"serve", "--contracts", dir.resolve("nope").toString()});
    commands.forEach((name, args) -> {
      Run r = run(args);
      assertEquals(3, r.exit, name + ": " + r.err);
      assertFalse(r.err.contains("\tat "), name + " printed a stack trace: " + r.err);
    });
  }

  /** An unknown option: exit 2 in every command (but picocli's help, which takes any word as a command's name). */
  @Test
  void anUnknownOptionIsExitTwoEverywhere() {
    for (String name : subcommands()) {
      if (name.equals("help")) continue;
      Run r = run(name, "--no-such-option");
      assertEquals(2, r.exit, name + ": " + r.err);
    }
  }

  @Test
  void testOnAFolderWithoutCasesFails() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("sem-casos"));
    Run r = run("test", empty.toString());
    assertEquals(3, r.exit, r.out);
    assertTrue(r.err.contains("no case file in " + empty), r.err);
  }

  /** The bundled lote has two guides (RI-1001, RI-1002): which one is a usage question. */
  @Test
  void explainWithoutGuideOnALoteOfSeveralGuidesIsAUsageError() {
    Run r = run("explain", "--contract", CONTRACT.toString(), LOTE.toString(), "--item", "3");
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains("say which with --guide: RI-1001, RI-1002"), r.err);
    assertEquals(0, run("explain", "--contract", CONTRACT.toString(), LOTE.toString(), "--guide", "RI-1001",
        "--item", "3").exit);
  }

  @Test
  void aContractWithErrorsIsExitOne() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.convenio"), "contract \"x\" version 1\nprice procedure \"1\" = nada\n");
    assertEquals(1, run("check", bad.toString()).exit);
    assertEquals(1, run("compile", bad.toString()).exit);
    assertEquals(1, run("price", "--contract", bad.toString(), LOTE.toString()).exit);
  }

  @Test
  void serveRefusesATokenOnTheCommandLineAndReadsOneFromAFileOrTheEnvironment() throws Exception {
    Run r = run("serve", "--contracts", dir.toString(), "--token", "s3cret");
    assertEquals(2, r.exit);
    assertTrue(r.err.contains("--token-file") && r.err.contains("CONVENIO_TOKEN"), r.err);
    Path empty = Files.writeString(dir.resolve("token"), "\n");
    assertEquals(3, run("serve", "--contracts", dir.toString(), "--token-file", empty.toString()).exit);
    assertEquals(3, run("serve", "--contracts", dir.toString(), "--token-file",
        dir.resolve("absent").toString()).exit);
  }

  @Test
  void theTokenIsTheFilesFirstLineElseTheEnvironment() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "  s3cret-do-arquivo \nsegunda linha\n");
    Map<String, String> env = Map.of("CONVENIO_TOKEN", " s3cret-do-ambiente ");
    assertEquals("s3cret-do-arquivo", ServeCommand.token(file, env::get));
    assertEquals("s3cret-do-ambiente", ServeCommand.token(null, env::get));
    assertEquals(null, ServeCommand.token(null, Map.<String, String>of()::get));
    java.io.IOException empty = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> ServeCommand.token(Files.writeString(dir.resolve("vazio"), ""), env::get));
    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
  }

  @Test
  void theHelpCommandIsAmongTheCommandsTested() {
    assertTrue(subcommands().containsAll(List.of("help", "check", "compile", "serve", "test", "price", "explain",
        "diff", "repl", "recurso")), subcommands().toString());
    assertTrue(Main.commandLine().getSubcommands().values().stream()
        .allMatch(c -> c.getCommandSpec().mixinStandardHelpOptions()
            || c.getCommandSpec().optionsMap().containsKey("--help")), "every command has --help");
    CommandLine help = Main.commandLine().getSubcommands().get("help");
    assertTrue(help.getCommandSpec().optionsMap().containsKey("-h"));
  }
}
