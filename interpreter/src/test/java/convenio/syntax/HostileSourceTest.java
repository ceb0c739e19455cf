package convenio.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.check.CheckResult;
import convenio.diagnostics.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep, long and odd contract text: refused with the limit and its place, the same way on every run, or handled;
 * never a StackOverflowError. Imports stay in the contract's folder tree.
 */
class HostileSourceTest {
  static final String HEADER = """
      contract "Operadora Teste x Hospital Teste" version 1
        operator ans "999999"
        provider cnpj "12.345.678/0001-90"
        effective 2025-01-01 .. 2025-12-31
      """;

  @TempDir Path dir;

  static List<Diagnostic> errors(String body) {
    Compilation c = Convenio.compile("teste.convenio", HEADER + body);
    return c.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  /** The single error, checked twice: the same text gives the same refusal on every run. */
  static Diagnostic refusal(Supplier<List<Diagnostic>> run) {
    List<Diagnostic> first = run.get();
    assertEquals(first, run.get(), "deterministic");
    assertEquals(1, first.size(), first.toString());
    Diagnostic d = first.get(0);
    assertTrue(d.line() > 0 && d.column() > 0, "has a place: " + d.headline());
    return d;
  }

  @Test
  void fiveThousandParenthesesAreRefusedAtTheFirstOneTooDeep() {
    // HEADER is 4 lines, so the let is on line 5; "let deep = " is 11 characters, so the first ( is column 12 and the
    // 101st (one past the limit of 100) is column 12 + 100 = 112.
    Diagnostic d = refusal(() -> errors("let deep = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n"));
    assertEquals("limit", d.code());
    assertEquals(5, d.line());
    assertEquals(112, d.column());
    assertTrue(d.message().contains("the limit is " + InputLimits.MAX_NESTING), d.message());
  }

  @Test
  void nestingAtTheLimitIsHandled() {
    assertEquals(List.of(), errors("let deep = " + "(".repeat(InputLimits.MAX_NESTING) + "1"
        + ")".repeat(InputLimits.MAX_NESTING) + "\n"));
  }

  @Test
  void chainsOfNotIfAndMinAreRefused() {
    assertEquals("limit", refusal(() -> errors("let n = " + "not ".repeat(5000) + "true\n")).code());
    assertEquals("limit", refusal(() -> errors("let n = " + "if true then 1 else ".repeat(3000) + "2\n")).code());
    assertEquals("limit", refusal(() -> errors("let n = " + "min(1, ".repeat(3000) + "1" + ")".repeat(3000)
        + "\n")).code());
  }

  @Test
  void aFlatSumOfFiveThousandTermsIsRefusedAndTwoHundredAreHandled() {
    Diagnostic d = refusal(() -> errors("let s = 1" + " + 1".repeat(4999) + "\n"));
    assertEquals("limit", d.code());
    assertTrue(d.message().contains("the limit is " + InputLimits.MAX_EXPRESSION_DEPTH), d.message());
    // 199 additions make a tree 200 deep: at the limit, handled by every stage.
    assertEquals(List.of(), errors("let s = 1" + " + 1".repeat(InputLimits.MAX_EXPRESSION_DEPTH - 1) + "\n"));
  }

  @Test
  void aChainOfThreeThousandLetsIsRefusedWhereItPassesTheLimit() {
    StringBuilder b = new StringBuilder("let a0 = 1\n");
    for (int i = 1; i <= 3000; i++) b.append("let a").append(i).append(" = a").append(i - 1).append(" + 1\n");
    Diagnostic d = refusal(() -> errors(b.toString()));
    assertEquals("limit", d.code());
    // Each let adds two levels (the + and the name): a200 is the first past 400, on line 5 + 200 = 205.
    assertEquals(205, d.line());
  }

  @Test
  void aMillionDigitLiteralIsRefusedAtOnce() {
    Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> refusal(() -> errors("let big = " + "9".repeat(1_000_000) + "\n")));
    assertTrue(d.message().contains("1000000 digits"), d.message());
    assertEquals(5, d.line());
    assertEquals(11, d.column());
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    assertEquals(List.of(), Convenio.compile("bom.convenio", "\uFEFF" + HEADER).diagnostics().stream()
        .filter(Diagnostic::isError).toList());
  }

  @Test
  void aLatin1FileNamesItsLineAndSaysUtf8() throws Exception {
    Path f = dir.resolve("latin.convenio");
    Files.write(f, (HEADER + "// observação\n").getBytes(StandardCharsets.ISO_8859_1));
    List<Diagnostic> ds = CheckResult.of(f).diagnostics();
    assertEquals(1, ds.size(), ds.toString());
    // "// observa" is 10 characters: the ç (0xE7 in Latin-1) is column 11 of line 5.
    assertEquals(5, ds.get(0).line());
    assertTrue(ds.get(0).message().contains("line 5, column 11: byte 0xE7 is not UTF-8"), ds.get(0).message());
    assertTrue(ds.get(0).message().contains("must be saved as UTF-8"), ds.get(0).message());
  }

  @Test
  void aLatin1FileIsRefusedInTheReadersLanguage() throws Exception {
    Path f = dir.resolve("latin.convenio");
    Files.write(f, (HEADER + "// observação\n").getBytes(StandardCharsets.ISO_8859_1));
    Diagnostic d = CheckResult.of(f).diagnostics().get(0);
    // made once, read by each reader in their own language
    String pt = convenio.i18n.Lang.with(convenio.i18n.Lang.PT, d::message);
    assertTrue(pt.contains("linha 5, coluna 11: o byte 0xE7 não é UTF-8; o arquivo deve ser salvo em UTF-8"), pt);
    String hint = convenio.i18n.Lang.with(convenio.i18n.Lang.PT, d::hint);
    assertTrue(hint.startsWith("converta-o, p.ex. com iconv -f ISO-8859-1 -t UTF-8"), hint);
  }

  @Test
  void importsStayInTheContractsFolderTree() throws Exception {
    Path contract = Files.createDirectories(dir.resolve("contrato")).resolve("c.convenio");
    Files.writeString(dir.resolve("segredo.convenio"), "SEGREDO module");
    Files.writeString(contract, HEADER + "import \"../segredo.convenio\"\nimport \"/dev/zero\"\n"
        + "import \"../../../../../../etc/passwd\"\n");
    List<Diagnostic> ds = CheckResult.of(contract).diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(3, ds.size(), ds.toString());
    for (Diagnostic d : ds) {
      assertEquals("import", d.code());
      assertTrue(d.message().contains("is outside the contract's folder"), d.message());
      assertFalse(d.message().contains("SEGREDO") || d.message().contains("root:"), "nothing read is quoted");
    }
    assertEquals(List.of(5, 6, 7), ds.stream().map(Diagnostic::line).toList());
  }

  @Test
  void theImportRootCanBeWidenedExplicitly() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("compartilhado"));
    Files.writeString(shared.resolve("comum.convenio"), "module comum\nlet taxa = R$ 10,00\n");
    Path contract = Files.createDirectories(dir.resolve("contrato")).resolve("c.convenio");
    Files.writeString(contract, HEADER + "import \"../compartilhado/comum.convenio\"\n");
    assertEquals(1, CheckResult.of(contract).diagnostics().stream().filter(Diagnostic::isError).count());
    System.setProperty(ModuleLoader.IMPORT_ROOT_PROPERTY, shared.toString());
    try {
      assertEquals(List.of(), CheckResult.of(contract).diagnostics().stream().filter(Diagnostic::isError).toList());
    } finally {
      System.clearProperty(ModuleLoader.IMPORT_ROOT_PROPERTY);
    }
  }

  @Test
  void aChainOfThreeThousandImportsIsRefusedAtTheLimit() throws Exception {
    Path contract = dir.resolve("c.convenio");
    Files.writeString(contract, HEADER + "import \"m1.convenio\"\n");
    for (int i = 1; i <= 3000; i++) {
      Files.writeString(dir.resolve("m" + i + ".convenio"), "module m" + i + "\n"
          + (i < 3000 ? "import \"m" + (i + 1) + ".convenio\"\n" : ""));
    }
    Diagnostic d = refusal(() -> CheckResult.of(contract).diagnostics().stream().filter(Diagnostic::isError)
        .toList());
    assertEquals("limit", d.code());
    // The contract is the first file of the chain: m63 is the 64th and its import is the one refused.
    assertTrue(d.file().endsWith("m63.convenio"), d.file());
  }
}
