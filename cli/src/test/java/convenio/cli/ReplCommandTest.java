package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code echo 'price' | convenio repl --contract C --account A}: piped input, results on stdout, no prompt. */
class ReplCommandTest {
  @Test
  void pipedInputIsRunAsAScript() throws Exception {
    Result r = run("price\nwhy 40901122\n");
    assertEquals(0, r.code, r.out);
    assertFalse(r.out.contains("convenio>"), "no prompt when piped: " + r.out);
    assertTrue(r.out.contains("rate 8,68%"), r.out);
    assertTrue(r.out.contains("contrato.convenio:24"), r.out);
  }

  @Test
  void anInputThatFailsMakesTheExitCodeOne() throws Exception {
    Result r = run("uco +* 2\nprice\n");
    assertEquals(1, r.code, r.out);
    assertTrue(r.out.contains("rate 8,68%"), "the inputs after the error still run: " + r.out);
  }

  @Test
  void echoPrintsEachInputAfterAPromptLikeATranscript() throws Exception {
    Result r = run("uco *\n  2\n", "--echo");
    assertEquals(0, r.code, r.out);
    assertTrue(r.out.contains("convenio> uco *\n       ..   2\nR$ 30,00\n"), r.out);
  }

  @Test
  void helpHasExamples() {
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "repl", "--help");
    assertTrue(out.toString().contains("echo 'price' | ./convenio repl"), out.toString());
  }

  private record Result(int code, String out) {}

  private static Result run(String script, String... more) throws URISyntaxException {
    InputStream stdin = System.in;
    StringWriter out = new StringWriter();
    try {
      System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
      List<String> args = new ArrayList<>(List.of("repl", "--contract",
          resource("contrato.convenio"), "--account", resource("conta.yaml"), "--no-history"));
      args.addAll(List.of(more));
      int code = Main.run(new PrintWriter(out), new PrintWriter(out), args.toArray(new String[0]));
      return new Result(code, out.toString());
    } finally {
      System.setIn(stdin);
    }
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(ReplCommandTest.class.getResource("/repl/" + name).toURI()).toString();
  }
}
