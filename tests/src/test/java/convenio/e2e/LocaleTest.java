package convenio.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The language comes from the user's locale, as in any POSIX program: the jar run with {@code LANG=pt_BR.UTF-8} (and
 * LC_ALL, LC_MESSAGES unset) speaks Portuguese; LC_ALL overrides LANG; {@code --lang} overrides both.
 */
class LocaleTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final String CONTRACT = "contracts/exemplo/exemplo.convenio";

  record Run(int exit, String out) {}

  static Run jar(Map<String, String> locale, String... args) throws Exception {
    Path jar = ROOT.resolve("cli/target/convenio.jar");
    Assumptions.assumeTrue(Files.isRegularFile(jar), "cli/target/convenio.jar is built by `package` (mvn verify)");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
    // The test run's own LC_ALL=C.UTF-8 (set for surefire) is taken away, as on a machine set up in Portuguese.
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")) pb.environment().remove(name);
    pb.environment().putAll(locale);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
    return new Run(p.exitValue(), out);
  }

  @Test
  void langPtBrChoosesPortuguese() throws Exception {
    Run help = jar(Map.of("LANG", "pt_BR.UTF-8"), "check", "--help");
    assertEquals(0, help.exit(), help.out());
    assertTrue(help.out().startsWith("Uso: convenio check"), help.out());
    assertTrue(help.out().contains("Verifica arquivos de contrato e mostra cada erro e aviso, com o seu lugar."),
        help.out());
    Run missing = jar(Map.of("LANG", "pt_BR.UTF-8"), "check", "nao-existe.convenio");
    assertEquals(3, missing.exit());
    assertEquals("nao-existe.convenio: arquivo inexistente\n", missing.out());
  }

  @Test
  void lcAllOverridesLangAndLangOptionOverridesBoth() throws Exception {
    Run c = jar(Map.of("LANG", "pt_BR.UTF-8", "LC_ALL", "C.UTF-8"), "check", "nao-existe.convenio");
    assertEquals(3, c.exit());
    assertEquals("nao-existe.convenio: no such file\n", c.out());
    Run en = jar(Map.of("LANG", "pt_BR.UTF-8"), "--lang", "en", "check", "nao-existe.convenio");
    assertEquals("nao-existe.convenio: no such file\n", en.out());
    Run pt = jar(Map.of("LANG", "en_US.UTF-8"), "--lang", "pt", "check", "nao-existe.convenio");
    assertEquals("nao-existe.convenio: arquivo inexistente\n", pt.out());
  }
}
