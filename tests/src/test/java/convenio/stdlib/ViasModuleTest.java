package convenio.stdlib;

import static convenio.stdlib.StdlibFixtures.bySeq;
import static convenio.stdlib.StdlibFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import convenio.api.Contract;
import convenio.model.GuideResult;
import convenio.model.GuideType;
import convenio.model.ItemKind;
import convenio.model.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** std.ans.vias: the market default (CBHPM Instruções Gerais, item 4): same route 100/50, different routes 100/70, last one repeats. */
class ViasModuleTest {
  private static GuideResult threeProcedures(String route) {
    Contract c = StdlibFixtures.compile("""
        import std.ans.vias
        table t type 22 effective 2025-01-01 columns (code, valor: money) {
          "30101018" R$ 310,38
          "31009336" R$ 725,73
          "30101972" R$ 1.620,15
        }
        price procedures from t = t.valor
        routes vias_ans for procedures from t ordered by value desc
        """);
    return StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.HONORARIOS, null, null, List.of(
        item(1, ItemKind.PROCEDURE, "22", "30101018", 1, "R$ 310,38", route, "00"),
        item(2, ItemKind.PROCEDURE, "22", "31009336", 1, "R$ 725,73", route, "00"),
        item(3, ItemKind.PROCEDURE, "22", "30101972", 1, "R$ 1.620,15", route, "00")))).guide("G");
  }

  @Test
  void sameRouteLargestFullOthersHalf() {
    GuideResult g = threeProcedures("2");
    assertEquals(Money.parse("R$ 1.620,15"), bySeq(g, 3).allowed());   // largest: 100%
    assertEquals(Money.parse("R$ 362,87"), bySeq(g, 2).allowed());     // 725,73 × 50% = 362,865 → 362,87
    assertEquals(Money.parse("R$ 155,19"), bySeq(g, 1).allowed());     // 310,38 × 50% = 155,19 (50% repeats)
  }

  @Test
  void differentRoutesLargestFullOthersSeventy() {
    GuideResult g = threeProcedures("3");
    assertEquals(Money.parse("R$ 1.620,15"), bySeq(g, 3).allowed());
    assertEquals(Money.parse("R$ 508,01"), bySeq(g, 2).allowed());     // 725,73 × 70% = 508,011 → 508,01
    assertEquals(Money.parse("R$ 217,27"), bySeq(g, 1).allowed());     // 310,38 × 70% = 217,266 → 217,27
  }

  @Test
  void aSingleProcedureIsPaidInFull() {
    Contract c = StdlibFixtures.compile("""
        import std.ans.vias
        price procedures = R$ 725,73
        routes vias_ans for procedures ordered by value desc
        """);
    GuideResult g = StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.HONORARIOS, null, null, List.of(
        item(1, ItemKind.PROCEDURE, "22", "31009336", 1, "R$ 725,73", "1", "00")))).guide("G");
    assertEquals(Money.parse("R$ 725,73"), bySeq(g, 1).allowed());
  }
}
