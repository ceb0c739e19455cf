package convenio.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Contract;
import convenio.model.GlosaGroup;
import convenio.model.GuideType;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.syntax.ContractFile;
import convenio.syntax.Decl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * std.tiss.glosas is generated from TISS table 38 (stdlib/src/main/data/dm_tipoGlosa.csv) by
 * stdlib/src/main/tools/GenerateGlosas.java. This re-reads the CSV so the module and the table cannot drift: every
 * code is there with the ANS text, nothing else is, names are unique, and the aliases point at the right codes.
 */
class GlosasModuleTest {
  private static final String MODULE = "std.tiss.glosas";

  private static Map<String, String> tableCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    List<String> lines = StdlibFixtures.dataLines("dm_tipoGlosa.csv");
    assertEquals("code,description,enumerated_in_xsd", lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      List<String> cells = csvCells(line);
      codes.put(cells.get(0), cells.get(1));
    }
    return codes;
  }

  private static List<Decl.Justification> justifications() {
    ContractFile f = StdlibFixtures.parseModule(MODULE);
    List<Decl.Justification> out = new ArrayList<>();
    for (Decl d : f.decls()) if (d instanceof Decl.Justification j) out.add(j);
    return out;
  }

  @Test
  void everyCodeOfTable38IsInTheModuleWithItsText() {
    Map<String, String> csv = tableCodes();
    // 768 rows in the 4.03.00 table as published by ANS (TISS 4.03.00, table 38 / dm_tipoGlosa); the CSV is the source.
    assertEquals(768, csv.size());
    Map<String, Set<String>> textsByCode = new HashMap<>();
    for (Decl.Justification j : justifications()) {
      textsByCode.computeIfAbsent(j.code(), k -> new HashSet<>()).add(j.text());
    }
    List<String> problems = new ArrayList<>();
    csv.forEach((code, text) -> {
      Set<String> texts = textsByCode.get(code);
      if (texts == null) problems.add(code + " missing");
      else if (!texts.equals(Set.of(text))) problems.add(code + " has " + texts + ", table 38 says " + text);
    });
    for (String code : textsByCode.keySet()) if (!csv.containsKey(code)) problems.add(code + " is not in table 38");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void namesAreUniqueUpperSnakeWithoutAccents() {
    Set<String> seen = new HashSet<>();
    for (Decl.Justification j : justifications()) {
      assertTrue(seen.add(j.name()), "name declared twice: " + j.name());
      assertTrue(j.name().matches("[A-Z][A-Z0-9_]*"), "not UPPER_SNAKE ASCII: " + j.name());
      assertTrue(j.name().length() <= 66, "too long: " + j.name());
    }
  }

  @Test
  void aliasesUsedByContractsNameTheAgreedCodes() {
    Map<String, String> byName = new HashMap<>();
    for (Decl.Justification j : justifications()) byName.put(j.name(), j.code());
    // The brief's list (docs/language.md examples): name → code, typed by hand.
    assertEquals("1705", byName.get("VALOR_APRESENTADO_A_MAIOR"));
    assertEquals("1711", byName.get("ITEM_INCLUSO_NO_PACOTE"));
    assertEquals("1403", byName.get("PROCEDIMENTO_SEM_AUTORIZACAO"));
    assertEquals("1820", byName.get("QUANTIDADE_ACIMA_DO_PERMITIDO")); // billed above the maximum, not 1423 (solicitation)
    assertEquals("3210", byName.get("QUANTIDADE_ACIMA_DA_AUTORIZADA"));
    assertEquals("1702", byName.get("COBRANCA_EM_DUPLICIDADE"));
    assertEquals("1707", byName.get("SEM_TABELA_DE_VALORACAO"));
    // Generated names the example contracts use.
    assertEquals("3108", byName.get("ITEM_INCLUSO_NO_PACOTE_NEGOCIADO"));
    assertEquals("2206", byName.get("OPME_INFORMADO_NAO_AUTORIZADO"));
    // Two codes with one text: the lower keeps the plain name, the other gets its code.
    assertEquals("1507", byName.get("URGENCIA_EMERGENCIA_NAO_APLICAVEL"));
    assertEquals("3309", byName.get("URGENCIA_EMERGENCIA_NAO_APLICAVEL_3309"));
  }

  @Test
  void groupsFollowTheRuleInTheModuleHeader() {
    Map<String, GlosaGroup> group = new HashMap<>();
    for (Decl.Justification j : justifications()) group.put(j.code(), j.group());
    // Worked by hand from the rule in the header of glosas.convenio:
    assertEquals(GlosaGroup.ADMINISTRATIVE, group.get("1001"));   // theme elegibilidade
    assertEquals(GlosaGroup.ADMINISTRATIVE, group.get("1705"));   // theme regra de valorização
    assertEquals(GlosaGroup.ADMINISTRATIVE, group.get("1818"));   // 18xx procedure, but "AUTORIZAÇÃO" (rule 2)
    assertEquals(GlosaGroup.TECHNICAL, group.get("1801"));        // theme procedimento
    assertEquals(GlosaGroup.TECHNICAL, group.get("2007"));        // theme material (the highest glosed value of hospital 1 in Truzzi et al., Enferm Bras 2022)
    assertEquals(GlosaGroup.ADMINISTRATIVE, group.get("2011"));   // material, but "PACOTE" (rule 2)
    assertEquals(GlosaGroup.TECHNICAL, group.get("3145"));        // "MOTIVO TÉCNICO" (rule 1) beats "AUTORIZADO"
    assertEquals(GlosaGroup.TECHNICAL, group.get("3127"));        // 31xx, "IMAGEM" (rule 4)
    assertEquals(GlosaGroup.ADMINISTRATIVE, group.get("3156"));   // 31xx, "TOKEN INVÁLIDO": no care word (rule 4)
    assertEquals(GlosaGroup.ADMINISTRATIVE, group.get("5001"));   // mensagens de sistema
    assertEquals(GlosaGroup.TECHNICAL, group.get("3001"));        // odontologia
  }

  @Test
  void aContractCanGloseWithAGeneratedNameAndAnAlias() {
    Contract c = StdlibFixtures.compile("""
        import std.tiss.glosas
        price procedures = R$ 100,00
        glosa COBRANCA_DE_PROCEDIMENTO_QUE_EXIGE_AUTORIZACAO_PREVIA when quantity > 1
          amount unit_price * (quantity - 1) quantity quantity - 1
        """);
    // 3 × R$ 100,00 presented; the rule glosses 2 units = R$ 200,00 with 1818 and the excess rule has nothing left.
    ItemResult r = StdlibFixtures.only(StdlibFixtures.price(c, StdlibFixtures.guide("G", GuideType.SP_SADT, null, null,
        List.of(StdlibFixtures.item(1, ItemKind.PROCEDURE, "22", "40304361", 3, "R$ 100,00", null, null)))));
    assertEquals(1, r.glosas().size());
    assertEquals("1818", r.glosas().get(0).code());
    assertEquals(Money.parse("R$ 200,00"), r.glosas().get(0).value());
    assertEquals(GlosaGroup.ADMINISTRATIVE, r.glosas().get(0).group());
    assertEquals(Money.parse("R$ 100,00"), r.paid());
  }

  /** Comma-separated cells with "…" quoting and "" inside quotes (the table's descriptions have both). */
  private static List<String> csvCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    cells.add(cur.toString());
    return cells;
  }
}
