package convenio.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Artifacts;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding section of the documentation cannot rot: its Java block must be this module's
 * {@link EmbeddingExample} character for character, and the example is run here on a compiled contract and a lote.
 */
class EmbeddingExampleTest {
  static final Path DOC = Path.of("../docs/embedding.md");
  static final Path EXAMPLE = Path.of("src/test/java/convenio/embedding/EmbeddingExample.java");

  @TempDir Path dir;

  @Test
  void theDocShowsExactlyTheExampleThatRuns() throws Exception {
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    assertTrue(m.find(), "docs/embedding.md has a ```java block");
    assertEquals(Files.readString(EXAMPLE), m.group(1),
        "docs/embedding.md's Java block must be tests/" + EXAMPLE + " exactly; copy the file into the doc");
  }

  @Test
  void theExampleLoadsAFolderPricesALoteAndExplainsIt() throws Exception {
    Path contracts = Files.createDirectories(dir.resolve("contracts"));
    Path source = dir.resolve("clinica.convenio");
    Files.writeString(source, """
        contract "Operadora Exemplo x Clínica Modelo" version 4
          id "exemplo-clinica"
          operator ans "339679"
          provider cnpj "11.222.333/0001-81"
          effective 2026-01-01
          rounding half_up to cents per item
        import std.tiss.glosas
        price procedure "10101012" = R$ 150,00
        """);
    assertTrue(Artifacts.compile(source, contracts.resolve("clinica.cvc")).ok());
    Path lote = dir.resolve("lote.xml");
    try (InputStream in = getClass().getResourceAsStream("/embedding/lote-consulta.xml")) {
      Files.write(lote, in.readAllBytes());
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(contracts, lote, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("contract exemplo-clinica version 4 ("), out);
    assertTrue(out.contains("paid R$ 245,50"), out);
    assertTrue(out.contains("guide C-1 item 1 10101012: presented R$ 180,00, paid R$ 150,00, glosed R$ 30,00"), out);
    assertTrue(out.contains("clinica.convenio:8:1"), "the explanation points at the rule: " + out);
  }
}
