package convenio.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.format.Formatter;
import convenio.syntax.AstPrinter;
import convenio.syntax.Keywords.Language;
import convenio.syntax.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code convenio fmt} over every bundled contract and standard-library module: formatting is idempotent, keeps every
 * comment, and the formatted file parses to the same AST (declarations compared without their line numbers, since
 * runs of blank lines become one); translating to the other keyword set and back gives the formatted file again.
 */
class FormatTest {
  static final Path ROOT = PortugueseSurfaceTest.ROOT;

  static List<Path> sources() throws IOException {
    try (Stream<Path> c = Files.walk(ROOT.resolve("contracts"));
        Stream<Path> s = Files.walk(ROOT.resolve("stdlib/src/main/resources"))) {
      return Stream.concat(c, s).filter(p -> p.toString().endsWith(".convenio")).sorted().toList();
    }
  }

  @TestFactory
  List<DynamicTest> everyBundledFile() throws IOException {
    List<Path> files = sources();
    assertTrue(files.size() >= 10, "bundled files: " + files);
    return files.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
      String name = p.getFileName().toString();
      String x = Files.readString(p);
      Formatter.Result once = Formatter.format(name, x, null);
      assertTrue(once.ok(), once.diagnostics().toString());
      assertEquals(once.text(), Formatter.format(name, once.text(), null).text(), "fmt(fmt(x)) == fmt(x)");
      assertEquals(ast(name, x), ast(name, once.text()));
      assertEquals(comments(x), comments(once.text()), "every comment kept");
      assertFalse(once.text().lines().anyMatch(l -> l.endsWith(" ")), "no trailing spaces");
      Language other = x.startsWith("contrato") || once.text().lines()
          .anyMatch(l -> l.startsWith("contrato ") || l.startsWith("módulo ")) ? Language.EN : Language.PT;
      Language back = other == Language.PT ? Language.EN : Language.PT;
      Formatter.Result there = Formatter.format(name, once.text(), other);
      if (!there.ok()) return; // a name that is a keyword of the other set: checked in PortugueseSurfaceTest
      assertEquals(ast(name, x), ast(name, there.text()));
      assertEquals(once.text(), Formatter.format(name, there.text(), back).text(), "round trip through " + other);
    })).toList();
  }

  @Test
  void canonicalLayout() {
    String messy = """
        // Cláusula 3
        contract "C" version 1
        operator ans "123456"
              provider cnpj "1"
           effective 2025-01-01..2025-12-31
        let   reducao  =  20%   // banda



          price procedures = porte_2018 [ "1A" ] * ( 1 - reducao )
        limit procedure "10101012" to 1 per day
        else glosa 1423
        table taxas_sala columns (code,price: money) {
        "60033011"   R$ 45,00 // sala
          "6003302" R$ 160,00
        }
        """;
    String expected = """
        // Cláusula 3
        contract "C" version 1
          operator ans "123456"
          provider cnpj "1"
          effective 2025-01-01 .. 2025-12-31
        let reducao = 20%  // banda

        price procedures = porte_2018 ["1A"] * (1 - reducao)
        limit procedure "10101012" to 1 per day
          else glosa 1423
        table taxas_sala columns (code, price: money) {
          "60033011"  R$ 45,00  // sala
          "6003302"   R$ 160,00
        }
        """;
    Formatter.Result r = Formatter.format("c.convenio", messy, null);
    assertTrue(r.ok(), r.diagnostics().toString());
    assertEquals(expected, r.text());
  }

  @Test
  void aFileWithSyntaxErrorsIsNotFormatted() {
    Formatter.Result r = Formatter.format("c.convenio", "contract \"C\" version 1\nprice procedure = \n", null);
    assertFalse(r.ok());
    assertEquals(2, r.diagnostics().get(0).line());
  }

  private static String ast(String name, String text) {
    SourceParser.Result r = SourceParser.parse(name, text);
    assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.isError()).toList());
    return AstPrinter.print(r.file()).lines().map(l -> l.replaceFirst("^[0-9]+: ", ""))
        .collect(Collectors.joining("\n"));
  }

  private static List<String> comments(String text) {
    return text.lines().filter(l -> l.contains("//")).map(l -> l.substring(l.indexOf("//")).strip()).toList();
  }
}
