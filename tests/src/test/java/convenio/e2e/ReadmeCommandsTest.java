package convenio.e2e;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.cli.Main;
import convenio.tiss.HashCheck;
import convenio.tiss.TissHash;
import convenio.tiss.TissProblem;
import convenio.tiss.TissRelease;
import convenio.tiss.TissValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end: it must be the build followed by {@code ./convenio price} of the bundled
 * lote, and what it prints must be the totals computed by hand in contracts/hospital-sao-lucas/cases/lote-xml.yaml.
 *
 * <p>Hand-computed (arithmetic per item in lote-xml.yaml, from hospital-sao-lucas.convenio and its tables):
 * RI-1001 presented 8.552,06, glosed 239,49 + 101,81 + 50,00 + 1,20 + 7,20 = 399,70 (all 1705), paid 8.152,36;
 * RI-1002 (package 31005497 at 4.800,00) presented 7.104,48, glosed 640,00 + 350,00 + 400,00 + 690,00 + 184,00 +
 * 26,40 + 14,08 = 2.304,48 (all 3108), paid 4.800,00; lote presented 8.552,06 + 7.104,48 = 15.656,54, paid
 * 8.152,36 + 4.800,00 = 12.952,36, glosed 2.704,18, rate 2.704,18 / 15.656,54 = 17,27%.
 *
 * <p>The command runs in process through {@link Main#run} (always) and, when {@code mvn verify} has packaged the
 * cli module before this one (the reactor builds cli up to {@code package} first), also through the real
 * {@code ./convenio} launcher and its shaded jar. Under {@code mvn test} the jar is not rebuilt, so a missing or stale
 * jar skips that one test instead of checking an old build.
 */
class ReadmeCommandsTest {
  private static final Path ROOT = projectRoot();
  private static final String LOTE_TOTALS =
      "Lote total  presented R$ 15.656,54 · paid R$ 12.952,36 · glosed R$ 2.704,18 · glosa rate 17,27%";
  private static final String RI_1001_TOTALS =
      "guide total  presented R$ 8.552,06 · paid R$ 8.152,36 · glosed R$ 399,70 · glosa rate 4,67%"; // 399,70 / 8.552,06
  private static final String RI_1002_TOTALS =
      "guide total  presented R$ 7.104,48 · paid R$ 4.800,00 · glosed R$ 2.304,48 · glosa rate 32,44%"; // 2.304,48 / 7.104,48
  /** Bem Viver Saúde's CNPJ for the demonstrativo header (synthetic, like the contract). */
  private static final String OPERATOR_CNPJ = "34567800000191";

  @TempDir
  Path dir;

  @Test
  void theFirstLineBuildsAndPricesTheBundledLote() throws IOException {
    String first = readmeFirstLine();
    assertTrue(first.startsWith("mvn -q install -DskipTests && ./convenio price "), first);
    List<String> args = convenioArgs(first);
    assertEquals("price", args.get(0));
    assertTrue(args.contains("--contract"), first);
    for (String a : args) {
      if (a.endsWith(".convenio") || a.endsWith(".xml")) {
        assertTrue(Files.isRegularFile(ROOT.resolve(a)), "the README names " + a + ", which is not in the project");
      }
    }
    assertEquals("mvn -B verify", readmeCodeLines().get(1));
  }

  @Test
  void theBundledLoteIsValidTiss403WithItsHash() throws IOException {
    Path lote = ROOT.resolve(loteOfReadme());
    try (InputStream in = Files.newInputStream(lote)) {
      assertEquals(List.of(), TissValidator.validate(in, TissRelease.CURRENT));
    }
    try (InputStream in = Files.newInputStream(lote)) {
      HashCheck h = TissHash.check(in);
      assertTrue(h.present() && h.matches(), "epilogo hash " + h.found() + ", computed " + h.computed());
    }
  }

  @Test
  void theReadmeCommandPrintsTheHandComputedTotals() throws IOException {
    Run r = inProcess(convenioArgs(readmeFirstLine()));
    assertEquals(0, r.exit, r.err);
    assertEquals("", r.err, "no warning (a wrong hash or schema problem of the lote would be one)");
    assertTrue(r.out.contains("Guide RI-1001 (resumo_internacao)"), r.out);
    assertTrue(r.out.contains(RI_1001_TOTALS), r.out);
    assertTrue(r.out.contains("Guide RI-1002 (resumo_internacao)"), r.out);
    assertTrue(r.out.contains(RI_1002_TOTALS), r.out);
    assertTrue(r.out.contains(LOTE_TOTALS), r.out);
  }

  @Test
  void theReadmeCommandThroughTheLauncher() throws Exception {
    Path jar = ROOT.resolve("cli/target/convenio.jar");
    Assumptions.assumeTrue(Files.isRegularFile(jar), "cli/target/convenio.jar is built by `package` (mvn verify)");
    Assumptions.assumeTrue(!Files.getLastModifiedTime(jar).toInstant()
            .isBefore(newestClass(ROOT.resolve("cli/target/classes")).toInstant()),
        "cli/target/convenio.jar is older than the cli classes: not rebuilt by this run");
    List<String> command = new ArrayList<>(List.of("bash", "convenio"));
    command.addAll(convenioArgs(readmeFirstLine()));
    Process p = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "./convenio did not finish");
    String err = Files.readString(dir.resolve("stderr.txt"));
    assertEquals(0, p.exitValue(), err);
    String text = new String(out, UTF_8);
    assertTrue(text.contains(RI_1001_TOTALS), text);
    assertTrue(text.contains(RI_1002_TOTALS), text);
    assertTrue(text.contains(LOTE_TOTALS), text);
  }

  @Test
  void theDemonstrativoOfTheLoteValidatesAgainstTiss403() throws IOException {
    Path out = dir.resolve("demonstrativo.xml");
    Run r = inProcess(xmlArgs("--out", out.toString()));
    assertEquals(0, r.exit, r.err);
    byte[] xml = Files.readAllBytes(out);
    assertEquals(List.of(), problems(xml));
    String text = new String(xml, ISO_8859_1);
    // The protocol totals are the lote's, hand-computed above (valorProcessado = presented: nothing is raised).
    assertTrue(text.contains("<ans:valorInformadoProtocolo>15656.54</ans:valorInformadoProtocolo>"), text);
    assertTrue(text.contains("<ans:valorLiberadoProtocolo>12952.36</ans:valorLiberadoProtocolo>"), text);
    assertTrue(text.contains("<ans:valorGlosaProtocolo>2704.18</ans:valorGlosaProtocolo>"), text);
    assertTrue(text.contains("<ans:nomeOperadora>Bem Viver Saúde</ans:nomeOperadora>"), text);
  }

  /**
   * PriceCommand writes the XML demonstrativo to stdout as the bytes DemonstrativoWriter made (ISO-8859-1, as its
   * declaration says), never as text decoded as UTF-8: the ú of "Saúde" is the one byte 0xFA in Latin-1, which decoded
   * as UTF-8 becomes U+FFFD (and printed through a UTF-8 writer, the bytes C3 BA or EF BF BD), so the message would
   * no longer be what its declaration says.
   */
  @Test
  void theDemonstrativoOnStdoutKeepsItsDeclaredEncoding() throws IOException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    Run r;
    try {
      System.setOut(new PrintStream(captured, true, ISO_8859_1));
      r = inProcess(xmlArgs());
    } finally {
      System.setOut(original);
    }
    assertEquals(0, r.exit, r.err);
    byte[] xml = captured.toByteArray();
    assertTrue(xml.length > 0, "the demonstrativo did not reach stdout as bytes; the writer got: " + r.out);
    String text = new String(xml, ISO_8859_1);
    assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\""), text);
    assertTrue(text.contains("<ans:nomeOperadora>Bem Viver Saúde</ans:nomeOperadora>"), text);
    assertTrue(text.contains("Abdominoplastia pós-gastroplastia"), text); // a description read from the lote
    assertFalse(contains(xml, "ú".getBytes(UTF_8)), "UTF-8 bytes in an ISO-8859-1 message");
    assertFalse(text.contains("\uFFFD"), "a character lost in decoding");
    assertEquals(List.of(), problems(xml));
  }

  // ---- helpers ----

  private List<String> xmlArgs(String... more) throws IOException {
    List<String> args = new ArrayList<>(convenioArgs(readmeFirstLine()));
    int format = args.indexOf("--format");
    if (format >= 0) {
      args.remove(format + 1);
      args.remove(format);
    }
    args.addAll(List.of("--format", "xml", "--operator-cnpj", OPERATOR_CNPJ, "--operator-name", "Bem Viver Saúde"));
    args.addAll(Arrays.asList(more));
    return args;
  }

  private static List<TissProblem> problems(byte[] xml) {
    List<TissProblem> all = new ArrayList<>(TissValidator.validate(new ByteArrayInputStream(xml), TissRelease.CURRENT));
    HashCheck h = TissHash.check(new ByteArrayInputStream(xml));
    assertTrue(h.present() && h.matches(), "demonstrativo hash " + h.found() + ", computed " + h.computed());
    return all;
  }

  private record Run(int exit, String out, String err) {}

  /** Runs the command line in this JVM; paths of the project are made absolute (the tests run in tests/). */
  private static Run inProcess(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] resolved = args.stream()
        .map(a -> !a.startsWith("-") && Files.exists(ROOT.resolve(a)) ? ROOT.resolve(a).toString() : a)
        .toArray(String[]::new);
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), resolved);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String loteOfReadme() throws IOException {
    return convenioArgs(readmeFirstLine()).stream().filter(a -> a.endsWith(".xml")).findFirst().orElseThrow();
  }

  /** The arguments of the {@code ./convenio} part of a README line (no quoting in it: plain words). */
  private static List<String> convenioArgs(String line) {
    int at = line.indexOf("./convenio ");
    assertTrue(at >= 0, "no ./convenio in: " + line);
    String rest = line.substring(at + "./convenio ".length());
    int and = rest.indexOf("&&");
    if (and >= 0) rest = rest.substring(0, and);
    assertFalse(rest.contains("\"") || rest.contains("'"), "quoted arguments in the README line: " + line);
    return List.of(rest.trim().split("\\s+"));
  }

  private static String readmeFirstLine() throws IOException {
    return readmeCodeLines().get(0);
  }

  /** The lines of the README's first code block. */
  private static List<String> readmeCodeLines() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), UTF_8);
    int open = lines.indexOf("```");
    assertTrue(open >= 0, "README.md has no code block");
    List<String> block = new ArrayList<>();
    for (int i = open + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) block.add(lines.get(i));
    assertTrue(block.size() >= 2, "README.md's first code block: " + block);
    return block;
  }

  private static FileTime newestClass(Path classes) throws IOException {
    if (!Files.isDirectory(classes)) return FileTime.fromMillis(0);
    try (Stream<Path> s = Files.walk(classes)) {
      return s.filter(p -> p.toString().endsWith(".class")).map(p -> {
        try {
          return Files.getLastModifiedTime(p);
        } catch (IOException e) {
          return FileTime.fromMillis(0);
        }
      }).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
      return true;
    }
    return false;
  }

  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("contracts"))) return p;
    }
    return here;
  }
}
