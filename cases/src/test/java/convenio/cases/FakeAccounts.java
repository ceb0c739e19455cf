package convenio.cases;

import convenio.model.Account;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Accounts for runner tests without the tiss module: a file's name picks a prepared account; an inline account is
 * read from lines "code qty unit" under a {@code lines:} key (enough to test that inline text reaches the reader).
 */
public final class FakeAccounts implements AccountReader {
  private final Map<String, Account> byFileName;

  public FakeAccounts(Map<String, Account> byFileName) {
    this.byFileName = byFileName;
  }

  @Override
  public Read read(Path file) {
    Account a = byFileName.get(file.getFileName().toString());
    return a == null ? Read.failed(file + ": no such file") : Read.ok(a);
  }

  @Override
  public Read readInline(String yaml, Path caseFile, int line) {
    List<Item> items = new ArrayList<>();
    int seq = 1;
    for (String l : yaml.split("\n")) {
      String s = l.strip();
      if (!s.startsWith("- ")) continue;
      String[] p = s.substring(2).replace("'", "").split(" ", 3);
      items.add(Item.of(seq++, ItemKind.PROCEDURE, "22", p[0], new BigDecimal(p[1]), Money.parse(p[2]),
          LocalDate.of(2025, 3, 10)));
    }
    if (items.isEmpty()) return Read.failed(caseFile + ":" + line + ": no lines");
    return Read.ok(account("G-1", items));
  }

  public static Account account(String guide, List<Item> items) {
    Guide g = new Guide(guide, null, null, GuideType.SP_SADT, null, null, "1", null, null, null, null, null,
        LocalDate.of(2025, 3, 10), null, null, null, null, items);
    return Account.of("999999", null, List.of(g));
  }

  public static Item item(int seq, String code, String qty, String unit) {
    return Item.of(seq, ItemKind.PROCEDURE, "22", code, new BigDecimal(qty), Money.parse(unit),
        LocalDate.of(2025, 3, 10));
  }
}
