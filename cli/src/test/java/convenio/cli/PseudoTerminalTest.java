package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once through a real pseudo-terminal: the command line's {@code repl} runs in a child JVM under {@code script}
 * (util-linux), which gives it a pty, so JLine takes its system terminal as a user's shell would give it. Skipped
 * where {@code script} is not installed.
 */
class PseudoTerminalTest {
  @TempDir
  Path home;

  @Test
  void theReplRunsInteractivelyOnAPty() throws Exception {
    assumeTrue(onPath("script"), "util-linux script is not installed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = String.join(" ", List.of(quote(java), "-cp", quote(System.getProperty("java.class.path")),
        "convenio.cli.Main", "repl", "--contract", quote(resource("contrato.convenio")), "--account",
        quote(resource("conta.yaml")), "--history", quote(home.resolve("history").toString())));
    Process p = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
    try (OutputStream keyboard = p.getOutputStream()) {
      keyboard.write("uco * 2\nexit\n".getBytes(StandardCharsets.UTF_8));
    }
    boolean ended = p.waitFor(60, TimeUnit.SECONDS);
    String screen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) p.destroyForcibly();
    assertTrue(ended, "the session did not end: " + screen);
    // The banner and the bracketed-paste switch are printed only when JLine runs on a terminal (not piped).
    assertTrue(screen.contains("convenio REPL"), screen);
    assertTrue(screen.contains("\u001b[?2004h"), screen);
    assertTrue(screen.contains("R$ 30,00"), screen);
    assertTrue(Files.readString(home.resolve("history")).contains("uco * 2"), "history saved");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, program))) return true;
    return false;
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(PseudoTerminalTest.class.getResource("/repl/" + name).toURI()).toString();
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
