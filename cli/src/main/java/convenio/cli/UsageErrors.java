package convenio.cli;

import convenio.i18n.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line's usage errors (an unknown option, a missing parameter, a value of the wrong type, an option given
 * twice…) in the reader's language. picocli writes them in English from inside its parser, so this handler reads each
 * sentence picocli writes and writes it again from the cli bundle, with what picocli found (the option, the value, the
 * "did you mean" suggestions), then prints the usage as picocli does, and returns the same exit code (2). A message it
 * does not know, the commands' own (already in the reader's language), is printed as it is.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private static final Messages M = Messages.of(UsageErrors.class, "convenio.cli.messages");

  /** How picocli names an option or a positional parameter inside its sentences. */
  private static final Pattern ARG = Pattern.compile(
      "option '([^']*)'(?: at index (\\d+))?(?: \\(([^)]*)\\))?|positional parameter at index (\\d+) \\(([^)]*)\\)");

  private record Rule(Pattern pattern, Function<Matcher, String> render) {}

  /** picocli 4.7's sentences (CommandLine.Interpreter, ParameterException and its subclasses), most specific first. */
  private static final List<Rule> RULES = List.of(
      rule("Unknown option: (.*)", m -> M.get("usage.unknown.option", m.group(1))),
      rule("Unknown options: (.*)", m -> M.get("usage.unknown.options", m.group(1))),
      rule("Unmatched argument at index (\\d+): (.*)", m -> M.get("usage.unmatched", m.group(1), m.group(2))),
      rule("Unmatched arguments from index (\\d+): (.*)", m -> M.get("usage.unmatched.many", m.group(1), m.group(2))),
      rule("Missing required subcommand", m -> M.get("usage.missing.subcommand")),
      rule("Missing required parameter for (.+)", m -> M.get("usage.missing.value", arg(m.group(1)))),
      rule("Missing required (option|options|parameter|parameters|options and parameters): (.*)",
          m -> M.get("usage.missing." + m.group(1).replace(' ', '.'), m.group(2))),
      rule("Expected parameter for (.+) but found '(.*)'", m -> M.get("usage.expected", arg(m.group(1)), m.group(2))),
      rule("Expected parameter (\\d+) \\(of (\\d+) mandatory parameters\\) for (.+) but found '(.*)'",
          m -> M.get("usage.expected.nth", m.group(1), m.group(2), arg(m.group(3)), m.group(4))),
      rule("(.+) should be specified only once", m -> M.get("usage.once", arg(m.group(1)))),
      rule("(.+) should be specified without '(.*)' parameter", m -> M.get("usage.no.value", arg(m.group(1)),
          m.group(2))),
      rule("(.+) requires at least (\\d+) values, but none were specified\\.",
          m -> M.get("usage.at.least", arg(m.group(1)), m.group(2))),
      rule("Invalid value for (.+?): cannot convert '(.*)' to (.+) \\((.*)\\)",
          m -> M.get("usage.invalid.convert", arg(m.group(1)), m.group(2), m.group(3), m.group(4))),
      rule("Invalid value for (.+?): (.*)", m -> M.get("usage.invalid", arg(m.group(1)), value(m.group(2)))),
      rule("Error: (.+) are mutually exclusive \\(specify only one\\)", m -> M.get("usage.exclusive", m.group(1))),
      rule("Error: Missing required argument \\(specify one of these\\): (.+)",
          m -> M.get("usage.missing.one.of", m.group(1))),
      rule("Error: Missing required argument\\(s\\): (.+)", m -> M.get("usage.missing.arguments", m.group(1))));

  /** What picocli's converters say of a value they cannot read. */
  private static final List<Rule> VALUES = List.of(
      rule("expected one of (\\[.*]) \\(case-sensitive\\) but was '(.*)'",
          m -> M.get("usage.value.one.of", m.group(1), m.group(2))),
      rule("expected one of (\\[.*]) \\(case-insensitive\\) but was '(.*)'",
          m -> M.get("usage.value.one.of.any.case", m.group(1), m.group(2))),
      rule("'(.*)' is not an? (?:int|long|short|byte|Integer|Long|Short|Byte|BigInteger)",
          m -> M.get("usage.value.whole", m.group(1))),
      rule("'(.*)' is not an? (?:double|float|Double|Float|BigDecimal)", m -> M.get("usage.value.number", m.group(1))),
      rule("'(.*)' is not a yyyy-MM-dd date", m -> M.get("usage.value.date", m.group(1))),
      rule("'(.*)' is not a boolean", m -> M.get("usage.value.boolean", m.group(1))));

  private static Rule rule(String regex, Function<Matcher, String> render) {
    return new Rule(Pattern.compile(regex), render);
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText(message(ex.getMessage())));
    if (!suggestions(ex, err)) cmd.usage(err, cmd.getColorScheme());
    CommandLine.IExitCodeExceptionMapper mapper = cmd.getExitCodeExceptionMapper();
    return mapper != null ? mapper.getExitCode(ex) : cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * picocli's message in the current language. picocli joins two sentences with "; " (an unknown option where a
   * value was expected), so each is read on its own; one it does not recognize stays as written.
   */
  static String message(String picocli) {
    if (picocli == null) return "";
    List<String> out = new ArrayList<>();
    for (String sentence : picocli.split("; ", -1)) out.add(render(RULES, sentence));
    return String.join("; ", out);
  }

  private static String render(List<Rule> rules, String sentence) {
    for (Rule r : rules) {
      Matcher m = r.pattern.matcher(sentence);
      if (m.matches()) return r.render.apply(m);
    }
    return sentence;
  }

  private static String value(String converterMessage) {
    return render(VALUES, converterMessage);
  }

  /** "option '--item' (N)", "positional parameter at index 0 (FILE)" in the current language; anything else as is. */
  static String arg(String picocli) {
    Matcher m = ARG.matcher(picocli);
    if (!m.matches()) return picocli;
    if (m.group(1) == null) return M.get("usage.arg.positional", m.group(4), m.group(5));
    if (m.group(2) != null) return M.get("usage.arg.option.at", m.group(1), m.group(2), m.group(3));
    if (m.group(3) != null) return M.get("usage.arg.option.label", m.group(1), m.group(3));
    return M.get("usage.arg.option", m.group(1));
  }

  /** picocli's "did you mean" (a command) or "possible solutions" (an option), with the names picocli found. */
  private static boolean suggestions(ParameterException ex, PrintWriter err) {
    if (!(ex instanceof UnmatchedArgumentException u)) return false;
    List<String> found = u.getSuggestions();
    if (found.isEmpty()) return false;
    if (u.isUnknownOption()) {
      err.println(M.get("usage.possible", String.join(", ", found)));
    } else {
      String command = ex.getCommandLine().getCommandSpec().name();
      String alternatives = null;
      for (String s : found) {
        String named = command == null || command.isBlank() ? s : command + " " + s;
        alternatives = alternatives == null ? named : M.get("usage.or", alternatives, named);
      }
      err.println(M.get("usage.did.you.mean", alternatives));
    }
    err.flush();
    return true;
  }
}
