package convenio.repl;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The small contract and account of src/test/resources/repl, and a way to run a scripted session on them. */
final class Fixtures {
  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/repl/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource repl/" + name, e);
    }
  }

  static Path contract() {
    return resource("contrato.convenio");
  }

  static Path account() {
    return resource("conta.yaml");
  }

  /** What a piped session printed, and its exit code. */
  record Run(String out, int exitCode) {}

  /** Runs {@code script} as piped input with the contract and the account loaded, no history. */
  static Run piped(String script) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    int code = Repl.piped(new BufferedReader(new StringReader(script)), out,
        new Repl.Options(contract(), List.of(account()), null));
    out.flush();
    return new Run(text.toString(), code);
  }
}
