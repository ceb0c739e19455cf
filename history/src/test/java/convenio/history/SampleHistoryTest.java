package convenio.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.history.sample.SampleHistory;
import convenio.tiss.MessageReader;
import convenio.tiss.TissMessages;
import convenio.tiss.TissProblem;
import convenio.tiss.TissValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample history: the same files from the same seed, every TISS message valid against its schema. */
class SampleHistoryTest {
  static final Path BUNDLED = Path.of("..", "examples", "glosa-history");

  @Test
  void theBundledHistoryIsWhatTheGeneratorWrites(@TempDir Path dir) throws Exception {
    int n = SampleHistory.write(dir, 20260101L);
    List<Path> made;
    try (Stream<Path> s = Files.walk(dir)) {
      made = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(n, made.size());
    for (Path f : made) {
      Path bundled = BUNDLED.resolve(dir.relativize(f).toString());
      assertTrue(Files.exists(bundled), "missing " + bundled + ": run SampleHistory again");
      assertArrayEquals(Files.readAllBytes(bundled), Files.readAllBytes(f), bundled.toString());
    }
  }

  @Test
  void everyMessageIsValidTiss() throws Exception {
    List<Path> xml;
    try (Stream<Path> s = Files.walk(BUNDLED)) {
      xml = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertTrue(xml.size() > 40, "demonstrativos, recursos and answers");
    for (Path f : xml) {
      List<TissProblem> problems = TissValidator.validate(Files.readAllBytes(f));
      assertTrue(problems.isEmpty(), f + ": " + problems);
    }
  }

  @Test
  void theAnswerReadsBackAsWritten(@TempDir Path dir) throws Exception {
    List<Path> files = Fixture.write(dir);
    MessageReader.Result<TissMessages.Resposta> r = new MessageReader().resposta(files.get(3));
    assertTrue(r.hash().matches(), "hash");
    TissMessages.Resposta a = r.message();
    assertEquals("111111", a.operatorAns());
    assertEquals("101", a.loteNumber());
    assertEquals("5001", a.protocolNumber());
    assertEquals(2, a.items().size());
    assertEquals(1, a.items().get(0).seq());
    assertEquals(convenio.model.Money.of("10.00"), a.items().get(0).accepted());
    assertEquals(convenio.model.Money.of("15.00"), a.appealed()); // 10 + 5
    assertEquals(Fixture.A_ANSWER, a.answeredOn());
    TissMessages.Recurso rec = new MessageReader().recurso(files.get(2)).message();
    assertEquals("R1", rec.number());
    assertEquals(2, rec.guides().get(0).items().size());
    assertEquals("2001", rec.guides().get(0).items().get(1).glosaCode());
  }
}
