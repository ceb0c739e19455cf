package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.model.Critique;
import convenio.model.GuideType;
import convenio.model.ItemKind;
import convenio.model.PricingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packages, duplicates and account checks (Solus FAQ: motivo de alta × tipo de faturamento). */
class PackagesDuplicatesChecksTest {
  private static final Contract C = contract("""
      import std.tiss.glosas
      import std.tiss.motivo_saida
      price items = presented
      package "31005497" "Colecistectomia videolaparoscópica" = R$ 4.800,00
        includes daily_rates up to 2, fees, materials, medications
        excludes opme
        else glosa ITEM_INCLUSO_NO_PACOTE
      duplicates for procedures same code, date, degree else glosa COBRANCA_EM_DUPLICIDADE
      check alta_x_faturamento when inpatient and billing_type not in faturamento_permitido[discharge_reason]
        critique "Motivo de alta ${discharge_reason} incompatível com o tipo de faturamento ${billing_type}"
      """);

  @Test
  void packagePaysOnceAndGlosesWhatItIncludes() {
    PricingResult r = price(C, guide("G").type(GuideType.RESUMO_INTERNACAO).billing("4").discharge("11").add(
        procedure("31005497", 1, "5.000,00"),
        item(ItemKind.DAILY_RATE, "60000775", 3, "480,00"),
        item(ItemKind.FEE, "60001011", 1, "350,00"),
        item(ItemKind.OPME, "80000001", 1, "2.000,00"),
        procedure("10102019", 1, "90,00")).build());
    // package: 4.800,00 paid, 200,00 glosed 1705
    assertEquals(brl("4.800,00"), item(r, "G", 1).paid());
    assertEquals(List.of("1705"), codes(item(r, "G", 1)));
    // daily rates: the first 2 of 3 are included (glosed 2 × 480,00 = 960,00), the third paid 480,00. The contract
    // names 1711 (a procedure of a package already billed); a daily rate has no code of its own in TISS table 38, so
    // it takes 3108 "item incluso no pacote negociado"
    assertEquals(brl("960,00"), item(r, "G", 2).glosed());
    assertEquals(List.of("3108"), codes(item(r, "G", 2)));
    assertEquals(brl("480,00"), item(r, "G", 2).paid());
    // fee included whole; OPME excluded; a procedure the package does not mention is priced normally
    assertEquals(brl("350,00"), item(r, "G", 3).glosed());
    assertEquals(List.of("2413"), codes(item(r, "G", 3)), "a taxa inclusa no pacote: 2413, never the procedure's 1711");
    assertEquals(brl("2.000,00"), item(r, "G", 4).paid());
    assertEquals(brl("90,00"), item(r, "G", 5).paid());
    // 5.000 + 1.440 + 350 + 2.000 + 90 = 8.880,00 presented; paid 4.800 + 480 + 2.000 + 90 = 7.370,00
    assertEquals(brl("8.880,00"), r.totals().presented());
    assertEquals(brl("7.370,00"), r.totals().paid());
    assertEquals(brl("1.510,00"), r.totals().glosed());
  }

  @Test
  void packageBilledTwiceIsPaidOnce() {
    PricingResult r = price(C, guide("G").add(procedure("31005497", 2, "4.800,00")).build());
    assertEquals(brl("4.800,00"), only(r).paid());
    assertEquals(brl("4.800,00"), only(r).glosed());
  }

  @Test
  void packageBilledAgainOnAnotherLineIsGlosedAsIncluded() {
    // the same package on two lines (two days): the first line is the package, the second is glosed whole (1711)
    PricingResult r = price(C, guide("G").add(procedure("31005497", 1, "4.800,00"),
        procedure("31005497", 1, "4.800,00")).build());
    assertEquals(brl("4.800,00"), item(r, "G", 1).paid());
    assertTrue(item(r, "G", 1).glosas().isEmpty());
    assertEquals(brl("0,00"), item(r, "G", 2).paid());
    assertEquals(List.of("1711"), codes(item(r, "G", 2)));
    assertEquals(brl("4.800,00"), r.totals().paid());
  }

  @Test
  void withoutThePackageCodeNothingIsIncluded() {
    PricingResult r = price(C, guide("G").add(item(ItemKind.FEE, "60001011", 1, "350,00")).build());
    assertTrue(only(r).glosas().isEmpty());
  }

  @Test
  void duplicateLineIsGlosed() {
    PricingResult r = price(C, guide("G").add(procedure("10102019", 1, "90,00").degree("00"),
        procedure("10102019", 1, "90,00").degree("00"), procedure("10102019", 1, "90,00").degree("01")).build());
    assertTrue(item(r, "G", 1).glosas().isEmpty());
    assertEquals(List.of("1702"), codes(item(r, "G", 2)));
    assertTrue(item(r, "G", 3).glosas().isEmpty(), "another degree is not a duplicate");
  }

  @Test
  void dischargeReasonIncompatibleWithBillingTypeIsACritique() {
    // Solus FAQ: 21 "Por características próprias da doença" (por permanência) allows billing types 2 and 4 only
    PricingResult r = price(C, guide("G").type(GuideType.RESUMO_INTERNACAO).discharge("21").billing("1")
        .add(item(ItemKind.DAILY_RATE, "60000775", 1, "480,00")).build());
    List<Critique> cs = r.guides().get(0).critiques();
    assertEquals(1, cs.size());
    assertEquals("Motivo de alta 21 incompatível com o tipo de faturamento 1", cs.get(0).message());
    assertTrue(only(r).glosas().isEmpty(), "a critique glosses nothing");
  }

  @Test
  void compatibleDischargeReasonHasNoCritique() {
    PricingResult r = price(C, guide("G").type(GuideType.RESUMO_INTERNACAO).discharge("21").billing("2")
        .add(item(ItemKind.DAILY_RATE, "60000775", 1, "480,00")).build());
    assertTrue(r.guides().get(0).critiques().isEmpty());
  }

  @Test
  void aProcedureThePackageIncludesTakesNoPlaceInTheRouteRanking() {
    Contract c = contract("""
        import std.ans.vias
        price procedures = presented
        routes vias_ans ordered by value desc
        package "98000010" "Herniorrafia - hospital-dia" = R$ 2.300,00
          includes procedure "31009336"
          else glosa 1711
        """);
    // 31009336 (1.000,00) is glosed as included; 30101010 (400,00) is then the only procedure ranked: 100%
    PricingResult r = price(c, guide("G").add(procedure("98000010", 1, "2.300,00"), procedure("31009336", 1,
        "1.000,00"), procedure("30101010", 1, "400,00")).build());
    assertEquals(List.of("1711"), codes(item(r, "G", 2)));
    assertEquals(brl("400,00"), item(r, "G", 3).allowed());
    assertEquals(brl("2.700,00"), r.totals().paid());
  }
}
