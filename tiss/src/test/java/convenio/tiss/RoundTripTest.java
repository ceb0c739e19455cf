package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.Account;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.model.Totals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * read → price (a stand-in) → write demonstrativo → validate → read the demonstrativo back → write a recurso of its
 * glosas → validate. Every written file is validated against the 4.03.00 schema and kept in target/tiss-written so
 * that it can be checked with xmllint as well.
 */
class RoundTripTest {
  static final Path OUT = Path.of("target", "tiss-written");

  @ParameterizedTest
  @ValueSource(strings = {"samples/v3.05-resumo-internacao-1.xml", "samples/v3.05-resumo-internacao-2.xml",
      "samples/v4.02-lote-sadt-14-guias.xml", "synthetic/consulta-3.05.xml", "synthetic/consulta-4.03.xml",
      "synthetic/honorarios-4.01.xml", "synthetic/honorarios-4.03.xml", "synthetic/internacao-4.03.xml",
      "synthetic/sadt-4.00.00.xml", "synthetic/sadt-4.00.01.xml"})
  void readPriceWriteValidateReadBack(String message) throws IOException {
    Account account = new TissReader().read(TestFiles.resource(message)).account();
    PricingResult priced = TestFiles.priced(account);
    byte[] demonstrativo = DemonstrativoWriter.write(priced, TestFiles.demonstrativoHeader());
    String name = Path.of(message).getFileName().toString().replace(".xml", "");
    keep("demonstrativo-" + name + ".xml", demonstrativo);
    assertTrue(TissValidator.validate(demonstrativo).isEmpty(), () -> TissValidator.validate(demonstrativo).toString());

    DemonstrativoReader.Result back = new DemonstrativoReader(ReadOptions.DEFAULTS.withValidation(true))
        .read(new ByteArrayInputStream(demonstrativo));
    assertTrue(back.problems().isEmpty(), back.problems()::toString);
    assertTrue(back.hash().matches());
    AnaliseConta a = back.demonstrativos().get(0);
    Totals t = priced.totals();
    assertEquals(t.presented(), a.informado());
    assertEquals(t.paid(), a.liberado());
    assertEquals(t.glosed(), a.glosa());
    assertEquals(a.processado(), a.liberado().plus(a.glosa()), "processado = liberado + glosa");
    assertEquals("339679", a.operatorAns());
    assertEquals(account.loteNumber(), a.protocols().get(0).loteNumber());
    List<AnaliseConta.GuiaAnalisada> guides = a.protocols().get(0).guides();
    assertEquals(priced.guides().size(), guides.size());
    int glosas = 0;
    for (int g = 0; g < guides.size(); g++) {
      GuideResult gr = priced.guides().get(g);
      AnaliseConta.GuiaAnalisada ga = guides.get(g);
      assertEquals(gr.guide().number(), ga.number());
      assertEquals(gr.items().size(), ga.items().size());
      assertEquals(gr.totals().glosed(), ga.glosado());
      for (int i = 0; i < ga.items().size(); i++) {
        assertEquals(gr.items().get(i).item().seq(), ga.items().get(i).seq());
        assertEquals(gr.items().get(i).glosed(), ga.items().get(i).glosado());
        assertEquals(gr.items().get(i).paid(), ga.items().get(i).liberado());
      }
      glosas += gr.items().stream().mapToInt(ir -> ir.glosas().size()).sum();
    }
    assertEquals(glosas, a.glosas().size());
    if (glosas == 0) return;

    List<RecursoItem> disputed = new ArrayList<>();
    Money total = Money.ZERO;
    for (AnaliseConta.GlosaItem gi : a.glosas()) {
      disputed.add(new RecursoItem(gi.guide().number(), gi.guide().operatorNumber(), gi.guide().authorizationNumber(),
          gi.item().seq(), gi.item().date(), gi.item().table(), gi.item().code(), gi.item().description(),
          gi.item().degree(), gi.glosa().code(), gi.glosa().value(),
          "Valor cobrado conforme a tabela do contrato vigente na data do atendimento."));
      total = total.plus(gi.glosa().value());
    }
    RecursoHeader rh = new RecursoHeader("339679", "OPERADORA EXEMPLO", account.provider() != null ? account.provider()
        : account.guides().get(0).executor(), account.loteNumber(), "202604010001", "REC-1",
        LocalDate.of(2026, 4, 10), LocalTime.of(14, 0), null);
    byte[] recurso = RecursoWriter.write(rh, disputed);
    keep("recurso-" + name + ".xml", recurso);
    assertTrue(TissValidator.validate(recurso).isEmpty());
    assertTrue(TissHash.check(new ByteArrayInputStream(recurso)).matches());
    String xml = new String(recurso, StandardCharsets.ISO_8859_1);
    assertEquals(disputed.size(), xml.split("<ans:itensGuia>", -1).length - 1);
    assertTrue(xml.contains("<ans:valorTotalRecursado>" + total.plain() + "</ans:valorTotalRecursado>"), xml);
  }

  @Test
  void aGlosaCodeOutsideTable38IsRefusedWithItsPlace() {
    Account account = new TissReader().read(TestFiles.sample("v3.05-resumo-internacao-1.xml")).account();
    PricingResult p = TestFiles.priced(account);
    var gr = p.guides().get(0);
    var ir = gr.items().get(0);
    var glosa = new Glosa("9956", BigDecimal.ONE, ir.item().totalValue(), "operator code",
        GlosaGroup.ADMINISTRATIVE, "r", SourcePos.NONE, true);
    var bad = new ItemResult(ir.item(), null, null, Money.ZERO, BigDecimal.ZERO, Money.ZERO,
        Money.ZERO, List.of(glosa), List.of());
    PricingResult withBad = p.withGuides(List.of(gr.withItems(List.of(bad))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemonstrativoWriter.write(withBad, TestFiles.demonstrativoHeader()));
    assertTrue(e.getMessage().contains("guide 7 item 1: glosa code '9956' is not in dm_tipoGlosa"), e.getMessage());
  }

  @Test
  void anOperatorsOwnGlosaCodeInADemonstrativoIsKeptWithAWarningAtItsPlace() {
    Account account = new TissReader().read(TestFiles.sample("v4.02-lote-sadt-14-guias.xml")).account();
    String xml = new String(DemonstrativoWriter.write(TestFiles.priced(account), TestFiles.demonstrativoHeader()),
        StandardCharsets.ISO_8859_1).replaceFirst("<ans:tipoGlosa>1705<", "<ans:tipoGlosa>9956<");
    DemonstrativoReader.Result r = new DemonstrativoReader().read(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("9956", r.demonstrativos().get(0).glosas().get(0).glosa().code());
    List<TissProblem> codes = r.problems().stream().filter(p -> p.kind() == TissProblem.Kind.UNKNOWN_CODE).toList();
    assertEquals(1, codes.size(), r.problems()::toString);
    assertTrue(codes.get(0).message().startsWith("tipoGlosa: '9956' is not a code of dm_tipoGlosa"), codes::toString);
    int line = xml.substring(0, xml.indexOf("9956")).split("\n", -1).length;
    assertEquals(line, codes.get(0).line());
    assertTrue(r.problems().stream().anyMatch(p -> p.kind() == TissProblem.Kind.HASH), "the edit broke the hash");
  }

  @Test
  void anAccountWithoutLoteNumberCannotBeAnswered() {
    Account account = new TissReader().read(TestFiles.sample("v3.05-resumo-internacao-1.xml")).account();
    Account noLote = new Account(null, null, account.operatorAns(), account.provider(), null, account.guides());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemonstrativoWriter.write(TestFiles.priced(noLote), TestFiles.demonstrativoHeader()));
    assertTrue(e.getMessage().contains("lote number"), e.getMessage());
  }

  @Test
  void justificationsAreAtMost500Characters() {
    String long501 = "x".repeat(501);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RecursoItem("1", null, null,
        1, LocalDate.of(2026, 1, 1), "22", "10101012", null, null, "1705", Money.of("10.00"), long501));
    assertTrue(e.getMessage().contains("501 characters"), e.getMessage());
    String fitted = RecursoItem.fit(("palavra ").repeat(100));
    assertTrue(fitted.length() <= 500 && fitted.endsWith("…"), fitted);
  }

  @Test
  void eachReaderRefusesTheOtherKindOfMessage() throws IOException {
    Account account = new TissReader().read(TestFiles.sample("v4.02-lote-sadt-14-guias.xml")).account();
    byte[] d = DemonstrativoWriter.write(TestFiles.priced(account), TestFiles.demonstrativoHeader());
    TissException e1 = assertThrows(TissException.class, () -> new TissReader().read(new ByteArrayInputStream(d)));
    assertTrue(e1.getMessage().contains("not a lote de guias"), e1.getMessage());
    TissException e2 = assertThrows(TissException.class,
        () -> new DemonstrativoReader().read(TestFiles.sample("v4.02-lote-sadt-14-guias.xml")));
    assertTrue(e2.getMessage().contains("not a demonstrativo"), e2.getMessage());
  }

  private static void keep(String name, byte[] xml) throws IOException {
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(name), xml);
  }
}
