package convenio.cli;

import convenio.repl.Repl;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convenio repl}: the interactive session; with piped input, a script of the same commands. */
@Command(name = "repl", mixinStandardHelpOptions = true,
    description = {"Load a contract and accounts, price, ask why, change a term and see the difference.",
        "On a terminal: line editing, Tab completion, history in ~/.convenio_history, continuation lines.",
        "With piped input no prompt is printed, so it can be scripted; the exit code is 1 if any input failed."},
    footer = {"", "Examples:",
        "  ./convenio repl --contract contrato.convenio --account lote.xml",
        "  echo 'price' | ./convenio repl --contract C.convenio --account lote.xml",
        "  printf 'set uco = R$ 20,00\\nprice\\n' | ./convenio repl -c C.convenio -a a.yaml",
        "", "Inside, type help for the commands.",
        "Exit codes (docs/commands.md): 0 done; 1 an input failed (piped input); 2 usage error."})
final class ReplCommand implements Callable<Integer> {
  @Option(names = {"-c", "--contract"}, paramLabel = "FILE", description = "contract to load (.convenio)")
  Path contract;

  @Option(names = {"-a", "--account"}, paramLabel = "FILE",
      description = "account to open: a TISS lote (.xml) or a YAML/JSON account; may be repeated")
  List<Path> accounts = new ArrayList<>();

  @Option(names = "--history", paramLabel = "FILE", description = "history file (default: ~/.convenio_history)")
  Path history;

  @Option(names = "--no-history", description = "keep no history between sessions")
  boolean noHistory;

  @Option(names = "--plain", description = "read inputs as piped text even on a terminal (no prompt, no editing)")
  boolean plain;

  @Option(names = "--echo", description = "with piped input, print each input after a prompt before its results")
  boolean echo;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path historyFile = noHistory ? null
        : history != null ? history : Path.of(System.getProperty("user.home"), ".convenio_history");
    Repl.Options options = new Repl.Options(contract, accounts, historyFile, echo);
    if (plain || !onTerminal()) {
      PrintWriter out = spec.commandLine().getOut();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      int code = Repl.piped(in, out, options);
      out.flush();
      return code;
    }
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      return Repl.interactive(terminal, options);
    }
  }

  /** True when both standard input and output are a terminal (Java 22+ has a Console for pipes too). */
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException before22) {
      return true;
    }
  }
}
