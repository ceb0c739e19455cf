package convenio.tiss;

import convenio.model.Account;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Test resources and a stand-in for pricing (the engine lives elsewhere): deterministic glosas on known items. */
public final class TestFiles {
  private TestFiles() {}

  public static Path resource(String name) {
    URL url = TestFiles.class.getClassLoader().getResource("tiss/" + name);
    if (url == null) throw new IllegalArgumentException("no test resource tiss/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path sample(String name) {
    return resource("samples/" + name);
  }

  public static Path synthetic(String name) {
    return resource("synthetic/" + name);
  }

  /**
   * Prices an account the way a contract might, without the engine: every second item gets a 1705 glosa of a tenth
   * of its value (rounded down to the cent), the rest is paid.
   */
  public static PricingResult priced(Account account) {
    List<GuideResult> guides = new ArrayList<>();
    for (Guide g : account.guides()) {
      List<ItemResult> items = new ArrayList<>();
      int n = 0;
      for (Item i : g.items()) {
        List<Glosa> glosas = new ArrayList<>();
        Money paid = i.totalValue();
        if (++n % 2 == 0) {
          Money cut = i.totalValue().times(new BigDecimal("0.10"), RoundingMode.DOWN);
          glosas.add(new Glosa("1705", i.quantity(), cut, "VALOR APRESENTADO A MAIOR", GlosaGroup.ADMINISTRATIVE,
              "tabela", SourcePos.NONE, false));
          paid = paid.minus(cut);
        }
        items.add(new ItemResult(i, null, null, paid, i.quantity(), paid, Money.ZERO, glosas, List.of()));
      }
      guides.add(new GuideResult(g, items, List.of()));
    }
    return new PricingResult(account, "contrato-teste", "1", "sha256:test", guides);
  }

  public static DemonstrativoHeader demonstrativoHeader() {
    return new DemonstrativoHeader("339679", "OPERADORA EXEMPLO", "12345678000199", "DEM-1", LocalDate.of(2026, 4, 1),
        LocalTime.of(9, 30), "202604010001", LocalDate.of(2026, 3, 25), null, null);
  }
}
