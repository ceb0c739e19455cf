package convenio.api;

import convenio.diagnostics.Diagnostic;
import convenio.diagnostics.Severity;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Provider;
import convenio.model.SourcePos;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Contracts that stand in for the engine, so the registry's choosing and reloading can be tested on their own. A fake
 * contract file is one line: {@code id|version|ans|kind|provider|from|to|percent}; it pays that percent of every item
 * and glosses the rest, so a result shows which version priced it. A line starting with {@code error} fails to load.
 */
final class FakeContracts {
  private FakeContracts() {}

  /** When set, pricing waits on it: lets a test hold an account in the middle of pricing. */
  static volatile CountDownLatch gate;
  static volatile CountDownLatch entered;

  static Compilation load(Path file) {
    String line;
    try {
      line = Files.readString(file).strip();
    } catch (IOException e) {
      throw new RuntimeException(e);
    }
    if (line.startsWith("module")) return new Compilation(List.of(), null, Map.of());
    if (line.startsWith("error")) {
      return new Compilation(List.of(Diagnostic.atLine(Severity.ERROR, "test", file.toString(), 1, line, null)), null,
          Map.of());
    }
    String[] f = line.split("\\|", -1);
    return new Compilation(List.of(), new Fake(f[0], f[1], f[2], f[3], f[4], LocalDate.parse(f[5]),
        f[6].isEmpty() ? null : LocalDate.parse(f[6]), new BigDecimal(f[7])), Map.of());
  }

  static void write(Path dir, String name, String id, String version, String from, String to, String percent)
      throws IOException {
    Files.writeString(dir.resolve(name),
        String.join("|", id, version, "999999", "cnpj", "12.345.678/0001-90", from, to, percent));
  }

  record Fake(String id, String version, String operatorAns, String providerKind, String providerId,
      LocalDate effectiveFrom, LocalDate effectiveTo, BigDecimal percent) implements Contract {
    @Override
    public String name() {
      return id;
    }

    @Override
    public String sourceHash() {
      return id + "@" + version + "@" + percent;
    }

    @Override
    public PricingResult price(Account account) {
      CountDownLatch g = gate;
      if (g != null) {
        entered.countDown();
        try {
          g.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      List<GuideResult> guides = new ArrayList<>();
      for (Guide guide : account.guides()) {
        List<ItemResult> items = new ArrayList<>();
        for (Item i : guide.items()) {
          Money paid = i.totalValue().times(percent.movePointLeft(2), RoundingMode.HALF_UP);
          Money glosed = i.totalValue().minus(paid);
          List<Glosa> glosas = glosed.isZero() ? List.of() : List.of(new Glosa("1705", BigDecimal.ZERO, glosed,
              "fake", GlosaGroup.ADMINISTRATIVE, "fake", SourcePos.NONE, false));
          items.add(new ItemResult(i, null, null, paid, i.quantity(), paid, Money.ZERO, glosas, List.of()));
        }
        guides.add(new GuideResult(guide, items, List.of()));
      }
      return new PricingResult(account, null, null, null, guides);
    }
  }

  /** An account of the pair the fake files are signed between, one guide per date, one item of R$ 100,00 each. */
  static Account account(String cnpj, LocalDate... dates) {
    List<Guide> guides = new ArrayList<>();
    int n = 1;
    for (LocalDate d : dates) {
      Item item = Item.of(1, ItemKind.PROCEDURE, "22", "10101012", BigDecimal.ONE, Money.parse("R$ 100,00"), d);
      guides.add(new Guide("G" + n++, null, null, GuideType.SP_SADT, new Beneficiary("1", "Ana", null, false), null,
          null, null, null, null, null, null, d, null, null, null, null, List.of(item)));
    }
    return Account.of("999999", new Provider(null, cnpj, null, "Hospital", null), guides);
  }
}
