package convenio.repl;

import static convenio.repl.ReplTexts.M;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;

/**
 * Starts a REPL session on a terminal or on piped input. The command line decides which (see ReplCommand); tests call
 * these directly with their own streams or a virtual terminal.
 */
public final class Repl {
  /** The prompt of continuation lines, as wide as {@link TerminalLines#PROMPT}. */
  static final String CONTINUATION = "       .. ";

  /**
   * JLine's continuation prompt: the brackets still open (JLine's %M, from {@link ReplParser}), padded to the width
   * of the prompt, so a line that continues because of an unclosed bracket says so: {@code "     ( .. "}; one that
   * continues after an operator shows {@link #CONTINUATION}.
   */
  static final String CONTINUATION_PATTERN = "%P %M .. ";

  private Repl() {}

  /**
   * What to load before the first input, where the history is kept (null: no history file), and whether piped inputs
   * are printed before their results (a transcript, as on a terminal).
   */
  public record Options(Path contract, List<Path> accounts, Path historyFile, boolean echo) {
    public Options {
      accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public Options(Path contract, List<Path> accounts, Path historyFile) {
      this(contract, accounts, historyFile, false);
    }
  }

  /** Reads inputs from {@code in} without a terminal, printing only results. Returns the exit code. */
  public static int piped(BufferedReader in, PrintWriter out, Options options) {
    ReplSession session = new ReplSession(out);
    preload(session, options);
    return loop(session, options.echo() ? echoing(new PipedLines(in), out) : new PipedLines(in));
  }

  /** An interactive session on {@code terminal}: line editing, completion, history, continuation lines. Returns 0. */
  public static int interactive(Terminal terminal, Options options) {
    PrintWriter out = terminal.writer();
    ReplSession session = new ReplSession(out);
    LineReaderBuilder builder = LineReaderBuilder.builder().appName("convenio").terminal(terminal)
        .parser(new ReplParser()).completer(new ReplCompleter(session))
        // "!=" is an operator of the language, not a history event to expand.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.INSERT_BRACKET, false)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PATTERN)
        .variable(LineReader.INDENTATION, 2);
    if (options.historyFile() != null) builder.variable(LineReader.HISTORY_FILE, options.historyFile());
    LineReader reader = builder.build();
    out.println(M.get("banner"));
    preload(session, options);
    out.flush();
    loop(session, new TerminalLines(reader));
    // At a terminal a mistake is part of the conversation, not a failure of the session.
    return 0;
  }

  /** Each input printed after a prompt before it runs, so a scripted session reads like one typed. */
  private static LineSource echoing(LineSource source, PrintWriter out) {
    return () -> {
      String input = source.next();
      if (input != null) out.println(TerminalLines.PROMPT + input.replace("\n", "\n" + CONTINUATION));
      return input;
    };
  }

  private static void preload(ReplSession session, Options options) {
    if (options.contract() != null) session.load(options.contract().toString());
    for (Path a : options.accounts()) session.open(a.toString());
  }

  private static int loop(ReplSession session, LineSource source) {
    try (source) {
      while (!session.exitRequested()) {
        String input = source.next();
        if (input == null) break;
        session.execute(input);
      }
    }
    return session.failures() > 0 ? 1 : 0;
  }
}
