package convenio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Compilation;
import convenio.api.Contract;
import convenio.api.Convenio;
import convenio.model.Account;
import convenio.model.Beneficiary;
import convenio.model.Glosa;
import convenio.model.Guide;
import convenio.model.GuideType;
import convenio.model.Item;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import convenio.model.Provider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Contracts from strings and accounts built by hand, for scenario tests. */
public final class Fixtures {
  public static final LocalDate DAY = LocalDate.of(2025, 3, 10); // a Monday
  public static final String HEADER = """
      contract "Operadora Teste x Hospital Teste" version 1
        operator ans "999999"
        provider cnpj "12.345.678/0001-90"
        effective 2025-01-01 .. 2025-12-31
      """;

  private Fixtures() {}

  public static Contract contract(String body) {
    return contract(body, Map.of());
  }

  public static Contract contract(String body, Map<String, String> files) {
    Compilation c = Convenio.compile("teste.convenio", HEADER + body, files);
    assertTrue(c.ok(), () -> "does not compile: " + c.diagnostics().stream().map(d -> d.headline()).toList());
    return c.contract();
  }

  public static Money brl(String text) {
    return Money.parse(text);
  }

  public static ItemBuilder item(ItemKind kind, String code, int qty, String unit) {
    return new ItemBuilder(kind, code, BigDecimal.valueOf(qty), brl(unit));
  }

  public static ItemBuilder procedure(String code, int qty, String unit) {
    return item(ItemKind.PROCEDURE, code, qty, unit).table("22");
  }

  public static GuideBuilder guide(String number) {
    return new GuideBuilder(number);
  }

  public static Account account(Guide... guides) {
    return new Account("L1", null, "999999", new Provider(null, "12345678000190", null, "Hospital Teste", null),
        DAY, List.of(guides));
  }

  public static PricingResult price(Contract c, Guide... guides) {
    return c.price(account(guides));
  }

  /** The one priced item of a one-guide, one-item account; fails the test if there are more. */
  public static ItemResult only(PricingResult r) {
    assertEquals(1, r.guides().size(), "guides");
    assertEquals(1, r.guides().get(0).items().size(), "items");
    return r.guides().get(0).items().get(0);
  }

  /** The priced item with this sequence number (sequencialItem) in the guide with this number. */
  public static ItemResult item(PricingResult r, String guide, int seq) {
    return r.guide(guide).item(seq);
  }

  public static List<String> codes(ItemResult r) {
    return r.glosas().stream().map(Glosa::code).toList();
  }

  public static final class ItemBuilder {
    private final ItemKind kind;
    private final String code;
    private final BigDecimal qty;
    private final Money unit;
    private String table;
    private LocalDate date = DAY;
    private LocalTime start;
    private String route;
    private String technique;
    private String degree;
    private Money total;

    ItemBuilder(ItemKind kind, String code, BigDecimal qty, Money unit) {
      this.kind = kind;
      this.code = code;
      this.qty = qty;
      this.unit = unit;
      this.table = switch (kind) {
        case PROCEDURE -> "22";
        case MATERIAL, OPME -> "19";
        case MEDICATION -> "20";
        default -> "18";
      };
    }

    public ItemBuilder table(String t) {
      table = t;
      return this;
    }

    public ItemBuilder date(LocalDate d) {
      date = d;
      return this;
    }

    public ItemBuilder at(String hhmm) {
      start = LocalTime.parse(hhmm);
      return this;
    }

    public ItemBuilder route(String r) {
      route = r;
      return this;
    }

    public ItemBuilder technique(String t) {
      technique = t;
      return this;
    }

    public ItemBuilder degree(String d) {
      degree = d;
      return this;
    }

    public ItemBuilder total(String t) {
      total = brl(t);
      return this;
    }

    Item build(int seq) {
      Money t = total != null ? total : unit.times(qty, RoundingMode.HALF_UP);
      return new Item(seq, kind, table, code, null, qty, null, date, start, null, route, technique, null, unit, t,
          degree, List.of());
    }
  }

  public static final class GuideBuilder {
    private final String number;
    private GuideType type = GuideType.SP_SADT;
    private String card = "0001";
    private String congenere;
    private String character = "1";
    private String accommodation;
    private String billingType;
    private String discharge;
    private String authorization = "AUT-1";
    private LocalDate start = DAY;
    private LocalTime startTime;
    private final List<ItemBuilder> items = new ArrayList<>();

    GuideBuilder(String number) {
      this.number = number;
    }

    public GuideBuilder type(GuideType t) {
      type = t;
      return this;
    }

    public GuideBuilder card(String c) {
      card = c;
      return this;
    }

    public GuideBuilder congenere(String c) {
      congenere = c;
      return this;
    }

    public GuideBuilder character(String c) {
      character = c;
      return this;
    }

    public GuideBuilder accommodation(String a) {
      accommodation = a;
      return this;
    }

    public GuideBuilder billing(String b) {
      billingType = b;
      return this;
    }

    public GuideBuilder discharge(String d) {
      discharge = d;
      return this;
    }

    public GuideBuilder authorization(String a) {
      authorization = a;
      return this;
    }

    public GuideBuilder start(LocalDate d) {
      start = d;
      return this;
    }

    public GuideBuilder add(ItemBuilder... is) {
      items.addAll(List.of(is));
      return this;
    }

    public Guide build() {
      List<Item> built = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) built.add(items.get(i).build(i + 1));
      return new Guide(number, null, null, type, new Beneficiary(card, "Paciente", congenere, false), null, character,
          accommodation, billingType, discharge, authorization, null, start, startTime, null, null, null, built);
    }
  }
}
