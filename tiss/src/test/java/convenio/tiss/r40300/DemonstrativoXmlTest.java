package convenio.tiss.r40300;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import convenio.model.Critique;
import convenio.model.GuideResult;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.tiss.DemonstrativoHeader;
import convenio.tiss.DemonstrativoWriter;
import convenio.tiss.HashCheck;
import convenio.tiss.TestFiles;
import convenio.tiss.TissHash;
import convenio.tiss.TissReader;
import convenio.tiss.TissValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass demonstrativo writer against the reference it replaces (the generated classes, marshalled by JAXB,
 * hashed by parsing them back, marshalled again): the same bytes; an epilogo hash equal to the one the reader
 * computes on its own; valid against tissV4_03_00.xsd.
 */
class DemonstrativoXmlTest {

  @ParameterizedTest
  @ValueSource(strings = {"samples/v3.05-resumo-internacao-1.xml", "samples/v3.05-resumo-internacao-2.xml",
      "samples/v4.02-lote-sadt-14-guias.xml", "synthetic/consulta-3.05.xml", "synthetic/consulta-4.03.xml",
      "synthetic/honorarios-4.01.xml", "synthetic/honorarios-4.03.xml", "synthetic/internacao-4.03.xml",
      "synthetic/sadt-4.00.00.xml", "synthetic/sadt-4.00.01.xml"})
  void writesWhatTheJaxbReferenceWritesHashedAndValid(String message) {
    PricingResult priced = TestFiles.priced(new TissReader().read(TestFiles.resource(message)).account());
    assertSameAsReference(priced, TestFiles.demonstrativoHeader());
  }

  @Test
  void textNeedingEscapesOrOutsideLatin1IsWrittenAsTheReferenceWritesIt() {
    PricingResult priced = TestFiles.priced(new TissReader().read(TestFiles.sample("v4.02-lote-sadt-14-guias.xml"))
        .account());
    List<GuideResult> guides = new ArrayList<>(priced.guides());
    GuideResult first = guides.get(0);
    // A guide-level finding with a table-38 code goes to motivoGlosaGuia/descricaoGlosa, free text.
    guides.set(0, new GuideResult(first.guide(), first.items(), List.of(new Critique("1705",
        "Valor > tabela & \"acordo\" <CBHPM> — ajustado em 5%, ver cláusula 7ª (€)", "r", SourcePos.NONE))));
    DemonstrativoHeader h = new DemonstrativoHeader("339679", "OPERADORA SÃO JOSÉ & FILHOS <SAÚDE>",
        "12345678000199", "DEM-2", LocalDate.of(2026, 4, 1), LocalTime.of(23, 59, 7), "202604010002",
        LocalDate.of(2026, 3, 25), "2", null);
    byte[] xml = assertSameAsReference(priced.withGuides(guides), h);
    String text = new String(xml, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("<ans:nomeOperadora>OPERADORA SÃO JOSÉ &amp; FILHOS &lt;SAÚDE&gt;</ans:nomeOperadora>"));
    assertTrue(text.contains("ajustado em 5%, ver cláusula 7ª (&#8364;)</ans:descricaoGlosa>"), text);
    assertTrue(text.contains("<ans:horaRegistroTransacao>23:59:07</ans:horaRegistroTransacao>"));
    assertTrue(text.contains("<ans:situacaoProtocolo>2</ans:situacaoProtocolo>"));
  }

  @Test
  void dataTheSchemaWouldRefuseIsRefusedWithTheSameReasons() {
    PricingResult priced = TestFiles.priced(new TissReader().read(TestFiles.sample("v3.05-resumo-internacao-1.xml"))
        .account());
    DemonstrativoHeader h = new DemonstrativoHeader("339679", "O".repeat(71), "12345678000199", "D".repeat(21),
        LocalDate.of(2026, 4, 1), LocalTime.NOON, "202604010001", LocalDate.of(2026, 3, 25), null, null);
    IllegalArgumentException onePass = assertThrows(IllegalArgumentException.class,
        () -> new DemonstrativoXml(priced, h).write());
    IllegalArgumentException reference = assertThrows(IllegalArgumentException.class,
        () -> Binding40300.writeDemonstrativoWithJaxb(priced, h));
    assertEquals(reference.getMessage(), onePass.getMessage());
    assertTrue(onePass.getMessage().contains("numeroDemonstrativo '" + "D".repeat(21)
        + "' is longer than 20 characters; nomeOperadora '" + "O".repeat(71) + "' is longer than 70 characters"),
        onePass.getMessage());
  }

  @Test
  void theSchemaCheckIsOnRequest() {
    PricingResult priced = TestFiles.priced(new TissReader().read(TestFiles.sample("v4.02-lote-sadt-14-guias.xml"))
        .account());
    byte[] checked = DemonstrativoWriter.write(priced, TestFiles.demonstrativoHeader(), true);
    byte[] unchecked = DemonstrativoWriter.write(priced, TestFiles.demonstrativoHeader(), false);
    assertEquals(new String(checked, StandardCharsets.ISO_8859_1), new String(unchecked, StandardCharsets.ISO_8859_1));
    // This module's tests run with the property on, so every demonstrativo they write is validated.
    assertEquals("true", System.getProperty(DemonstrativoWriter.VALIDATE_PROPERTY));
  }

  private static byte[] assertSameAsReference(PricingResult priced, DemonstrativoHeader header) {
    byte[] onePass = new DemonstrativoXml(priced, header).write();
    byte[] reference = Binding40300.writeDemonstrativoWithJaxb(priced, header);
    int i = 0;
    while (i < onePass.length && i < reference.length && onePass[i] == reference[i]) i++;
    if (i < onePass.length || i < reference.length) {
      fail("differs from the JAXB reference at byte " + i + ":\n" + around(onePass, i) + "\n--- reference:\n"
          + around(reference, i));
    }
    HashCheck h = TissHash.check(new ByteArrayInputStream(onePass));
    assertEquals(1, h.elements());
    assertEquals(h.computed(), h.found(), "the reader's own hash of the message equals the one written");
    assertTrue(h.matches());
    assertEquals(List.of(), TissValidator.validate(onePass), "valid against tissV4_03_00.xsd");
    return onePass;
  }

  private static String around(byte[] b, int at) {
    int from = Math.max(0, at - 200);
    int to = Math.min(b.length, at + 100);
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
