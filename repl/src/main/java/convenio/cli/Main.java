package convenio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code convenio} command. Each subcommand is a class in this package; adding one is one line in
 * {@code subcommands} below. Exit codes: 0 done, 1 the input has errors, 2 the command line is wrong.
 */
@Command(name = "convenio", mixinStandardHelpOptions = true, version = "convenio 0.1.0",
    description = "Checks, compiles and runs contracts between health-plan operators and providers (TISS).",
    subcommands = {
        CommandLine.HelpCommand.class,
        CheckCommand.class,
        CompileCommand.class,
        ServeCommand.class,
        TestCommand.class,
        PriceCommand.class,
        ExplainCommand.class,
        DiffCommand.class,
        ReplCommand.class,
        RecursoCommand.class,
        HistoryCommand.class,
        IndicatorsCommand.class,
    })
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line with the given outputs and returns the exit code (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    // No subcommand: a usage error; picocli prints the message and the usage.
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. convenio check FILE");
  }
}
