package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import org.junit.jupiter.api.Test;

/** Multiple procedures and access routes (Solus FAQ "regra de via", Unimed lista referencial). */
class RoutesTest {
  private static final String TABLE = """
      import std.unimed.lista_referencial
      import std.ans.vias
      table cbhpm type 22 effective 2025-01-01 columns (code, description, utm: number, price: money) {
        "30101010"  "A"          100  R$ 1.000,00
        "30101020"  "B"          300  R$ 500,00
        "30101030"  "C"          200  R$ 800,00
        "30101040"  "D"           50  R$ 400,00
        "30101050"  "E"           10  R$ 100,00
        "40304361"  "Cerume"       1  R$ 100,00
        "30306027"  "Monocular"    5  R$ 600,00
      }
      price procedures from cbhpm = cbhpm.price
      """;
  private static final Contract UNIMED = contract(TABLE + """
      routes lista_referencial for procedures from cbhpm ordered by cbhpm.utm desc
        repeated as different routes { "40304361" }
        another team { "30306027" }
      """);
  private static final Contract ANS = contract(TABLE + """
      routes vias_ans ordered by value desc
      """);

  @Test
  void quantityTwoSameRoutePays100And50() {
    // Solus FAQ: "quantidade 2 … primeira quantidade com valor 100% e a segunda … 50% devido ser a mesma via"
    // 1.000,00 × 100% + 1.000,00 × 50% = 1.500,00; presented 2 × 1.000,00 = 2.000,00 → the 500,00 the same route
    // took off is glosed 2605 (TISS table 38: "não cabe pagamento do honorário integral por ser a mesma via")
    ItemResult r = only(price(ANS, guide("G").add(procedure("30101010", 2, "1.000,00").route("2")).build()));
    assertEquals(brl("1.500,00"), r.allowed());
    assertEquals(brl("1.500,00"), r.paid());
    assertEquals(brl("500,00"), r.glosed());
    assertEquals("2605", r.glosas().get(0).code());
    assertEquals(1, r.glosas().size());
    assertTrue(r.trace().stream().anyMatch(e -> e.kind() == TraceEvent.Kind.ROUTE));
  }

  @Test
  void aPercentageFinerThanHundredthsReducesTheSameAsACoarseOne() {
    // Percentages of two decimals are computed in whole millionths, finer ones in BigDecimal: the same rule either
    // way. 1.000,00 × 2 same route: 1.000,00 × 100% + 1.000,00 × 33,33% = 1.333,30, the 666,70 taken off glosed 2605;
    // with 33,333%: 1.000,00 × 0,33333 = 333,33 → 1.333,33, glosed 666,67 (2.000,00 = 1.333,33 + 666,67).
    for (String[] c : new String[][] {{"33,33%", "1.333,30", "666,70"}, {"33,333%", "1.333,33", "666,67"}}) {
      Contract k = contract(TABLE + "routes { same route 100%, " + c[0]
          + ", then 10%  different route 100%, 70%, then 10% } for procedures ordered by value desc\n");
      ItemResult r = only(price(k, guide("G").add(procedure("30101010", 2, "1.000,00").route("2")).build()));
      assertEquals(brl(c[1]), r.allowed(), c[0]);
      assertEquals(brl(c[2]), r.glosed(), c[0]);
      assertEquals("2605", r.glosas().get(0).code(), c[0]);
      assertEquals(1, r.glosas().size(), c[0]);
    }
  }

  @Test
  void quantityTwoDifferentRoutesPays100And70() {
    // 1.000,00 + 700,00 = 1.700,00
    ItemResult r = only(price(ANS, guide("G").add(procedure("30101010", 2, "1.000,00").route("3")).build()));
    assertEquals(brl("1.700,00"), r.allowed());
  }

  @Test
  void ansRanksByValue() {
    // by value: A 1.000,00 (100%) then C 800,00 (50% = 400,00), same route
    PricingResult r = price(ANS, guide("G").add(procedure("30101030", 1, "800,00"),
        procedure("30101010", 1, "1.000,00")).build());
    assertEquals(brl("400,00"), item(r, "G", 1).allowed());
    assertEquals(brl("1.000,00"), item(r, "G", 2).allowed());
  }

  @Test
  void listaReferencialRanksByHighestUtmThen40_30_10() {
    // Solus FAQ table: 1º maior UTM 100%, 2º 50%, 3º 40%, 4º 30%, havendo mais 10% (same route)
    // B utm 300: 500,00 × 100% = 500,00 · C utm 200: 800,00 × 50% = 400,00 · A utm 100: 1.000,00 × 40% = 400,00
    // D utm 50: 400,00 × 30% = 120,00 · E utm 10: 100,00 × 10% = 10,00
    PricingResult r = price(UNIMED, guide("G").add(
        procedure("30101010", 1, "1.000,00"), procedure("30101020", 1, "500,00"), procedure("30101030", 1, "800,00"),
        procedure("30101040", 1, "400,00"), procedure("30101050", 1, "100,00")).build());
    assertEquals(brl("400,00"), item(r, "G", 1).allowed());
    assertEquals(brl("500,00"), item(r, "G", 2).allowed());
    assertEquals(brl("400,00"), item(r, "G", 3).allowed());
    assertEquals(brl("120,00"), item(r, "G", 4).allowed());
    assertEquals(brl("10,00"), item(r, "G", 5).allowed());
  }

  @Test
  void listaReferencialDifferentRoutes() {
    // different routes: 100%, 70%, 40% — B 500,00; C 800,00 × 70% = 560,00; A 1.000,00 × 40% = 400,00
    PricingResult r = price(UNIMED, guide("G").add(procedure("30101010", 1, "1.000,00").route("3"),
        procedure("30101020", 1, "500,00").route("3"), procedure("30101030", 1, "800,00").route("3")).build());
    assertEquals(brl("400,00"), item(r, "G", 1).allowed());
    assertEquals(brl("500,00"), item(r, "G", 2).allowed());
    assertEquals(brl("560,00"), item(r, "G", 3).allowed());
  }

  @Test
  void repeatedReleaseCountsAsDifferentRoutes() {
    // Solus FAQ (cerume): quantity 2 → 100% + 70% = 100,00 + 70,00
    ItemResult r = only(price(UNIMED, guide("G").add(procedure("40304361", 2, "100,00")).build()));
    assertEquals(brl("170,00"), r.allowed());
  }

  @Test
  void anotherTeamIsNotRanked() {
    // monocular "outra equipe": both paid 100% (1.000,00 and 600,00)
    PricingResult r = price(UNIMED, guide("G").add(procedure("30101010", 1, "1.000,00"),
        procedure("30306027", 1, "600,00")).build());
    assertEquals(brl("1.000,00"), item(r, "G", 1).allowed());
    assertEquals(brl("600,00"), item(r, "G", 2).allowed());
  }

  @Test
  void differentDatesAreRankedApart() {
    PricingResult r = price(ANS, guide("G").add(procedure("30101010", 1, "1.000,00"),
        procedure("30101030", 1, "800,00").date(DAY.plusDays(1))).build());
    assertEquals(brl("1.000,00"), item(r, "G", 1).allowed());
    assertEquals(brl("800,00"), item(r, "G", 2).allowed());
  }

  @Test
  void degreesAreRankedApart() {
    // the surgeon's and the 1st auxiliary's procedure are not 1st and 2nd of one ranking (no participation rule here:
    // both priced by the table)
    PricingResult r = price(ANS, guide("G").add(procedure("30101010", 1, "1.000,00").degree("00"),
        procedure("30101030", 1, "800,00").degree("01")).build());
    assertEquals(brl("1.000,00"), item(r, "G", 1).allowed());
    assertEquals(brl("800,00"), item(r, "G", 2).allowed());
  }
}
