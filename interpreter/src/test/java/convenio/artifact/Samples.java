package convenio.artifact;

/** A contract and a module that between them use every construct of the language, for the codec's round trips. */
final class Samples {
  private Samples() {}

  static final String MODULE = """
      module shared
      justification ACIMA = "1705" administrative "Valor apresentado a maior"
      schedule lista {
        same route      100%, 50%, 40%, 30%, then 10%
        different route 100%, 70%, 40%, 30%, then 10%
      }
      """;

  static final String CONTRACT = """
      contract "Operadora Exemplo x Hospital São Lucas" version 3
        id "exemplo-sao-lucas"
        operator ans "999999"
        provider cnpj "12.345.678/0001-90"
        effective 2025-01-01 .. 2025-12-31
        rounding half_even to cents per operation
        below contract pay contract
        excess glosa ACIMA
        unpriced glosa 1707

      import "shared.convenio"
      clause "7" "Materiais e medicamentos"

      let uco = R$ 17,50
      let banda = 2,5%
      let fator = 0,34
      let negativo = -3
      holidays { 2025-01-01, 2025-04-18 }
      group "alta complexidade" = { "30101010", "3090*", "40000000" .. "40999999" }
      map sala_porte { "A", "B" -> "01"   "C", "D" -> "02" }

      table proprios type 00 effective 2025-01-01 columns (code, description, price: money, hora: time, dia: date, ok: boolean, p: percent) {
        "60000775"  "Diária de apartamento"  R$ 480,00  07:00  2025-02-01  true   10%
        "60001011"  "Taxa de sala"           R$ 350,00  19:30  2025-03-01  false  2,5%
      }
      table cbhpm type 22 from "tables/cbhpm.csv" columns (code = "CODIGO", porte, uco: number)
        effective 2025-01-01 .. 2025-06-30 version "CBHPM 2018" congenere "0032"

      price procedure "10101012" = R$ 180,00
      price procedure "10101012" when character is "2" and hour not in 07:00 .. 19:00 = R$ 250,00
      price procedures from cbhpm = cbhpm.uco * uco * (1 + banda) at most R$ 25.000,00 at least R$ 1,00
      price daily_rates, fees from proprios = proprios.price
      price materials tiss table "19" congenere "0032" = presented * (1 - 12%)
      price opme = if presented > R$ 100,00 then min(presented, R$ 200,00) else round(presented * fator, 2)
      routes lista for procedures from cbhpm ordered by value desc
        repeated as different routes { "40304361" }
        another team { "30501105" }
        same route glosa ACIMA
        another guide glosa 1827
      participation "01" = 30% of surgeon
      participation "06" from cbhpm = surgeon * 2
      adjust procedures when accommodation in {"1", "2"} or weekend or holiday = value * 130%
      limit procedure "40301010" to 1 per day outpatient, 2 per day inpatient
        else glosa 1423 "Limite contratual de ${max} por dia"
      limit procedures in group "alta complexidade" to 10 per 30 days else glosa 1423
      require authorization for procedures in group "alta complexidade" else glosa 1829
      require degree != "" for procedures from cbhpm else glosa 1501 "Grau não informado"
      duplicates for procedures same code, date, degree else glosa 1304
      glosa ACIMA when presented > allowed
        amount presented - allowed
        text "Valor cobrado acima do valor contratado (${allowed})"
      glosa 2007 for materials when quantity > 20 quantity quantity - 20 text "Quantidade: ${quantity}"
      package "31005497" "Colecistectomia" = R$ 4.800,00
        includes daily_rates up to 2, fees, materials, medications
        excludes opme
        else glosa 1713
      check alta when inpatient and not exists(proprios[code]) and sala_porte["A"] = "01"
        critique "Motivo de alta ${discharge_reason} incompatível"
      """;
}
