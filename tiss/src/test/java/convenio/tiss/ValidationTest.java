package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Validation against the schema of the message's own Padrao, in the same pass as reading; the places were checked
 * with xmllint (see test resources SOURCES.md): 3.05 sample 1 has one error at line 32, sample 2 seven.
 */
class ValidationTest {
  private final TissReader reader = new TissReader(ReadOptions.DEFAULTS.withValidation(true));

  @Test
  void firstSample305MissesSenhaAndIsStillRead() {
    TissReadResult r = reader.read(TestFiles.sample("v3.05-resumo-internacao-1.xml"));
    assertEquals(1, r.account().guides().size());
    assertEquals(List.of("32:38: error: numeroGuiaOperadora: cvc-complex-type.2.4.a: Invalid content was found "
        + "starting with element '{ans:numeroGuiaOperadora}'. One of '{ans:senha}' is expected. (guide 7)"),
        r.problems().stream().map(TissProblem::toString).toList());
    assertEquals(TissProblem.Kind.SCHEMA, r.problems().get(0).kind());
  }

  @Test
  void secondSample305ReportsEachProblemOnceWithLineAndColumn() {
    TissReadResult r = reader.read(TestFiles.sample("v3.05-resumo-internacao-2.xml"));
    assertEquals(3, r.account().guides().get(0).items().size(), "invalid, but read");
    List<String> places = r.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
    assertEquals(List.of("32:38", "74:31", "75:38", "91:31", "92:38", "100:33", "101:31"), places);
    assertTrue(r.problems().stream().allMatch(p -> p.kind() == TissProblem.Kind.SCHEMA), r.problems()::toString);
    TissProblem time = r.problems().get(5);
    assertEquals("horaInicial: cvc-datatype-valid.1.2.1: '' is not a valid value for 'time'.", time.message());
    assertEquals("87", time.guide());
  }

  @Test
  void lote402IsValidatedAgainstThe403Schema() {
    TissReadResult r = reader.read(TestFiles.sample("v4.02-lote-sadt-14-guias.xml"));
    assertTrue(r.summary().validated());
    assertEquals("4.03.00", r.summary().release().schemaRelease());
    assertTrue(r.problems().isEmpty(), r.problems()::toString);
  }

  @Test
  void standaloneValidatorAgreesWithTheReader() {
    assertEquals(7, TissValidator.validate(TestFiles.sample("v3.05-resumo-internacao-2.xml")).size());
    assertEquals(1, TissValidator.validate(TestFiles.sample("v3.05-resumo-internacao-1.xml")).size());
    assertTrue(TissValidator.validate(TestFiles.sample("v4.02-lote-sadt-14-guias.xml")).isEmpty());
  }

  @Test
  void noPlaceIsReportedTwice() {
    for (String f : List.of("v3.05-resumo-internacao-2.xml", "v3.05-resumo-internacao-1.xml")) {
      TissReadResult r = reader.read(TestFiles.sample(f));
      Set<String> seen = new HashSet<>();
      for (TissProblem p : r.problems()) assertTrue(seen.add(p.line() + ":" + p.column()), p::toString);
    }
  }

  @Test
  void everyKeptReleaseHasACompilingSchema() {
    for (TissRelease rel : TissRelease.known()) {
      assertTrue(TissValidator.validate(new ByteArrayInputStream(("<?xml version=\"1.0\"?>"
          + "<ans:mensagemTISS xmlns:ans=\"http://www.ans.gov.br/padroes/tiss/schemas\"/>").getBytes()), rel)
          .stream().allMatch(p -> p.kind() == TissProblem.Kind.SCHEMA), rel::toString);
    }
  }
}
