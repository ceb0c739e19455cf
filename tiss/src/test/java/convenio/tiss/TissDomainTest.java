package convenio.tiss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.model.GlosaGroup;
import convenio.model.ItemKind;
import convenio.tiss.domain.Csv;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The domain tables come from the schema enumerations and the ANS descriptions, per release. */
class TissDomainTest {
  private final TissDomain d = TissDomain.current();

  @Test
  void glosaCodesOfTable38() {
    assertEquals(768, d.glosas().entries().stream().filter(e -> e.active() && !e.code().isEmpty()).count());
    GlosaCode g = d.glosa("1705").orElseThrow();
    assertEquals("VALOR APRESENTADO A MAIOR", g.description());
    assertEquals("Regra de Valorização", g.group());
    assertEquals(GlosaGroup.ADMINISTRATIVE, g.kind());
    assertEquals(GlosaGroup.TECHNICAL, d.glosa("2007").orElseThrow().kind());
    assertEquals("ITEM INCLUSO NO PACOTE NEGOCIADO", d.glosa("3108").orElseThrow().description());
    assertTrue(d.glosa("3312").isPresent(), "new in 4.03");
    assertTrue(d.glosa("9956").isEmpty(), "operators' own codes are not in the enumeration");
  }

  @Test
  void theTablesTheEngineNeeds() {
    assertEquals(14, d.grauParticipacao().entries().size());
    assertEquals("Anestesista", d.grauParticipacao().describe("06"));
    assertEquals(List.of("1", "2", "3"), d.viaDeAcesso().entries().stream().map(CodeEntry::code).toList());
    assertEquals("Videolaparoscopia", d.tecnicaUtilizada().describe("2"));
    assertEquals("Urgência/Emergência", d.caraterAtendimento().describe("2"));
    assertEquals(45, d.tipoAcomodacao().entries().size());
    assertEquals(61, d.unidadeMedida().entries().size());
    assertEquals("UN | Unidade", d.unidadeMedida().describe("036"));
    assertTrue(d.motivoSaida().accepts("12"));
    assertEquals("Total", d.tipoFaturamento().describe("4"));
    assertTrue(d.tabela().accepts("22") && d.tabela().accepts("00") && !d.tabela().accepts("06"));
  }

  @Test
  void expenseKindsMatchTheModel() {
    DomainTable t = d.outrasDespesas();
    for (CodeEntry e : t.entries()) {
      if (e.active()) assertEquals(e.code(), ItemKind.fromTissExpenseCode(e.code()).tissCode());
    }
    assertFalse(t.accepts("04"), "inactive: Taxas diversas");
    assertEquals("Taxas diversas | Inativo", t.describe("04"));
  }

  @Test
  void eachReleaseHasItsOwnEnumerations() {
    TissDomain v40001 = TissDomain.of(TissRelease.of("4.00.01").orElseThrow());
    assertTrue(v40001.table("dm_tipoAtendimento").orElseThrow().accepts("05"));
    assertFalse(d.table("dm_tipoAtendimento").orElseThrow().accepts("05"));
    assertFalse(TissDomain.of(TissRelease.of("4.01.00").orElseThrow()).glosas().accepts("3312"));
    assertEquals("4.03.00", TissDomain.of(TissRelease.of("4.02.00").orElseThrow()).release());
  }

  @Test
  void elementsKnowTheirDomain() {
    assertEquals(Set.of("dm_viaDeAcesso"), d.domainsOf("viaAcesso"));
    assertEquals(Set.of("dm_grauPart"), d.domainsOf("grauPart"));
    assertTrue(d.domainsOf("motivoEncerramento").contains("dm_motivoSaida"));
    assertTrue(d.domainsOf("numeroGuiaPrestador").isEmpty());
  }

  /** glosa-classes.csv names each prefix by the group the 3.0x table 30 gives its codes. */
  @Test
  void glosaGroupsAgreeWithThe30xTable() {
    Map<String, String> byPrefix = new HashMap<>();
    for (List<String> row : Csv.rows("tiss/tables/3.0x/30-glosas-negativas-e-demais-mensagens.csv")) {
      if (row.get(1).matches("\\d{4}")) byPrefix.putIfAbsent(row.get(1).substring(0, 2), row.get(0));
    }
    int checked = 0;
    for (List<String> row : Csv.rows("tiss/tables/glosa-classes.csv")) {
      String old = byPrefix.get(row.get(0));
      if (old == null) continue; // 31-33: codes new in TISS 4, no 3.0x group
      assertEquals(old.replace(" ", ""), row.get(1).replace(" ", ""), "prefix " + row.get(0));
      checked++;
    }
    assertEquals(22, checked);
  }
}
