package convenio.cli;

import convenio.i18n.Lang;
import convenio.i18n.Messages;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code convenio} command. Each subcommand is a class in this package; adding one is one line in
 * {@code subcommands} below (and it must answer {@code --help} with examples: a test runs it for every subcommand).
 * Exit codes ({@link ExitCode}, docs/commands.md): 0 done, 1 the input has errors, 2 the command line is wrong,
 * 3 a file could not be read or written.
 */
@Command(name = "convenio", mixinStandardHelpOptions = true, version = "convenio 0.1.0",
    description = "Checks, compiles and runs contracts between health-plan operators and providers (TISS).",
    footer = {"", "Examples:",
        "  ./convenio check contracts/exemplo/exemplo.convenio",
        "  ./convenio price \\",
        "      --contract contracts/hospital-sao-lucas/hospital-sao-lucas.convenio \\",
        "      contracts/hospital-sao-lucas/lotes/lote-2025-03.xml",
        "  ./convenio COMMAND --help",
        "", "Exit codes (docs/commands.md): 0 done; 1 the input has errors; 2 usage error;",
        "3 a file could not be read or written."},
    subcommands = {
        CommandLine.HelpCommand.class,
        CheckCommand.class,
        CompileCommand.class,
        ServeCommand.class,
        TestCommand.class,
        PriceCommand.class,
        ExplainCommand.class,
        AuditCommand.class,
        DiffCommand.class,
        ReplCommand.class,
        RecursoCommand.class,
        HistoryCommand.class,
        IndicatorsCommand.class,
        convenio.lsp.LspCommand.class,
        FmtCommand.class,
    })
public final class Main implements Runnable {
  static final Messages MESSAGES = Messages.of(Main.class, "convenio.cli.messages");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Contracts import files from their own folder tree only; this names one more folder they may import from (a
   * shared folder of modules). Every command that loads contracts takes it.
   */
  @CommandLine.Option(names = "--import-root", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "also allow imports from this folder (by default a contract imports only from its own folder tree)")
  void importRoot(java.nio.file.Path dir) {
    System.setProperty(convenio.syntax.ModuleLoader.IMPORT_ROOT_PROPERTY, dir.toAbsolutePath().toString());
  }

  /**
   * The language of every text the command prints (messages, reports, help): by default the locale's (LC_ALL,
   * LC_MESSAGES, LANG; pt_BR → Portuguese). Codes, JSON keys and exit codes are the same in both.
   */
  @CommandLine.Option(names = "--lang", paramLabel = "pt|en", scope = CommandLine.ScopeType.INHERIT,
      description = "language of messages and reports: pt or en (default: from LC_ALL/LANG)")
  void lang(String value) {
    try {
      Lang.setDefault(Lang.parse(value));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), MESSAGES.get("lang.unknown", value));
    }
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line with the given outputs and returns the exit code (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // --lang fixes the language for this run; a host embedding several runs (the tests) gets its own back after.
    // It is read before parsing too, so that the help picocli prints (during parsing) is in that language.
    Lang before = Lang.current();
    langBeforeParsing(args);
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    // The last resort: a failure nobody foresaw is a one-line message, not a stack trace for the user.
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println(MESSAGES.get("internal.error", e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      return 70;
    });
    int code;
    try {
      code = cli.execute(args);
    } finally {
      Lang.setDefault(before);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The value of {@code --lang} when it is valid; an invalid one is left to picocli, which reports it. */
  private static void langBeforeParsing(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) return;
      String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
          : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      if (value == null) continue;
      try {
        Lang.setDefault(Lang.parse(value));
      } catch (IllegalArgumentException later) {
        return;
      }
    }
  }

  /**
   * The command line with every subcommand registered (the tests walk its subcommands), its help in the current
   * language: English is written in the commands' annotations, Portuguese in {@code convenio/cli/help_pt.properties}.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    if (Lang.current() == Lang.PT) cli.setResourceBundle(helpInPortuguese());
    // picocli's own usage errors (unknown option, missing parameter…) in the reader's language, same exit code.
    cli.setParameterExceptionHandler(new UsageErrors());
    // picocli's own help command, given examples like every other command.
    cli.getSubcommands().get("help").getCommandSpec().usageMessage().footer("", "Examples:",
        "  ./convenio help price", "  ./convenio help", "", "Exit codes: 0 shown; 2 no such command.");
    return cli;
  }

  /** The Portuguese texts of every command's help (picocli's resource bundle keys). */
  static java.util.ResourceBundle helpInPortuguese() {
    return java.util.ResourceBundle.getBundle("convenio.cli.help", Lang.PT.locale(), Main.class.getClassLoader(),
        java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Override
  public void run() {
    // No subcommand: a usage error; picocli prints the message and the usage.
    throw new CommandLine.ParameterException(spec.commandLine(), MESSAGES.get("command.missing"));
  }
}
