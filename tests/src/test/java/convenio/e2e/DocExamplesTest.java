package convenio.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command example of README.md, README.pt-BR.md and docs/*.md runs as written, on the built tool
 * ({@code ./convenio} and the shaded jar that {@code mvn verify} packages before this module), from a folder that
 * looks like a fresh clone (contracts/, the launcher and the repl module's resources), and prints what the page
 * shows.
 *
 * <p>A fenced block is run when its first line is a command, {@code $ ./convenio …} or {@code ./convenio …} (or a
 * shell line feeding one, {@code $ printf … | ./convenio …}); blocks marked {@code text} are synopses and are not.
 * <ul>
 *   <li>{@code $ COMMAND} is followed by the output the page shows, up to the next {@code $} line: the output
 *       (stdout and stderr) must be exactly those lines, where a line {@code …} stands for any lines the page leaves
 *       out. In a REPL transcript, the {@code convenio> INPUT} lines are what is typed: they are piped in, and the
 *       REPL's {@code --echo} prints them back as the terminal shows them.</li>
 *   <li>A plain {@code ./convenio …} line (a {@code # comment} after it is the page's) must exit 0.</li>
 * </ul>
 */
class DocExamplesTest {
  static final Path ROOT = projectRoot();
  static final String PROMPT = "convenio> ";

  @TempDir static Path clone;

  record Example(String page, int line, String command, List<String> inputs, List<String> expected) {}

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("README.pt-BR.md")));
    try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  static List<Example> examples(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, UTF_8);
    List<Example> out = new ArrayList<>();
    String name = ROOT.relativize(page).toString();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("```")) continue;
      String info = lines.get(i).substring(3).strip();
      int start = i + 1;
      int end = start;
      while (end < lines.size() && !lines.get(end).startsWith("```")) end++;
      i = end;
      if (!info.isEmpty() && !info.equals("console") && !info.equals("sh")) continue;
      if (start >= end || !isCommand(lines.get(start))) continue;
      for (int k = start; k < end; k++) {
        String l = lines.get(k);
        if (l.startsWith("$ ")) {
          List<String> inputs = new ArrayList<>();
          List<String> expected = new ArrayList<>();
          int j = k + 1;
          for (; j < end && !lines.get(j).startsWith("$ "); j++) {
            String o = lines.get(j);
            if (o.startsWith(PROMPT)) inputs.add(o.substring(PROMPT.length()));
            expected.add(o);
          }
          out.add(new Example(name, k + 1, l.substring(2), inputs, expected));
          k = j - 1;
        } else if (!l.isBlank()) {
          out.add(new Example(name, k + 1, withoutComment(l), List.of(), null));
        }
      }
    }
    return out;
  }

  static boolean isCommand(String line) {
    String l = line.startsWith("$ ") ? line.substring(2) : line;
    return l.startsWith("./convenio ") || (l.contains("| ./convenio ") && !l.startsWith("curl"));
  }

  /** {@code ./convenio check x  # like a compiler} → the command (a # inside quotes is kept). */
  static String withoutComment(String line) {
    int at = line.indexOf("  #");
    return at < 0 ? line : line.substring(0, at).stripTrailing();
  }

  @Test
  void thePagesHaveExamplesToRun() throws IOException {
    int n = 0;
    for (Path p : pages()) n += examples(p).size();
    assertTrue(n >= 12, "examples found: " + n);
  }

  @Test
  void theDocsSpellTheLauncherOneWay() throws IOException {
    for (Path p : pages()) {
      List<String> lines = Files.readAllLines(p, UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        // "convenio COMMAND" at the start of a command line, without "./", is the other spelling.
        if (l.matches("^(\\$ )?convenio (check|price|explain|diff|test|repl|compile|recurso|serve|fmt)\\b.*")) {
          fail(ROOT.relativize(p) + ":" + (i + 1) + ": write ./convenio, as the README does: " + l);
        }
      }
    }
  }

  /** The README claims the standard library's test cases only if it has case files. */
  @Test
  void theReadmeClaimsNoCasesTheStandardLibraryDoesNotHave() throws IOException {
    long caseFiles;
    try (Stream<Path> s = Files.walk(ROOT.resolve("stdlib"))) {
      caseFiles = s.filter(p -> !p.toString().contains("/target/"))
          .filter(p -> p.toString().matches(".*(\\.cases\\.ya?ml|/cases/[^/]+\\.ya?ml)$")).count();
    }
    String readme = Files.readString(ROOT.resolve("README.md"), UTF_8).replaceAll("\\s+", " ");
    if (caseFiles == 0) {
      assertTrue(!readme.matches("(?is).*test cases[^.]*(and|of) the standard library.*"),
          "README.md speaks of the standard library's test cases, and stdlib/ has no case file");
    }
  }

  @TestFactory
  List<DynamicTest> everyExampleRunsAsWritten() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : pages()) {
      for (Example e : examples(p)) {
        tests.add(DynamicTest.dynamicTest(e.page() + ":" + e.line() + " " + e.command(), () -> run(e)));
      }
    }
    return tests;
  }

  static void run(Example e) throws Exception {
    // The jar the launcher runs (./convenio: cli/target/convenio.jar).
    Path jar = ROOT.resolve("cli/target/convenio.jar");
    Assumptions.assumeTrue(Files.isRegularFile(jar), "cli/target/convenio.jar is built by `package` (mvn verify)");
    Assumptions.assumeTrue(!Files.getLastModifiedTime(jar).toInstant()
        .isBefore(newest(ROOT.resolve("cli/target/classes")).toInstant()), "the jar is older than the classes");
    Path dir = freshClone();
    String command = e.command();
    boolean transcript = !e.inputs().isEmpty();
    if (transcript) command = command + " --echo";
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", command + " 2>&1").directory(dir.toFile());
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("HOME", dir.toString());
    // The JVM takes its home from the password file, not $HOME: the history's default file goes in the clone too.
    pb.environment().put("CONVENIO_JAVA_OPTS", "-Duser.home=" + dir);
    Process proc = pb.start();
    try (var in = proc.getOutputStream()) {
      for (String input : e.inputs()) in.write((input + "\n").getBytes(UTF_8));
    }
    String output = new String(proc.getInputStream().readAllBytes(), UTF_8);
    assertTrue(proc.waitFor(120, TimeUnit.SECONDS), e.command() + " did not finish");
    String where = e.page() + ":" + e.line() + ": " + e.command();
    if (e.expected() == null) {
      assertEquals(0, proc.exitValue(), where + "\n" + output);
      return;
    }
    List<String> actual = output.lines().map(String::stripTrailing).toList();
    List<String> expected = new ArrayList<>(e.expected().stream().map(String::stripTrailing).toList());
    while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) expected.remove(expected.size() - 1);
    // A terminal shows the REPL's banner first; piped input (as here) starts with the loading lines.
    if (transcript && !expected.isEmpty() && expected.get(0).startsWith("convenio REPL — ")) expected.remove(0);
    if (!matches(expected, 0, actual, 0)) {
      assertEquals(String.join("\n", expected), String.join("\n", actual), where + " prints something else");
    }
  }

  /** Line by line; {@code …} (alone on its line) matches any number of lines. */
  static boolean matches(List<String> expected, int i, List<String> actual, int j) {
    if (i == expected.size()) return j == actual.size();
    if (expected.get(i).equals("…")) {
      for (int k = j; k <= actual.size(); k++) if (matches(expected, i + 1, actual, k)) return true;
      return false;
    }
    return j < actual.size() && expected.get(i).equals(actual.get(j)) && matches(expected, i + 1, actual, j + 1);
  }

  /**
   * A folder laid out like a fresh clone: the launcher, contracts/ and the repl module's example files, with the
   * built jar. Examples write their outputs here, never into the project.
   */
  static synchronized Path freshClone() throws IOException {
    Path dir = clone.resolve("clone");
    if (Files.isDirectory(dir)) return dir;
    Files.createDirectories(dir.resolve("cli/target"));
    Files.copy(ROOT.resolve("convenio"), dir.resolve("convenio"));
    dir.resolve("convenio").toFile().setExecutable(true);
    Files.createSymbolicLink(dir.resolve("cli/target/convenio.jar"), ROOT.resolve("cli/target/convenio.jar"));
    copy(ROOT.resolve("contracts"), dir.resolve("contracts"));
    copy(ROOT.resolve("examples"), dir.resolve("examples"));
    copy(ROOT.resolve("repl/src/test/resources"), dir.resolve("repl/src/test/resources"));
    return dir;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.toString().contains("/target/")) continue;
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  static FileTime newest(Path classes) throws IOException {
    if (!Files.isDirectory(classes)) return FileTime.fromMillis(0);
    try (Stream<Path> s = Files.walk(classes)) {
      return s.filter(p -> p.toString().endsWith(".class")).map(p -> {
        try {
          return Files.getLastModifiedTime(p);
        } catch (IOException ex) {
          return FileTime.fromMillis(0);
        }
      }).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
    }
  }

  static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("contracts"))) return p;
    }
    return Path.of("").toAbsolutePath();
  }
}
