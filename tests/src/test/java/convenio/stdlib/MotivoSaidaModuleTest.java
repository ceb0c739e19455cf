package convenio.stdlib;

import static convenio.stdlib.StdlibFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import convenio.api.Contract;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.GuideType;
import convenio.model.ItemKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** std.tiss.motivo_saida: every discharge reason × billing type of the Solus FAQ "Digitação de conta médica", as a critique or not. */
class MotivoSaidaModuleTest {
  // Solus FAQ "Digitação de conta médica", "Tabela da Unimed do Brasil do motivo de encerramento e tipo de faturamento permitido", typed by hand.
  private static final Map<String, String> ALLOWED = new LinkedHashMap<>();

  static {
    for (String r : List.of("11", "12", "14", "16", "15", "61", "18", "19", "63", "64")) ALLOWED.put(r, "134");
    ALLOWED.put("62", "1234");
    for (String r : List.of("21", "22", "23", "24", "25", "26", "27", "28")) ALLOWED.put(r, "24");
    for (String r : List.of("31", "32", "41", "42", "43", "65", "66", "67")) ALLOWED.put(r, "134");
    ALLOWED.put("51", "24");
  }

  @Test
  void everyReasonAndBillingTypeAsInTheSolusFaq() {
    assertEquals(28, ALLOWED.size());
    Contract c = StdlibFixtures.compile("""
        import std.tiss.motivo_saida
        price daily_rates = R$ 100,00
        check alta_x_faturamento when inpatient and billing_type not in faturamento_permitido[discharge_reason]
          critique "Motivo ${discharge_reason} x faturamento ${billing_type}"
        """);
    List<Guide> guides = new ArrayList<>();
    for (String reason : ALLOWED.keySet()) {
      for (String billing : List.of("1", "2", "3", "4")) {
        guides.add(StdlibFixtures.guide(reason + "/" + billing, GuideType.RESUMO_INTERNACAO, billing, reason,
            List.of(item(1, ItemKind.DAILY_RATE, "18", "60000783", 1, "R$ 100,00", null, null))));
      }
    }
    List<String> wrong = new ArrayList<>();
    for (GuideResult g : StdlibFixtures.price(c, guides.toArray(new Guide[0])).guides()) {
      String reason = g.guide().dischargeReason();
      String billing = g.guide().billingType();
      boolean expectCritique = !ALLOWED.get(reason).contains(billing);
      boolean critique = g.critiques().stream().anyMatch(x -> x.code().equals("alta_x_faturamento"));
      if (critique != expectCritique) wrong.add(g.guide().number() + (expectCritique ? " needs" : " must not have")
          + " a critique");
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theKindOfEachReason() {
    Contract c = StdlibFixtures.compile("""
        import std.tiss.motivo_saida
        price daily_rates = R$ 100,00
        check permanencia when inpatient and tipo_motivo_saida[discharge_reason] = "Por permanência"
          critique "ainda internado"
        """);
    // Solus FAQ, "Tipo de motivo": 27 (reoperação) is "Por permanência", 11 (alta curado) is "Por alta".
    List<GuideResult> g = StdlibFixtures.price(c,
        StdlibFixtures.guide("G27", GuideType.RESUMO_INTERNACAO, "4", "27",
            List.of(item(1, ItemKind.DAILY_RATE, "18", "60000783", 1, "R$ 100,00", null, null))),
        StdlibFixtures.guide("G11", GuideType.RESUMO_INTERNACAO, "4", "11",
            List.of(item(1, ItemKind.DAILY_RATE, "18", "60000783", 1, "R$ 100,00", null, null)))).guides();
    assertEquals(1, g.get(0).critiques().size());
    assertEquals(0, g.get(1).critiques().size());
  }
}
