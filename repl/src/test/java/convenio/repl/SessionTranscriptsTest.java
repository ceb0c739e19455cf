package convenio.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden REPL sessions: each file of src/test/resources/sessions is a session as it reads on the screen, the inputs
 * after the prompt ({@code convenio> }, continuation lines after {@code .. }) and what the REPL answered below each.
 * The runner types the inputs into a piped session with the small contract and account of src/test/resources/repl
 * loaded, and the whole screen must come out as written. Lines starting with {@code #} at the top say what the session
 * shows and the arithmetic behind its values; {@code # exit status N} is the session's exit code (0 when absent).
 * {@code -Dgolden.update=true} rewrites the screens from what the REPL prints now; review the diff before committing.
 */
class SessionTranscriptsTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Pattern EXIT = Pattern.compile("^# exit status (\\d+)$", Pattern.MULTILINE);
  /** Where the fixtures are on this machine, written {@code <repl>} in the transcripts. */
  private static final String HERE = Fixtures.contract().getParent().toString();

  /** Read where they are written (Maven runs the tests in the module's folder), so an update rewrites the sources. */
  private static final Path SESSIONS = Path.of("src/test/resources/sessions");

  @TestFactory
  Stream<DynamicTest> everySessionPrintsItsTranscript() throws IOException {
    Path dir = SESSIONS;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".session")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no transcripts in " + dir);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int header = headerLength(text);
    String screen = text.substring(header);
    Matcher exit = EXIT.matcher(text.substring(0, header));
    int expectedExit = exit.find() ? Integer.parseInt(exit.group(1)) : 0;

    StringWriter printed = new StringWriter();
    PrintWriter out = new PrintWriter(printed);
    int code = Repl.piped(new BufferedReader(new StringReader(inputs(screen))), out,
        new Repl.Options(Fixtures.contract(), List.of(Fixtures.account()), null, true));
    out.flush();
    String actual = printed.toString().replace(HERE, "<repl>");
    if (UPDATE) {
      Files.writeString(file, text.substring(0, header) + actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(screen, actual, "the session differs from " + file);
    assertEquals(expectedExit, code, "exit status of " + file);
    assertFalse(actual.contains("Exception"), "no stack trace reaches a user: " + actual);
  }

  /** The comment lines at the top of a transcript. */
  private static int headerLength(String text) {
    int at = 0;
    while (at < text.length() && text.startsWith("#", at)) {
      int nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length() : nl + 1;
    }
    return at;
  }

  /** What was typed: the text after each prompt, with its continuation lines. */
  static String inputs(String screen) {
    StringBuilder typed = new StringBuilder();
    for (String line : screen.split("\n", -1)) {
      if (line.startsWith(TerminalLines.PROMPT)) typed.append(line.substring(TerminalLines.PROMPT.length())).append('\n');
      else if (line.startsWith(Repl.CONTINUATION)) typed.append(line.substring(Repl.CONTINUATION.length())).append('\n');
    }
    if (typed.isEmpty()) fail("a transcript without a prompt: nothing is typed");
    return typed.toString();
  }
}
