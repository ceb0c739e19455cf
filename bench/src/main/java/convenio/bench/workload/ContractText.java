package convenio.bench.workload;

/**
 * The benchmark contract, written in the language: every construct the hot path exercises on a typical hospital
 * contract (specific and table prices, composition with a banda, percent over and under reference lists, own
 * tables, an OPME cap, participation by degree, an urgency modifier, route reduction, a daily limit, the excess
 * glosa). {@link convenio.bench.baseline.BaselinePricer} hand-codes exactly these rules; keep the two in step.
 */
public final class ContractText {
  public static final String OPERATOR_ANS = "999999";
  public static final String PROVIDER_CODE = "0001234";
  /** The term the REPL-style what-if changes (materials mark-up over Simpro). */
  public static final String WHAT_IF_LET = "taxa_materiais";

  private ContractText() {}

  /** The contract, with the materials mark-up given in whole percent (15 in the signed version). */
  public static String source(int materialsMarkupPercent) {
    return """
        contract "Operadora Bench x Hospital Sintetico" version 1
          id "bench-sintetico"
          operator ans "%s"
          provider code "%s"
          effective 2025-01-01 .. 2025-12-31
          rounding half_up to cents per item

        clause "3" "Valores"
        let uco = R$ 17,50
        let banda = 10%%
        let %s = %d%%
        let desconto_medicamentos = 12%%

        table cbhpm type 22 from "tables/cbhpm.csv" columns (code, porte: money, uco: number, anest: money)
          effective 2025-01-01
        table simpro type 19 from "tables/simpro.csv" columns (code, pf: money) effective 2025-01-01
        table brasindice type 20 from "tables/brasindice.csv" columns (code, pmc: money) effective 2025-01-01
        table proprios type 18 from "tables/proprios.csv" columns (code, price: money) effective 2025-01-01

        clause "4" "Procedimentos, materiais e medicamentos"
        price procedure "%s" = R$ 180,00
        price procedure "%s" = R$ 45,00
        price procedures from cbhpm = cbhpm.porte * (1 + banda) + cbhpm.uco * uco
        price materials from simpro = simpro.pf * (1 + %s)
        price medications from brasindice = brasindice.pmc * (1 - desconto_medicamentos)
        price daily_rates, fees, gases from proprios = proprios.price
        price opme = presented at most R$ 25.000,00

        clause "5" "Equipe e vias de acesso"
        // auxiliaries: a share of the surgeon's porte, never of its UCO (CBHPM Instruções Gerais item 5.1)
        participation "01" from cbhpm = 30%% of cbhpm.porte * (1 + banda)
        participation "02" from cbhpm = 20%% of cbhpm.porte * (1 + banda)
        participation "06" from cbhpm = cbhpm.anest
        adjust procedures when character = "2" and weekend = value * 130%%
        routes {
          same route      100%%, 50%%, 40%%, 30%%, then 10%%
          different route 100%%, 70%%, 40%%, 30%%, then 10%%
        } for procedures from cbhpm ordered by value desc

        clause "6" "Limites"
        limit procedure "%s" to 1 per day outpatient, 2 per day inpatient
          else glosa 1820 "Quantidade acima do limite contratual"
        """.formatted(OPERATOR_ANS, PROVIDER_CODE, WHAT_IF_LET, materialsMarkupPercent,
        PriceTables.CONSULTATION, PriceTables.LIMITED, WHAT_IF_LET, PriceTables.LIMITED);
  }
}
