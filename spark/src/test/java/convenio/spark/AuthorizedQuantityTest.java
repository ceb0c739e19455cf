package convenio.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The quantity the operator authorized travels through the account table ({@code authorized_quantity}) to the rules,
 * as it does from a YAML or JSON account: the standard library's test contract (R$ 40,00 a session, at most 3 a day,
 * units above the authorized quantity glosed 3210) priced by the job.
 */
class AuthorizedQuantityTest {
  private static final Path CONTRACT = Path.of("..", "stdlib", "src", "test", "cases",
      "quantidade-autorizada.convenio");

  @Test
  void theAuthorizedQuantityComesBackFromTheRows() {
    Account a = account(new BigDecimal("2"));
    Item back = AccountRows.account(AccountRows.rows("x", a)).guides().get(0).items().get(0);
    assertEquals(0, new BigDecimal("2").compareTo(back.authorizedQuantity()));
    Item unknown = AccountRows.account(AccountRows.rows("x", account(null))).guides().get(0).items().get(0);
    assertEquals(null, unknown.authorizedQuantity(), "a TISS guide does not carry it: unknown stays unknown");
  }

  @Test
  void unitsAboveTheAuthorizedQuantityAreGlosed3210() throws Exception {
    Path folder = Files.createDirectories(Path.of("target", "authorized-quantity"));
    Compilation c = Artifacts.compile(CONTRACT, folder.resolve("quantidade-autorizada.cvc"));
    assertNotNull(c.contract(), () -> "the test contract does not compile: " + c.diagnostics());

    // 3 sessions at R$ 40,00 billed, 2 authorized, within the limit of 3 a day: 3 − 2 = 1 unit above the authorized
    // quantity, 1 × 40,00 = 40,00 glosed 3210; paid 2 × 40,00 = 80,00 (120,00 = 80,00 + 40,00).
    List<Row> rows = PricingJob.price(LocalSpark.session(), TestWorkload.table(Map.of("autorizada/lote-1",
        account(new BigDecimal("2")))), ContractBundle.read(folder.toString(),
        LocalSpark.session().sparkContext().hadoopConfiguration())).collectAsList();
    assertEquals(1, rows.size());
    Row r = rows.get(0);
    assertEquals(null, (String) r.getAs("error"));
    assertEquals(new BigDecimal("80.00"), (BigDecimal) r.getAs("paid"));
    assertEquals(new BigDecimal("40.00"), (BigDecimal) r.getAs("glosed"));
    assertEquals(List.of("3210"), r.getList(r.fieldIndex("glosa_codes")));
  }

  private static Account account(BigDecimal authorized) {
    LocalDate day = LocalDate.of(2025, 5, 5);
    Item item = new Item(1, ItemKind.PROCEDURE, "22", "20103000", null, new BigDecimal("3"), null, day, null, null,
        null, null, null, Money.parse("R$ 40,00"), Money.parse("R$ 120,00"), null, List.of(), authorized);
    Guide g = new Guide("F-1", null, null, GuideType.SP_SADT, new Beneficiary("0009000900099", null, null, false),
        null, "1", null, null, null, null, null, day, null, null, null, null, List.of(item));
    return Account.of("999999", new Provider(null, "12.345.678/0001-90", null, null, null), List.of(g));
  }
}
