package convenio.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.model.RecursoPrazo;
import convenio.syntax.Header;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format version 4 added the recurso prazos to a contract's header (and a routes rule's own glosa codes), version 5
 * stores the tables column by column; an artifact of an older version is refused with the advice to recompile, never
 * decoded as if it were the current one.
 */
class ArtifactVersionsTest {
  @TempDir Path dir;

  private static final String WITH_PRAZO = """
      contract "Operadora Teste x Clínica Teste" version 1
        operator ans "123456"
        provider cnpj "11.222.333/0001-81"
        effective 2025-01-01 .. 2025-12-31
        recurso in 30 days after demonstrativo answer in 45 days after recurso

      price procedure "10101012" = R$ 180,00
      """;

  @Test
  void aVersion3ArtifactIsRefusedWithTheAdviceToRecompile() throws Exception {
    assertRefusedAsVersion(3);
  }

  @Test
  void aVersion4ArtifactWithItsTablesRowByRowIsRefusedWithTheAdviceToRecompile() throws Exception {
    assertRefusedAsVersion(4);
  }

  private void assertRefusedAsVersion(int version) throws Exception {
    Path source = dir.resolve("prazo.convenio");
    Files.writeString(source, WITH_PRAZO);
    Path old = dir.resolve("prazo-v" + version + ".cvc");
    assertTrue(Artifacts.compile(source, old).ok());
    byte[] bytes = Files.readAllBytes(old);
    bytes[4] = 0; // the format version: two bytes, big-endian, after the magic CNVC
    bytes[5] = (byte) version;
    Files.write(old, bytes);
    ArtifactException e = assertThrows(ArtifactException.class, () -> ArtifactReader.read(old));
    assertTrue(e.getMessage().contains("has artifact format version " + version), e.getMessage());
    assertTrue(String.valueOf(e.hint()).contains("convenio compile"), String.valueOf(e.hint()));
  }

  @Test
  void theRecursoPrazosSurviveTheArtifact() throws Exception {
    Path source = dir.resolve("prazo.convenio");
    Files.writeString(source, WITH_PRAZO);
    Path target = dir.resolve("prazo.cvc");
    Compilation compiled = Artifacts.compile(source, target);
    assertTrue(compiled.ok(), compiled.diagnostics().toString());
    assertEquals(ArtifactFormat.VERSION, ArtifactReader.read(target).header().formatVersion());
    RecursoPrazo p = Artifacts.load(target).contract().recursoPrazo();
    assertEquals(30, p.recursoDays());
    assertEquals(45, p.answerDays());
    assertEquals(5, p.pos().line()); // the clause's line in the source
  }

  @Test
  void withoutAnAnswerPrazoTheAnswerPrazoIsTheRecursos() {
    Compilation c = Convenio.compile("c.convenio", WITH_PRAZO.replace(" answer in 45 days after recurso", ""));
    assertTrue(c.ok(), c.diagnostics().toString());
    assertEquals(30, c.contract().recursoPrazo().recursoDays());
    assertEquals(30, c.contract().recursoPrazo().answerDays());
  }
}
