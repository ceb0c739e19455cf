package convenio.runtime;

import convenio.api.Contract;
import convenio.model.Glosa;
import convenio.model.GuideType;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;


/** Solus FAQ: "Qtde. máxima faturada por dia (ambulatorial e internação)" and "Necessita guia de autorização". */
class LimitsAndRequirementsTest {
  private static final Contract C = contract("""
      import std.tiss.glosas
      group fisio = { "2010*" }
      group "alta complexidade" = { "3090*" }
      price procedures = presented
      limit procedure "40304361" to 1 per day outpatient, 2 per day inpatient
        else glosa QUANTIDADE_ACIMA_DO_PERMITIDO "Limite contratual de ${max} por dia"
      limit procedures in group fisio to 10 per 30 days else glosa 1820
      limit procedure "10101012" to 1 per account else glosa 1820
      require authorization for procedures in group "alta complexidade" else glosa PROCEDIMENTO_SEM_AUTORIZACAO
      """);

  @Test
  void outpatientExcessUnitsAreGlosedWithTheirShare() {
    // 3 × 10,00 on an SP/SADT guide, max 1 per day outpatient → 1 paid (10,00), 2 glosed (20,00)
    ItemResult r = only(price(C, guide("G").add(procedure("40304361", 3, "10,00")).build()));
    assertEquals(brl("10,00"), r.paid());
    Glosa g = r.glosas().get(0);
    assertEquals("1820", g.code()); // TISS table 38 1820: billed quantity above the maximum permitted
    assertEquals(0, g.quantity().compareTo(BigDecimal.valueOf(2)));
    assertEquals(brl("20,00"), g.value());
    assertEquals("Limite contratual de 1 por dia", g.text());
    assertEquals(1, r.paidQuantity().intValueExact());
  }

  @Test
  void inpatientHasItsOwnMaximum() {
    // the same 3 units on a hospitalization guide: max 2 → 20,00 paid, 10,00 glosed
    ItemResult r = only(price(C, guide("G").type(GuideType.RESUMO_INTERNACAO)
        .add(procedure("40304361", 3, "10,00")).build()));
    assertEquals(brl("20,00"), r.paid());
    assertEquals(brl("10,00"), r.glosed());
    assertEquals("Limite contratual de 2 por dia", r.glosas().get(0).text());
  }

  @Test
  void theDayCountsAcrossGuidesOfTheSameBeneficiary() {
    PricingResult r = price(C, guide("G1").add(procedure("40304361", 1, "10,00")).build(),
        guide("G2").add(procedure("40304361", 1, "10,00")).build(),
        guide("G3").card("0002").add(procedure("40304361", 1, "10,00")).build());
    assertTrue(item(r, "G1", 1).glosas().isEmpty());
    assertEquals(List.of("1820"), codes(item(r, "G2", 1)));
    assertTrue(item(r, "G3", 1).glosas().isEmpty(), "another beneficiary has its own count");
  }

  @Test
  void rollingWindowOfDays() {
    // 10 per 30 days: 6 on day 0, 6 on day 14 → 4 paid and 2 glosed; 6 on day 50 → a new window, all paid
    PricingResult r = price(C,
        guide("G1").add(procedure("20103010", 6, "5,00")).build(),
        guide("G2").add(procedure("20103010", 6, "5,00").date(DAY.plusDays(14))).build(),
        guide("G3").add(procedure("20103010", 6, "5,00").date(DAY.plusDays(50))).build());
    assertTrue(item(r, "G1", 1).glosas().isEmpty());
    assertEquals(brl("20,00"), item(r, "G2", 1).paid());
    assertEquals(brl("10,00"), item(r, "G2", 1).glosed());
    assertTrue(item(r, "G3", 1).glosas().isEmpty());
  }

  @Test
  void perAccount() {
    PricingResult r = price(C, guide("G1").add(procedure("10101012", 1, "100,00")).build(),
        guide("G2").add(procedure("10101012", 1, "100,00").date(DAY.plusDays(20))).build());
    assertTrue(item(r, "G1", 1).glosas().isEmpty());
    assertEquals(brl("100,00"), item(r, "G2", 1).glosed());
  }

  @Test
  void noAuthorizationNumberGlosesTheItem() {
    ItemResult r = only(price(C, guide("G").authorization(null).add(procedure("30901014", 1, "900,00")).build()));
    assertEquals(List.of("1403"), codes(r));
    assertEquals(brl("900,00"), r.glosed());
    assertEquals(brl("0,00"), r.paid());
  }

  @Test
  void withAuthorizationNothingIsGlosed() {
    ItemResult r = only(price(C, guide("G").authorization("123456").add(procedure("30901014", 1, "900,00")).build()));
    assertTrue(r.glosas().isEmpty());
  }

  @Test
  void itemsOutsideTheGroupNeedNoAuthorization() {
    ItemResult r = only(price(C, guide("G").authorization(null).add(procedure("30101010", 1, "900,00")).build()));
    assertTrue(r.glosas().isEmpty());
  }

  @Test
  void perGuideAndRequireACondition() {
    Contract c = contract("""
        price procedures = presented
        limit procedure "20101012" to 2 per guide else glosa 1820
        require degree != "" for procedures in group cirurgia else glosa 1501 "Grau de participação não informado"
        group cirurgia = { "3*" }
        """);
    // 3 sessions in G1: the 3rd (10,00) glosed; 2 in G2: a new guide, a new count
    PricingResult r = price(c, guide("G1").add(procedure("20101012", 3, "10,00")).build(),
        guide("G2").add(procedure("20101012", 2, "10,00")).build(),
        guide("G3").add(procedure("30101010", 1, "500,00"), procedure("30101010", 1, "500,00").degree("00")).build());
    assertEquals(brl("10,00"), item(r, "G1", 1).glosed());
    assertTrue(item(r, "G2", 1).glosas().isEmpty());
    // a surgical line without a degree of participation is glosed whole with the rule's text
    assertEquals(List.of("1501"), codes(item(r, "G3", 1)));
    assertEquals("Grau de participação não informado", item(r, "G3", 1).glosas().get(0).text());
    assertTrue(item(r, "G3", 2).glosas().isEmpty());
  }
}
