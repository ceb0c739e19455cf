package convenio.diagnostics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terminal colours for a rendered diagnostic, as compilers use them: the severity in red or yellow, the underline in
 * the same colour, the gutter and the labels in blue. Applied to the plain text, so both stay the same words.
 */
final class Ansi {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String BLUE = "\u001b[1;34m";
  private static final Pattern HEADLINE = Pattern.compile("^(.*?: )(error|warning|note)(\\[[^\\]]*])?(: )(.*)$");
  private static final Pattern CARETS = Pattern.compile("^(\\s*\\|\\s*)(\\^+)$");
  private static final Pattern GUTTER = Pattern.compile("^(\\s*\\d*\\s*\\|)(.*)$");
  private static final Pattern LABEL = Pattern.compile("^(\\s*)(= hint:|= note:|-->)(.*)$");

  private Ansi() {}

  static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      case NOTE -> "\u001b[1;36m";
    };
  }

  static String paint(String rendered, Severity severity) {
    String c = colour(severity);
    StringBuilder out = new StringBuilder();
    String[] lines = rendered.split("\n", -1);
    boolean related = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher m;
      if (i == 0 && (m = HEADLINE.matcher(line)).matches()) {
        line = BOLD + m.group(1) + RESET + c + m.group(2) + (m.group(3) == null ? "" : m.group(3)) + RESET + BOLD
            + m.group(4) + m.group(5) + RESET;
      } else if ((m = CARETS.matcher(line)).matches()) {
        // The related place is secondary: its caret is blue, as rustc draws secondary labels.
        line = BLUE + m.group(1) + RESET + (related ? BLUE : c) + m.group(2) + RESET;
      } else if ((m = LABEL.matcher(line)).matches()) {
        related |= m.group(2).equals("= note:");
        line = m.group(1) + BLUE + m.group(2) + RESET + m.group(3);
      } else if ((m = GUTTER.matcher(line)).matches()) {
        line = BLUE + m.group(1) + RESET + m.group(2);
      }
      out.append(line);
      if (i < lines.length - 1) out.append('\n');
    }
    return out.toString();
  }
}
