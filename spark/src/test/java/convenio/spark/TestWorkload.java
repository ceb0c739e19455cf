package convenio.spark;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.bench.workload.AccountGenerator;
import convenio.bench.workload.ContractText;
import convenio.bench.workload.Workload;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import convenio.model.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The generated data set every test prices (fixed seeds: the same accounts on every run). The benchmarks' synthetic
 * hospital (bench/: consultations, SP/SADT, hospitalizations with teams and routes, mat/med, OPME; excess, limit
 * and unknown-code glosas) under five contract files, so that the registry has to choose by operator, provider and
 * date:
 * <ul>
 *   <li>{@code bench-2025.cvc}: bench-sintetico version 1, provider 0001234, 2025;
 *   <li>{@code bench-2026.cvc}: bench-sintetico version 2, provider 0001234, 2026 (materials +17%);
 *   <li>{@code outro-2025.cvc}: bench-outro version 1, provider 0005678, 2025;
 *   <li>{@code sao-lucas.cvc}: the bundled Hospital São Lucas contract (its lotes are read from TISS XML);
 * </ul>
 * and accounts: 2025 and 2026 lotes of provider 0001234, 2025 lotes of provider 0005678, one lote of an operator no
 * contract covers, and the hand-written accounts of the tests. The "after" folder renegotiates two of them: provider
 * 0001234 in 2025 gets materials at Simpro +20% instead of +15%; provider 0005678 a banda of 12% instead of 10% and
 * the consultation at R$ 190,00 instead of R$ 180,00.
 */
final class TestWorkload {
  static final String PROVIDER_1 = ContractText.PROVIDER_CODE; // 0001234
  static final String PROVIDER_2 = "0005678";
  private static TestWorkload instance;

  final Workload bench;
  final Path before;
  final Path after;
  /** Every generated account by its account_id, in a fixed order. */
  final Map<String, Account> accounts = new LinkedHashMap<>();

  private TestWorkload(Path root) throws IOException {
    bench = Workload.prepare(root, 2_000);
    before = Files.createDirectories(root.resolve("contracts-before"));
    after = Files.createDirectories(root.resolve("contracts-after"));
    Path saoLucas = Path.of("..", "contracts", "hospital-sao-lucas", "hospital-sao-lucas.convenio");
    for (Path folder : List.of(before, after)) {
      boolean renegotiated = folder == after;
      compile("bench-2025", contract("bench-sintetico", 1, PROVIDER_1, "2025-01-01 .. 2025-12-31",
          renegotiated ? 20 : 15, "10%", "R$ 180,00"), folder);
      compile("outro-2025", contract("bench-outro", 1, PROVIDER_2, "2025-01-01 .. 2025-12-31", 15,
          renegotiated ? "12%" : "10%", renegotiated ? "R$ 190,00" : "R$ 180,00"), folder);
    }
    // unchanged by the renegotiation: the same files in both folders
    compile("bench-2026", contract("bench-sintetico", 2, PROVIDER_1, "2026-01-01 .. 2026-12-31", 17, "10%",
        "R$ 180,00"), before);
    check(Artifacts.compile(saoLucas, before.resolve("sao-lucas.cvc")));
    for (String f : List.of("bench-2026.cvc", "sao-lucas.cvc")) {
      Files.copy(before.resolve(f), after.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    add("y2025", new AccountGenerator(bench.tables(), 2101).lotes(160));
    for (Account a : new AccountGenerator(bench.tables(), 2102).lotes(80)) add("y2026", nextYear(a));
    for (Account a : new AccountGenerator(bench.tables(), 2103).lotes(80)) {
      add("outro", new Account(a.loteNumber(), a.tissVersion(), a.operatorAns(),
          new Provider(PROVIDER_2, null, null, "HOSPITAL OUTRO", "7654321"), a.sentOn(), a.guides()));
    }
    Account stray = new AccountGenerator(bench.tables(), 2104).lotes(3).get(0);
    accounts.put("sem-contrato/lote-1", new Account(stray.loteNumber(), stray.tissVersion(), "000001",
        stray.provider(), stray.sentOn(), stray.guides()));
  }

  static synchronized TestWorkload get() {
    if (instance == null) {
      try {
        instance = new TestWorkload(Path.of("target", "spark-test-workload"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** The account table of {@code accounts}. */
  static Dataset<Row> table(Map<String, Account> accounts) {
    List<Row> rows = new ArrayList<>();
    accounts.forEach((id, a) -> rows.addAll(AccountRows.rows(id, a)));
    return LocalSpark.session().createDataFrame(rows, AccountTable.SCHEMA);
  }

  ContractBundle bundle(Path folder) {
    return ContractBundle.read(folder.toString(), LocalSpark.session().sparkContext().hadoopConfiguration());
  }

  private void add(String prefix, List<Account> lotes) {
    for (Account a : lotes) add(prefix, a);
  }

  private void add(String prefix, Account a) {
    accounts.put(prefix + "/lote-" + a.loteNumber(), a);
  }

  private String contract(String id, int version, String provider, String vigencia, int markup, String banda,
      String consultation) {
    String text = ContractText.source(markup)
        .replace("version 1", "version " + version)
        .replace("id \"bench-sintetico\"", "id \"" + id + "\"")
        .replace("provider code \"" + PROVIDER_1 + "\"", "provider code \"" + provider + "\"")
        .replace("effective 2025-01-01 .. 2025-12-31", "effective " + vigencia)
        .replace("let banda = 10%", "let banda = " + banda)
        .replace("= R$ 180,00", "= " + consultation);
    return text;
  }

  private void compile(String name, String text, Path folder) throws IOException {
    Path source = bench.dir().resolve(name + ".convenio"); // beside tables/, which the contract reads
    Files.writeString(source, text);
    check(Artifacts.compile(source, folder.resolve(name + ".cvc")));
  }

  private static void check(Compilation c) {
    assertNotNull(c.contract(), () -> "the test contract does not compile: " + c.diagnostics());
  }

  /** The same lote a year later (every date moved by one year), for the 2026 version of the contract. */
  static Account nextYear(Account a) {
    List<Guide> guides = new ArrayList<>();
    for (Guide g : a.guides()) {
      List<Item> items = new ArrayList<>();
      for (Item i : g.items()) {
        items.add(i.withQuantityAndValues(i.quantity(), i.unitValue(), i.totalValue(), plus(i.date())));
      }
      guides.add(new Guide(g.number(), g.operatorNumber(), g.mainGuideNumber(), g.type(), g.beneficiary(),
          g.executor(), g.character(), g.accommodation(), g.billingType(), g.dischargeReason(),
          g.authorizationNumber(), plus(g.authorizationDate()), plus(g.startDate()), g.startTime(),
          plus(g.endDate()), g.endTime(), g.presentedTotal(), items));
    }
    return new Account(a.loteNumber(), a.tissVersion(), a.operatorAns(), a.provider(), plus(a.sentOn()), guides);
  }

  private static LocalDate plus(LocalDate d) {
    return d == null ? null : d.plusYears(1);
  }

  /** An SP/SADT guide of one procedure presented at {@code value}, for the hand-written accounts. */
  static Guide sadt(String number, String card, String code, LocalDate day, String value) {
    Item item = Item.of(1, ItemKind.PROCEDURE, "22", code, BigDecimal.ONE, Money.parse(value), day);
    return new Guide(number, null, null, GuideType.SP_SADT, new Beneficiary(card, null, null, false), null, "1",
        null, null, null, null, null, day, null, null, null, null, List.of(item));
  }
}
