package convenio.stdlib;

import static convenio.stdlib.StdlibFixtures.bySeq;
import static convenio.stdlib.StdlibFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Contract;
import convenio.model.GuideResult;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** std.cbhpm.portes against the CBHPM 2018 porte values and UCO (R$ 20,47) and the porte anestésico of the CBHPM Instruções Gerais
 * Específicas para a Anestesiologia, item 2. */
class PortesModuleTest {
  private static final List<String> PORTES = portes();

  private static List<String> portes() {
    List<String> p = new ArrayList<>();
    for (int n = 1; n <= 14; n++) for (String s : List.of("A", "B", "C")) p.add(n + s);
    return p;
  }

  @Test
  void everyEditionMapHasThe42Portes() {
    int maps = 0;
    for (Decl d : StdlibFixtures.parseModule("std.cbhpm.portes").decls()) {
      if (d instanceof Decl.MapDecl m && m.name().startsWith("porte_") && !m.name().equals("porte_anestesico")) {
        Set<String> keys = new TreeSet<>();
        for (Decl.MapEntry e : m.entries()) for (Expr.Literal k : e.keys()) keys.add(String.valueOf(k.value()));
        assertEquals(new TreeSet<>(PORTES), keys, m.name());
        maps++;
      }
    }
    assertEquals(5, maps, "3ª/4ª, 2008, 2012, 2016 and 2018");
  }

  /** Prices one procedure per porte with the given edition map and returns the allowed values by seq. */
  private static GuideResult priceAllPortes(String map) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < PORTES.size(); i++) {
      rows.append(String.format("  \"P%02d\" \"%s\"%n", i + 1, PORTES.get(i)));
    }
    Contract c = StdlibFixtures.compile("import std.cbhpm.portes\n"
        + "table t type 22 effective 2025-01-01 columns (code, porte) {\n" + rows + "}\n"
        + "price procedures from t = " + map + "[t.porte]\n");
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < PORTES.size(); i++) {
      items.add(item(i + 1, ItemKind.PROCEDURE, "22", String.format("P%02d", i + 1), 1, "R$ 9.999,99", null, "00"));
    }
    return StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.SP_SADT, null, null, items)).guide("G");
  }

  private static void assertPorte(GuideResult g, String porte, String value) {
    assertEquals(Money.parse(value), bySeq(g, PORTES.indexOf(porte) + 1).allowed(), porte);
  }

  @Test
  void cotacao2018() {
    GuideResult g = priceAllPortes("porte_2018");
    // CBHPM 2018 porte values (as in the public CBHPM calculators: 3C 2018 = 310,38).
    assertPorte(g, "1A", "R$ 19,84");
    assertPorte(g, "2B", "R$ 104,64");
    assertPorte(g, "3C", "R$ 310,38");
    assertPorte(g, "7C", "R$ 1.043,81");
    assertPorte(g, "10A", "R$ 1.620,15");
    assertPorte(g, "14C", "R$ 4.753,67");
  }

  @Test
  void otherEditions() {
    assertPorte(priceAllPortes("porte_3ed"), "7C", "R$ 340,00");
    assertPorte(priceAllPortes("porte_2008"), "14C", "R$ 2.670,00");
    assertPorte(priceAllPortes("porte_2012"), "3A", "R$ 109,67");
    assertPorte(priceAllPortes("porte_2016"), "9B", "R$ 1.018,91");
  }

  @Test
  void anaesthetistByPorteAnestesico() {
    // CBHPM Instruções Gerais Específicas para a Anestesiologia, item 2: PA 1..8 → 3A 3C 4C 6B 7C 9B 10C 12A; R$ 2018 in the same table.
    Contract c = StdlibFixtures.compile("""
        import std.cbhpm.portes
        table t type 22 effective 2025-01-01 columns (code, pa) {
          "A1" "1"
          "A2" "2"
          "A3" "3"
          "A4" "4"
          "A5" "5"
          "A6" "6"
          "A7" "7"
          "A8" "8"
        }
        price procedures from t = R$ 1,00
        participation "06" from t = porte_2018[porte_anestesico[t.pa]]
        """);
    String[] expected = {"R$ 202,37", "R$ 310,38", "R$ 471,79", "R$ 725,73", "R$ 1.043,81", "R$ 1.412,69",
        "R$ 1.876,68", "R$ 2.367,80"};
    List<Item> items = new ArrayList<>();
    for (int pa = 1; pa <= 8; pa++) items.add(item(pa, ItemKind.PROCEDURE, "22", "A" + pa, 1, "R$ 9.999,99", null, "06"));
    GuideResult g = StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.HONORARIOS, null, null, items))
        .guide("G");
    for (int pa = 1; pa <= 8; pa++) assertEquals(Money.parse(expected[pa - 1]), bySeq(g, pa).allowed(), "PA " + pa);
  }

  @Test
  void ucoByCotacaoAndAuxiliaries() {
    Contract c = StdlibFixtures.compile("""
        import std.cbhpm.portes
        table t type 22 effective 2025-01-01 columns (code, porte, uco: number) {
          "40101010" "2A" 10
        }
        price procedures from t = porte_2018[t.porte] + t.uco * uco_2018
        participation "01" from t = auxiliares_2018["01"] of porte_2018[t.porte]
        participation "02" from t = auxiliares_ate_2016["02"] of porte_2018[t.porte]
        """);
    GuideResult g = StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.HONORARIOS, null, null, List.of(
        item(1, ItemKind.PROCEDURE, "22", "40101010", 1, "R$ 9.999,99", null, "00"),
        item(2, ItemKind.PROCEDURE, "22", "40101010", 1, "R$ 9.999,99", null, "01"),
        item(3, ItemKind.PROCEDURE, "22", "40101010", 1, "R$ 9.999,99", null, "02")))).guide("G");
    // CBHPM 2018 worked example, MAPA 2A + 10 UCO = 79,38 + 10 × 20,47 = 284,08.
    assertEquals(Money.parse("R$ 284,08"), bySeq(g, 1).allowed());
    // 1º auxiliar 2018: 60% × 79,38 = 47,628 → 47,63; 2º auxiliar ≤2016: 20% × 79,38 = 15,876 → 15,88.
    assertEquals(Money.parse("R$ 47,63"), bySeq(g, 2).allowed());
    assertEquals(Money.parse("R$ 15,88"), bySeq(g, 3).allowed());
    assertTrue(bySeq(g, 1).glosas().stream().anyMatch(x -> x.code().equals("1705")));
  }
}
