package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The conformance vectors of petrinhu/TISS_ANS_hash (see test resources SOURCES.md) and the real samples. */
class HashVectorsTest {

  @TestFactory
  List<DynamicTest> everyVectorPasses() throws IOException {
    Path dir = TestFiles.resource("hash-vectors");
    JsonNode vectors = new ObjectMapper().readTree(dir.resolve("vectors.json").toFile()).get("vectors");
    List<DynamicTest> tests = new ArrayList<>();
    int present = 0;
    for (JsonNode v : vectors) {
      Path input = dir.resolve(v.get("input").asText());
      if (!Files.exists(input)) continue; // syn_perf_grande.xml was not copied (a 456 KB performance case)
      present++;
      String id = v.get("id").asText();
      boolean negative = v.has("expect") && v.get("expect").asText().equals("error");
      tests.add(DynamicTest.dynamicTest(id, () -> {
        if (negative) {
          assertThrows(TissException.class, () -> TissHash.compute(input), id);
        } else {
          assertEquals(v.get("expected_md5").asText(), TissHash.compute(input), id + ": " + v.get("desc").asText());
        }
      }));
    }
    assertEquals(19, present, "18 positive and 2 negative vectors, less the one performance case not copied");
    return tests;
  }

  @Test
  void theRealSamplesCarryTheHashTheyShould() throws IOException {
    for (String s : List.of("v3.05-resumo-internacao-1.xml", "v3.05-resumo-internacao-2.xml",
        "v4.02-lote-sadt-14-guias.xml")) {
      HashCheck h = TissHash.check(in(TestFiles.sample(s)));
      assertEquals(1, h.elements());
      assertEquals(h.found(), h.computed(), s);
    }
  }

  @Test
  void aMismatchIsOneWarningNamingExpectedAndFound() throws IOException {
    String xml = Files.readString(TestFiles.sample("v3.05-resumo-internacao-1.xml"))
        .replace("f962e6299fd7b9a34b97220edf44b598", "00000000000000000000000000000000");
    TissReadResult r = new TissReader().read(new ByteArrayInputStream(xml.getBytes()));
    assertEquals(1, r.problems().size());
    TissProblem p = r.problems().get(0);
    assertEquals(TissProblem.Kind.HASH, p.kind());
    assertEquals(TissProblem.Severity.WARNING, p.severity());
    assertTrue(p.message().contains("expected f962e6299fd7b9a34b97220edf44b598"), p::toString);
    assertTrue(p.message().contains("found 00000000000000000000000000000000"), p::toString);
    assertEquals(96, p.line());
    assertEquals(1, r.account().guides().size(), "a wrong hash does not stop reading");
  }

  @Test
  void aLatin1HashIsAcceptedOnInput() throws IOException {
    String xml = Files.readString(TestFiles.synthetic("consulta-3.05.xml"), StandardCharsets.ISO_8859_1);
    HashCheck h = TissHash.check(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
    String latin1 = xml.replace(h.computed(), h.computedLatin1());
    TissReadResult r = new TissReader().read(new ByteArrayInputStream(
        latin1.getBytes(StandardCharsets.ISO_8859_1)));
    assertTrue(r.hash().matches());
    assertTrue(r.problems().isEmpty(), r.problems()::toString);
  }

  private static InputStream in(Path p) throws IOException {
    return Files.newInputStream(p);
  }
}
