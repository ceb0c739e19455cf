package convenio.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Inputs read from a pipe or a file (no terminal): lines are joined while the input is incomplete, exactly as on a
 * terminal, and no prompt is printed, so {@code echo 'price' | convenio repl …} prints only the results.
 */
final class PipedLines implements LineSource {
  private final BufferedReader in;

  PipedLines(BufferedReader in) {
    this.in = in;
  }

  @Override
  public String next() {
    StringBuilder input = new StringBuilder();
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (input.length() > 0) input.append('\n');
        input.append(line);
        if (!ReplSession.needsMoreLines(input.toString())) return input.toString();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // End of input in the middle of an expression: run what there is, so the error is reported, not swallowed.
    return input.length() == 0 ? null : input.toString();
  }
}
