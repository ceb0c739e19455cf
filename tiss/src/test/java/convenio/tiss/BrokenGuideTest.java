package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Guide;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lote of three guides: B-1 fine, B-2 with valorTotal "abc" (cannot become a model item), B-3 with an element the
 * binding does not know (line 242), viaAcesso 7 (line 281) and grauPart 99 (line 297).
 */
class BrokenGuideTest {

  @Test
  void theBrokenGuideIsReportedOnceAndTheRestIsRead() {
    TissReadResult r = new TissReader().read(TestFiles.synthetic("lote-guia-quebrada.xml"));
    assertEquals(List.of("B-1", "B-3"), r.account().guides().stream().map(Guide::number).toList());
    assertEquals(1, r.summary().guidesSkipped());
    assertEquals(2, r.summary().guidesRead());

    List<TissProblem> skipped = of(r, TissProblem.Kind.GUIDE_SKIPPED);
    assertEquals(1, skipped.size(), r.problems()::toString);
    TissProblem s = skipped.get(0);
    assertEquals("B-2", s.guide());
    assertEquals(TissProblem.Severity.ERROR, s.severity());
    assertEquals(126, s.line(), "placed at the guide's start tag");
    assertTrue(s.message().contains("procedure 1 has no valid valorTotal (valorTotal: 'abc' is not a valid number, "
        + "at 180:51)"), s::toString);
    assertTrue(of(r, TissProblem.Kind.BAD_VALUE).isEmpty(), "the bad value is part of the one skip problem");

    List<TissProblem> unknown = of(r, TissProblem.Kind.UNKNOWN_ELEMENT);
    assertEquals(1, unknown.size(), r.problems()::toString);
    assertEquals(242, unknown.get(0).line());
    assertEquals("B-3", unknown.get(0).guide());
    assertTrue(unknown.get(0).message().contains("campoInventado in dadosBeneficiario"), unknown.get(0)::toString);

    List<TissProblem> codes = of(r, TissProblem.Kind.UNKNOWN_CODE);
    assertEquals(List.of(281, 297), codes.stream().map(TissProblem::line).toList(), codes::toString);
    assertTrue(codes.get(0).message().contains("viaAcesso: '7' is not a code of dm_viaDeAcesso"));
    assertTrue(codes.get(1).message().contains("grauPart: '99' is not a code of dm_grauPart"));
    assertTrue(codes.stream().allMatch(p -> p.severity() == TissProblem.Severity.WARNING && p.column() > 0));

    Guide b3 = r.account().guide("B-3");
    assertEquals("7", b3.item(1).route(), "an unknown code is kept as written");
    assertEquals("99", b3.item(1).team().get(1).degree());
    assertTrue(r.hash().matches());
    assertEquals(List.of(126, 242, 281, 297), r.problems().stream().map(TissProblem::line).toList(),
        "one problem each, in document order");
  }

  @Test
  void withValidationTheSchemaSpeaksAndStillEachPlaceOnce() {
    TissReadResult r = new TissReader(ReadOptions.DEFAULTS.withValidation(true))
        .read(TestFiles.synthetic("lote-guia-quebrada.xml"));
    assertEquals(2, r.account().guides().size());
    List<Integer> schemaLines = of(r, TissProblem.Kind.SCHEMA).stream().map(TissProblem::line).toList();
    assertEquals(List.of(180, 242, 281, 297), schemaLines, r.problems()::toString);
    assertEquals(1, of(r, TissProblem.Kind.GUIDE_SKIPPED).size());
    assertTrue(of(r, TissProblem.Kind.UNKNOWN_CODE).isEmpty(), "the schema already said it, at the same place");
    assertFalse(r.problems().stream().anyMatch(p -> p.kind() == TissProblem.Kind.UNKNOWN_ELEMENT));
  }

  @Test
  void theIteratorGivesTheSameGuides() throws Exception {
    try (var in = Files.newInputStream(TestFiles.synthetic("lote-guia-quebrada.xml"));
        GuideStream guides = new TissReader().open(in)) {
      assertTrue(guides.hasNext());
      assertEquals("B-1", guides.next().number());
      assertEquals("B-3", guides.next().number());
      assertFalse(guides.hasNext());
      assertEquals(1, guides.summary().guidesSkipped());
      assertEquals("601", guides.header().loteNumber());
    }
  }

  @Test
  void aProblemRepeatedInEveryGuideIsShownTenTimesThenCounted() throws Exception {
    String xml = Files.readString(TestFiles.synthetic("lote-guia-quebrada.xml"),
        StandardCharsets.ISO_8859_1);
    int start = xml.lastIndexOf("        <ans:guiaSP-SADT>");
    int end = xml.lastIndexOf("</ans:guiaSP-SADT>") + "</ans:guiaSP-SADT>\n".length();
    StringBuilder many = new StringBuilder(xml.substring(0, start));
    for (int i = 1; i <= 25; i++) many.append(xml.substring(start, end).replace(">B-3<", ">R-" + i + "<"));
    many.append(xml.substring(end));
    int firstGuide = xml.indexOf("        <ans:guiaSP-SADT>");
    String lote = many.toString().substring(0, firstGuide) + many.substring(start);
    TissReadResult r = new TissReader().read(new ByteArrayInputStream(
        lote.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(25, r.account().guides().size());
    List<TissProblem> unknown = of(r, TissProblem.Kind.UNKNOWN_ELEMENT);
    assertEquals(11, unknown.size(), unknown::toString);
    assertTrue(unknown.subList(0, 10).stream().allMatch(p -> p.line() > 0));
    TissProblem summary = unknown.get(10);
    assertEquals(0, summary.line());
    assertTrue(summary.message().endsWith("15 more times after the 10 shown, the first at " + unknown.get(0).line()
        + ":" + unknown.get(0).column() + " (guide R-1)"), summary::toString);
  }

  private static List<TissProblem> of(TissReadResult r, TissProblem.Kind kind) {
    return r.problems().stream().filter(p -> p.kind() == kind).toList();
  }
}
