package convenio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convenio fmt}: prints, writes back, checks, and translates between the two keyword sets. */
class FmtCommandTest {
  @TempDir Path dir;

  static final String MESSY = """
      contract "C" version 1
      operator ans "123456"
         provider cnpj "1"
        effective 2025-01-01
      price procedure "10101012"   =  R$ 180,00   // consulta
      """;

  static final String TIDY = """
      contract "C" version 1
        operator ans "123456"
        provider cnpj "1"
        effective 2025-01-01
      price procedure "10101012" = R$ 180,00  // consulta
      """;

  static final String PT = """
      contrato "C" versão 1
        operadora ans "123456"
        prestador cnpj "1"
        vigência 2025-01-01
      preço procedimento "10101012" = R$ 180,00  // consulta
      """;

  @Test
  void printsTheCanonicalLayout() throws Exception {
    CliFixture f = new CliFixture(dir);
    Path c = f.write("c.convenio", MESSY);
    assertEquals(0, f.run("fmt", c.toString()), f.err());
    assertEquals(TIDY, f.out());
    assertEquals(MESSY, Files.readString(c), "printing leaves the file alone");
  }

  @Test
  void writesBackAndChecks() throws Exception {
    CliFixture f = new CliFixture(dir);
    Path c = f.write("c.convenio", MESSY);
    assertEquals(1, new CliFixture(dir).run("fmt", "--check", c.toString()));
    assertEquals(0, f.run("fmt", "--write", c.toString()), f.err());
    assertEquals(TIDY, Files.readString(c));
    assertEquals("formatted: " + c + "\n", f.out());
    CliFixture again = new CliFixture(dir);
    assertEquals(0, again.run("fmt", "--check", c.toString()), again.out());
  }

  @Test
  void translatesToPortugueseAndBack() throws Exception {
    CliFixture f = new CliFixture(dir);
    Path c = f.write("c.convenio", MESSY);
    assertEquals(0, f.run("fmt", "--to", "pt", c.toString()), f.err());
    assertEquals(PT, f.out());
    CliFixture back = new CliFixture(dir);
    Path p = back.write("p.convenio", PT);
    assertEquals(0, back.run("fmt", "--to", "en", p.toString()), back.err());
    assertEquals(TIDY, back.out());
  }

  @Test
  void aSyntaxErrorIsShownWithItsPlaceAndExitOne() throws Exception {
    CliFixture f = new CliFixture(dir);
    Path c = f.write("c.convenio", "contract \"C\" version 1\nprice procedure \"1\" = \n");
    assertEquals(1, f.run("fmt", c.toString()));
    assertTrue(f.err().contains(c + ":2:"), f.err());
    assertTrue(f.err().contains("not formatted: " + c), f.err());
    assertEquals("", f.out());
  }

  @Test
  void anUnknownLanguageIsAUsageError() throws Exception {
    CliFixture f = new CliFixture(dir);
    Path c = f.write("c.convenio", TIDY);
    assertEquals(2, f.run("fmt", "--to", "fr", c.toString()));
    assertTrue(f.err().contains("unknown language 'fr'"), f.err());
  }
}
