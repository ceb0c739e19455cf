package convenio.api;

import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A real contract (standard library imports, a CSV table, an inline table, specific and table prices, a limit, a
 * glosa rule) written into a folder, and accounts for it: what the artifact and registry tests price.
 */
final class SampleContract {
  private SampleContract() {}

  static final String CNPJ = "23.456.789/0001-12";

  /** Writes {@code name}.convenio and its table; {@code reduction} changes the prices, so versions differ. */
  static Path write(Path dir, String name, String version, String from, String to, int reduction) throws IOException {
    return write(dir, name, version, from, to, reduction, 0);
  }

  /** As above, with {@code extraRows} more table rows (codes 50000000 on), to make a contract weigh something. */
  static Path write(Path dir, String name, String version, String from, String to, int reduction, int extraRows)
      throws IOException {
    Files.createDirectories(dir.resolve("tables"));
    StringBuilder csv = new StringBuilder("""
        code;description;porte;uco;filme
        10101012;Consulta em consultório;2B;0;0
        40101010;ECG convencional;1B;1,5;0
        40805018;RX de tórax - 1 incidência;1A;3,28;0,2
        40901122;US abdome total;3B;11,5;0
        """);
    for (int i = 0; i < extraRows; i++) {
      csv.append(50_000_000 + i).append(";Procedimento sintético ").append(i).append(";2A;").append(i % 7)
          .append(",5;0\n");
    }
    Files.writeString(dir.resolve("tables/sadt.csv"), csv);
    Path file = dir.resolve(name + ".convenio");
    Files.writeString(file, """
        contract "Bem Viver x Clínica" version %s
          id "bemviver-clinica"
          operator ans "345678"
          provider cnpj "%s"
          effective %s .. %s
          rounding half_up to cents per item
          excess glosa VALOR_APRESENTADO_A_MAIOR
          unpriced glosa SEM_TABELA_DE_VALORACAO

        import std.tiss.glosas
        import std.cbhpm.portes

        clause "3" "Valores"
        let reducao = %d%%
        let uco = R$ 15,00
        let filme_m2 = R$ 29,74
        table sadt type 22 from "tables/sadt.csv" columns (code, description, porte, uco: number, filme: number)
          effective 2025-01-01 version "CBHPM 2018 (SADT)"
        price procedures from sadt = porte_2018[sadt.porte] * (1 - reducao) + sadt.uco * uco + sadt.filme * filme_m2
        price procedure "10101012" = R$ 150,00

        table taxas type 00 effective 2025-01-01 columns (code, description, price: money) {
          "60033011"  "Taxa de sala de exame"  R$ 45,00
        }
        price fees from taxas = taxas.price

        clause "5" "Limites"
        limit procedure "10101012" to 1 per day
          else glosa QUANTIDADE_ACIMA_DO_PERMITIDO "Limite contratual de ${max} consulta por dia"
        """.formatted(version, CNPJ, from, to == null ? "" : to, reduction).replace(" .. \n", "\n"));
    return file;
  }

  private static final String[] CODES = {"10101012", "40101010", "40805018", "40901122", "99999999"};

  /** Deterministic random accounts: guides on dates in 2025, procedures of the table, a fee, an unknown code. */
  static List<Account> accounts(int n, long seed) {
    Random random = new Random(seed);
    List<Account> accounts = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      List<Guide> guides = new ArrayList<>();
      for (int g = 0; g < 1 + random.nextInt(3); g++) {
        LocalDate date = LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
          Money unit = Money.ofCents(2_000 + random.nextInt(30_000));
          items.add(Item.of(i + 1, ItemKind.PROCEDURE, "22", CODES[random.nextInt(CODES.length)],
              BigDecimal.valueOf(1 + random.nextInt(2)), unit, date));
        }
        items.add(Item.of(items.size() + 1, ItemKind.FEE, "00", "60033011", BigDecimal.ONE, Money.parse("R$ 50,00"),
            date));
        guides.add(new Guide("A" + a + "G" + g, null, null, GuideType.SP_SADT,
            new Beneficiary("CARD" + random.nextInt(5), "Beneficiário", null, false), null, "1", null, null, null,
            null, null, date, null, null, null, null, items));
      }
      accounts.add(Account.of("345678", new Provider(null, CNPJ, null, "Clínica", null), guides));
    }
    return accounts;
  }
}
