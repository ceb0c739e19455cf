package convenio.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive REPL on a JLine terminal built over in-memory streams (an xterm; JLine puts a pty between them when
 * its native provider is available): keys go in as a user types them, Tab included, so completion, continuation
 * lines and the history file are exercised through JLine itself.
 */
class TerminalSessionTest {
  @TempDir
  Path home;

  @Test
  void tabCompletesNamesTableCodesAndMapKeys() throws Exception {
    String screen = type("uc\t* 2\nportes[\"3\t\nsadt[\"4090\t.uco\nexit\n");
    assertTrue(screen.contains("R$ 30,00"), "uco * 2 after completing uc: " + screen);
    assertTrue(screen.contains("R$ 128,00"), "portes[\"3C\"] after completing the key: " + screen);
    assertTrue(screen.contains("convenio> sadt[\"40901122\"].uco\n4\n"),
        "sadt[\"40901122\"].uco after completing the code: " + screen);
    List<String> history = Files.readAllLines(home.resolve("history"));
    assertTrue(history.stream().anyMatch(l -> l.endsWith("portes[\"3C\"]")), history.toString());
    assertTrue(history.stream().anyMatch(l -> l.endsWith("sadt[\"40901122\"].uco")), history.toString());
  }

  @Test
  void tabCompletesFilePathsAfterOpen() throws Exception {
    Path folder = Files.createDirectories(home.resolve("contas"));
    Files.copy(Fixtures.account(), folder.resolve("marco-2025.yaml"));
    String screen = type("close\nopen " + folder + "/mar\t\nexit\n");
    assertTrue(screen.contains("opened " + folder.resolve("marco-2025.yaml") + ": 1 guide, 4 items"), screen);
  }

  @Test
  void anIncompleteLineAsksForMoreAndTheHistoryKeepsItAcrossSessions() throws Exception {
    String screen = type("uco *\n3\nexit\n");
    assertTrue(screen.contains("R$ 45,00"), screen);
    // A second session reads the history the first one saved: Up (as an xterm in keypad mode sends it) twice brings
    // back the input before "exit".
    String again = type("\u001bOA\u001bOA\nexit\n");
    assertTrue(again.contains("R$ 45,00"), "the recalled input ran again: " + again);
  }

  /** The continuation prompt names the bracket still open, padded to the prompt's width ("convenio> ", 10). */
  @Test
  void aLineThatContinuesBecauseOfAnOpenBracketSaysWhichBracket() throws Exception {
    String screen = type("max(uco,\nR$ 1,00)\nexit\n");
    assertTrue(screen.contains("     ( .. R$ 1,00)"), screen);
    assertTrue(screen.contains("R$ 15,00"), screen); // max(15,00, 1,00)
  }

  @Test
  void errorsOnTheTerminalAlsoPutTheCaretUnderTheMistake() throws Exception {
    String screen = type("uco + 10%\nexit\n");
    assertTrue(screen.contains(" 1 | uco + 10%"), screen);
    assertTrue(screen.contains("   | ^^^^^^^^^"), screen);
  }

  /** Runs an interactive session on a virtual xterm fed with {@code keys}; returns what it showed. */
  private String type(String keys) throws Exception {
    PipedOutputStream keyboard = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(keyboard, 1 << 16);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Terminal terminal = TerminalBuilder.builder().system(false).streams(in, screen).type("xterm")
        .encoding(StandardCharsets.UTF_8).size(new Size(160, 50)).build();
    AtomicInteger code = new AtomicInteger(-1);
    Repl.Options options = new Repl.Options(Fixtures.contract(), List.of(Fixtures.account()), home.resolve("history"));
    Thread session = new Thread(() -> code.set(Repl.interactive(terminal, options)));
    session.start();
    keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    session.join(30_000);
    // JLine may put a pty between the streams and the reader, with a thread pumping its output: let it drain (no new
    // output for 600 ms; at most 10 s on a busy machine).
    int size = -1;
    for (int waited = 0, quiet = 0; waited < 10_000 && quiet < 3; waited += 200) {
      quiet = screen.size() == size ? quiet + 1 : 0;
      size = screen.size();
      Thread.sleep(200);
    }
    try {
      keyboard.close();
      terminal.close();
    } catch (IOException ignored) {
      // closing a finished terminal
    }
    assertEquals(false, session.isAlive(), "the session did not end: " + screen.toString(StandardCharsets.UTF_8));
    // Without the terminal's control sequences (keypad and bracketed-paste modes), what a user would read.
    return screen.toString(StandardCharsets.UTF_8).replace("\r", "")
        .replaceAll("\u001b\\[[?0-9;]*[a-zA-Z]|\u001b[=>]", "");
  }
}
