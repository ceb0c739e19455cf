package convenio.repl;

import java.io.IOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/** Inputs typed on a terminal: JLine's line editing, completion, history and continuation lines. */
final class TerminalLines implements LineSource {
  static final String PROMPT = "convenio> ";

  private final LineReader reader;

  TerminalLines(LineReader reader) {
    this.reader = reader;
  }

  @Override
  public String next() {
    while (true) {
      try {
        return reader.readLine(PROMPT);
      } catch (UserInterruptException ctrlC) {
        // Ctrl-C drops what was being typed, as in a shell; Ctrl-D (end of file) leaves.
        continue;
      } catch (EndOfFileException ctrlD) {
        return null;
      }
    }
  }

  @Override
  public void close() {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      reader.getTerminal().writer().println("warning: could not save the history: " + e.getMessage());
    }
  }
}
