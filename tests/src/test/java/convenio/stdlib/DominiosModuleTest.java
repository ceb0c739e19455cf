package convenio.stdlib;

import static convenio.stdlib.StdlibFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Contract;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.syntax.Decl;
import convenio.syntax.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** std.tiss.dominios against the TISS domain tables it names (copies in stdlib/src/main/data). */
class DominiosModuleTest {
  /** The module's lets: a text, or the list of texts of a set. */
  private static Map<String, Object> lets() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Decl d : StdlibFixtures.parseModule("std.tiss.dominios").decls()) {
      if (!(d instanceof Decl.Let let)) continue;
      if (let.value() instanceof Expr.Literal lit) {
        out.put(let.name(), lit.value());
      } else if (let.value() instanceof Expr.SetOf set) {
        List<String> codes = new ArrayList<>();
        for (Expr e : set.elements()) codes.add((String) ((Expr.Literal) e).value());
        out.put(let.name(), codes);
      }
    }
    return out;
  }

  /** code → description of a dm_*.csv (code,description,enumerated_in_xsd; descriptions here have no commas). */
  private static Map<String, String> table(String file) {
    Map<String, String> m = new LinkedHashMap<>();
    List<String> lines = StdlibFixtures.dataLines(file);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      String[] cells = line.split(",", -1);
      m.put(cells[0], cells[1]);
    }
    return m;
  }

  @Test
  void degreesAreTheCodesOfDmGrauPart() {
    Map<String, Object> lets = lets();
    // Names typed by hand from the descriptions of dm_grauPart, in code order 00..13.
    List<String> names = List.of("cirurgiao", "primeiro_auxiliar", "segundo_auxiliar", "terceiro_auxiliar",
        "quarto_auxiliar", "instrumentador", "anestesista", "auxiliar_anestesista", "consultor", "perfusionista",
        "pediatra_sala_parto", "auxiliar_sadt", "clinico", "intensivista");
    List<String> codes = new ArrayList<>(table("dm_grauPart.csv").keySet());
    assertEquals(names.size(), codes.size());
    for (int i = 0; i < names.size(); i++) assertEquals(codes.get(i), lets.get(names.get(i)), names.get(i));
    assertEquals(List.of("01", "02", "03", "04"), lets.get("auxiliares"));
  }

  @Test
  void characterRoutesTechniquesAndBillingTypes() {
    Map<String, Object> lets = lets();
    assertEquals("Eletiva", table("dm_caraterAtendimento.csv").get((String) lets.get("elective")));
    assertEquals("Urgência/Emergência", table("dm_caraterAtendimento.csv").get((String) lets.get("urgency")));
    Map<String, String> vias = table("dm_viaDeAcesso.csv");
    assertEquals("Única", vias.get((String) lets.get("unica")));
    assertEquals("Mesma Via", vias.get((String) lets.get("mesma_via")));
    assertEquals("Diferentes vias", vias.get((String) lets.get("vias_diferentes")));
    Map<String, String> tec = table("dm_tecnicaUtilizada.csv");
    assertEquals("Convencional", tec.get((String) lets.get("convencional")));
    assertEquals("Videolaparoscopia", tec.get((String) lets.get("video")));
    assertEquals("Robótica", tec.get((String) lets.get("robotica")));
    Map<String, String> fat = table("dm_tipoFaturamento.csv");
    assertEquals("Parcial", fat.get((String) lets.get("faturamento_parcial")));
    assertEquals("Final", fat.get((String) lets.get("faturamento_final")));
    assertEquals("Complementar", fat.get((String) lets.get("faturamento_complementar")));
    assertEquals("Total", fat.get((String) lets.get("faturamento_total")));
  }

  @Test
  void accommodationSetsSplitEveryCodeOnceByItsDescription() {
    Map<String, Object> lets = lets();
    Map<String, String> acomodacao = table("dm_tipoAcomodacao.csv");
    Map<String, String> setOf = new HashMap<>();
    for (String set : List.of("apartment", "ward", "icu", "nursery", "special_unit")) {
      @SuppressWarnings("unchecked")
      List<String> codes = (List<String>) lets.get(set);
      for (String code : codes) {
        assertTrue(acomodacao.containsKey(code), set + " has " + code + ", which is not in dm_tipoAcomodacao");
        String before = setOf.put(code, set);
        assertTrue(before == null, code + " is in both " + before + " and " + set);
      }
    }
    assertEquals(acomodacao.keySet(), setOf.keySet(), "every accommodation code is in one set");
    // What each set means, checked against the ANS descriptions.
    acomodacao.forEach((code, description) -> {
      String set = setOf.get(code);
      boolean ok = switch (set) {
        case "apartment" -> description.contains("APARTAMENTO") || description.contains("QUARTO PRIVATIVO");
        case "ward" -> description.contains("ENFERMARIA") || description.contains("COLETIVO")
            || description.contains("ALOJAMENTO CONJUNTO") || description.equals("HOSPITAL DIA PSIQUIATRIA");
        case "icu" -> description.contains("UTI");
        case "nursery" -> description.contains("BERÇÁRIO");
        default -> description.contains("UNIDADE");
      };
      assertTrue(ok, code + " " + description + " should not be in " + set);
    });
  }

  @Test
  void aContractDoublesTheProcedureInAnApartment() {
    Contract c = StdlibFixtures.compile("""
        import std.tiss.dominios
        price procedures = R$ 100,00
        adjust procedures when accommodation in apartment = value * 2
        """);
    // Accommodation 12 (apartamento simples) → R$ 200,00; 31 (enfermaria de 3 leitos) → R$ 100,00.
    assertEquals(Money.parse("R$ 200,00"), priceIn(c, "12").allowed());
    assertEquals(Money.parse("R$ 100,00"), priceIn(c, "31").allowed());
  }

  private static ItemResult priceIn(Contract c, String accommodation) {
    Guide g = new Guide("G", null, null, GuideType.HONORARIOS, new Beneficiary("1", null, null, false), null, "1",
        accommodation, null, null, "SENHA", null, StdlibFixtures.WEDNESDAY, null, null, null, null,
        List.of(item(1, ItemKind.PROCEDURE, "22", "30101018", 1, "R$ 300,00", null, "00")));
    return StdlibFixtures.only(StdlibFixtures.price(c, g));
  }
}
