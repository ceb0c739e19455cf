package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CBHPM composition porte × (1 + banda) + UCO × value + filme m² × value, with worked examples on CBHPM 2018 values (porte 10A R$ 1.620,15, UCO R$ 20,47)
 * (CBHPM 2018, UCO R$ 20,47, half-up to the cent) and a CSV table in Brazilian notation.
 */
class CbhpmCompositionTest {
  private static final Map<String, String> FILES = Map.of("tables/cbhpm.csv", """
      CODIGO;DESCRICAO;PORTE;UCO;FILME;PORTE_ANEST
      30101972;Cirurgia porte 10A;10A;0;0;5
      30101980;Cirurgia porte 5B;5B;0;0;3
      20102038;MAPA 24 horas;2A;10;0;0
      40805026;Radiografia;1A;0;0,34;0
      """);

  private static Contract withBanda(String banda) {
    return contract("""
        import std.cbhpm.portes
        import std.ans.vias
        let banda = %s
        let filme_m2 = R$ 29,74
        table cbhpm type 22 from "tables/cbhpm.csv"
          columns (code = "CODIGO", description = "DESCRICAO", porte = "PORTE", uco: number = "UCO",
                   filme: number = "FILME", porte_anest = "PORTE_ANEST")
          effective 2025-01-01 version "CBHPM 2018"
        price procedures from cbhpm = porte_2018[cbhpm.porte] * (1 + banda) + cbhpm.uco * uco_2018 + cbhpm.filme * filme_m2
        routes vias_ans for procedures from cbhpm ordered by value desc
        """.formatted(banda), FILES);
  }

  private static final Contract PLUS_10 = withBanda("10%");
  private static final Contract MINUS_20 = withBanda("-20%");
  private static final Contract PLAIN = withBanda("0%");

  @Test
  void porteWithBandaPlusTenPercentAndThe1705OfADomainExample() {
    // 1.620,15 × 1,10 = 1.782,165 → 1.782,17; billed 2.000,00 → 1705 of 217,83 (CBHPM 2018 values)
    ItemResult r = only(price(PLUS_10, guide("G").add(procedure("30101972", 1, "2.000,00")).build()));
    assertEquals(brl("1.782,17"), r.allowed());
    assertEquals(brl("217,83"), r.glosas().get(0).value());
    assertEquals("CBHPM 2018", r.source().tableVersion());
    assertEquals("tables/cbhpm.csv", r.source().tableRow().file());
    assertEquals(2, r.source().tableRow().line());
  }

  @Test
  void bandaMinusTwentyPercent() {
    // 1.620,15 × 0,80 = 1.296,12
    assertEquals(brl("1.296,12"),
        only(price(MINUS_20, guide("G").add(procedure("30101972", 1, "1.296,12")).build())).allowed());
  }

  @Test
  void porteAndUco() {
    // MAPA 24 h: 79,38 + 10 × 20,47 = 284,08
    assertEquals(brl("284,08"),
        only(price(PLAIN, guide("G").add(procedure("20102038", 1, "284,08")).build())).allowed());
  }

  @Test
  void porteAndFilm() {
    // 19,84 + 0,34 m² × 29,74 (= 10,1116) = 29,9516 → 29,95, rounded once (per item)
    assertEquals(brl("29,95"),
        only(price(PLAIN, guide("G").add(procedure("40805026", 1, "29,95")).build())).allowed());
  }

  @Test
  void twoProceduresSameRoute() {
    // 10A + 5B same route: 1.620,15 + 50% × 565,61 (= 282,805 → 282,81) = 1.902,96 (CBHPM Instruções Gerais item 4)
    PricingResult r = price(PLAIN, guide("G").add(procedure("30101972", 1, "1.620,15").route("2"),
        procedure("30101980", 1, "565,61").route("2")).build());
    assertEquals(brl("1.620,15"), item(r, "G", 1).allowed());
    assertEquals(brl("282,81"), item(r, "G", 2).allowed());
    assertEquals(brl("1.902,96"), r.totals().paid());
  }

  @Test
  void twoProceduresDifferentRoutes() {
    // 1.620,15 + 70% × 565,61 (= 395,927 → 395,93) = 2.016,08
    PricingResult r = price(PLAIN, guide("G").add(procedure("30101972", 1, "1.620,15").route("3"),
        procedure("30101980", 1, "565,61").route("3")).build());
    assertEquals(brl("2.016,08"), r.totals().paid());
  }
}
