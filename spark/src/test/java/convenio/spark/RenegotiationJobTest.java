package convenio.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.ContractRegistry;
import convenio.api.Priced;
import convenio.model.Account;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.Provider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RenegotiationJobTest {
  static TestWorkload w;
  static Map<String, Account> accounts;
  static RenegotiationJob.Impact impact;

  @BeforeAll
  static void compare() {
    w = TestWorkload.get();
    accounts = new LinkedHashMap<>(w.accounts);
    // Provider 0005678, a consultation presented at R$ 200,00 on Tuesday 2025-05-13. Before: the contract pays
    // R$ 180,00 and glosas the R$ 20,00 excess. After the renegotiation it pays R$ 190,00 and glosas R$ 10,00: the
    // item's difference is +R$ 10,00.
    accounts.put("consulta/renegociada", Account.of("999999",
        new Provider(TestWorkload.PROVIDER_2, null, null, null, null), List.of(TestWorkload.sadt("C1",
            "0000000000000002", "10101012", LocalDate.of(2025, 5, 13), "R$ 200,00"))));
    impact = RenegotiationJob.compare(LocalSpark.session(), TestWorkload.table(accounts).repartition(8),
        w.bundle(w.before), w.bundle(w.after));
  }

  @Test
  void aConsultationRenegotiatedFrom180To190() {
    Row r = impact.items().filter("account_id = 'consulta/renegociada'").first();
    assertEquals(new BigDecimal("180.00"), r.getAs("paid_before"));
    assertEquals(new BigDecimal("190.00"), r.getAs("paid_after"));
    assertEquals(new BigDecimal("10.00"), r.getAs("difference"));
    assertEquals(new BigDecimal("20.00"), r.getAs("glosed_before"));
    assertEquals(new BigDecimal("10.00"), r.getAs("glosed_after"));
    assertEquals(true, r.getAs("changed"));
  }

  /** The JVM's diff of the same accounts: each priced by both registries, summed as `convenio diff` sums. */
  @Test
  void totalsPerCodeAndPerProviderAreTheJvmDiffs() {
    long[] t = new long[6]; // presented, paid before, paid after, glosed before, glosed after
    long compared = 0, changed = 0, accountsCompared = 0, notCompared = 0;
    Map<String, long[]> codes = new TreeMap<>();
    Map<String, long[]> providers = new TreeMap<>();
    try (ContractRegistry before = ContractRegistry.open(w.before);
        ContractRegistry after = ContractRegistry.open(w.after)) {
      for (Account a : accounts.values()) {
        Priced x = before.price(a);
        Priced y = after.price(a);
        if (!x.ok() || !y.ok()) {
          notCompared++;
          continue;
        }
        accountsCompared++;
        List<ItemResult> xs = items(x), ys = items(y);
        for (int k = 0; k < xs.size(); k++) {
          ItemResult p = xs.get(k), q = ys.get(k);
          compared++;
          if (!p.paid().equals(q.paid()) || !RenegotiationJob.glosas(p).equals(RenegotiationJob.glosas(q))) {
            changed++;
          }
          long[] sums = {p.presented().cents(), p.paid().cents(), q.paid().cents(), p.glosed().cents(),
              q.glosed().cents()};
          for (int i = 0; i < sums.length; i++) t[i] += sums[i];
          long[] c = codes.computeIfAbsent(p.item().code(), k2 -> new long[3]);
          c[0]++;
          c[1] += p.paid().cents();
          c[2] += q.paid().cents();
          long[] pr = providers.computeIfAbsent(a.provider().codeAtOperator(), k2 -> new long[4]);
          pr[0]++;
          pr[1] += p.paid().cents();
          pr[2] += q.paid().cents();
          pr[3] += p.presented().cents();
        }
      }
    }
    Row totals = impact.totals().first();
    assertEquals(accountsCompared, totals.<Long>getAs("accounts_compared"));
    assertEquals(notCompared, totals.<Long>getAs("accounts_not_compared"));
    assertEquals(compared, totals.<Long>getAs("items_compared"));
    assertEquals(changed, totals.<Long>getAs("items_changed"));
    assertEquals(cents(t[0]), totals.getAs("presented"));
    assertEquals(cents(t[1]), totals.getAs("paid_before"));
    assertEquals(cents(t[2]), totals.getAs("paid_after"));
    assertEquals(cents(t[2] - t[1]), totals.getAs("difference"));
    assertEquals(cents(t[3]), totals.getAs("glosed_before"));
    assertEquals(cents(t[4]), totals.getAs("glosed_after"));
    assertTrue(changed > 0 && t[2] != t[1], "the renegotiation changes something");

    Map<String, String> sparkCodes = new TreeMap<>();
    for (Row r : impact.codes().collectAsList()) {
      sparkCodes.put(r.getAs("code"), r.<Long>getAs("items") + " " + r.getAs("paid_before") + " "
          + r.getAs("paid_after") + " " + r.getAs("difference"));
    }
    Map<String, String> jvmCodes = new TreeMap<>();
    codes.forEach((code, c) -> jvmCodes.put(code, c[0] + " " + cents(c[1]) + " " + cents(c[2]) + " "
        + cents(c[2] - c[1])));
    assertEquals(jvmCodes, sparkCodes);

    Map<String, String> sparkProviders = new TreeMap<>();
    for (Row r : impact.providers().collectAsList()) {
      sparkProviders.put(r.getAs("provider"), r.<Long>getAs("items") + " " + r.getAs("paid_before") + " "
          + r.getAs("paid_after") + " " + r.getAs("presented"));
    }
    Map<String, String> jvmProviders = new TreeMap<>();
    providers.forEach((p, c) -> jvmProviders.put(p, c[0] + " " + cents(c[1]) + " " + cents(c[2]) + " "
        + cents(c[3])));
    assertEquals(jvmProviders, sparkProviders);
    assertEquals(List.of("0001234", "0005678"), List.copyOf(sparkProviders.keySet()));
  }

  @Test
  void anAccountNoContractCoversIsListedButNotSummed() {
    Row r = impact.items().filter("account_id like 'sem-contrato/%'").first();
    assertNull(r.getAs("paid_before"));
    assertNull(r.getAs("difference"));
    assertTrue(((String) r.getAs("error_before")).contains("000001"), (String) r.getAs("error_before"));
  }

  private static List<ItemResult> items(Priced p) {
    List<ItemResult> all = new ArrayList<>();
    for (GuideResult g : p.result().guides()) all.addAll(g.items());
    return all;
  }

  private static BigDecimal cents(long c) {
    return Money.ofCents(c).toBigDecimal();
  }
}
