package convenio.cases;

import convenio.api.Contract;
import convenio.model.Account;
import convenio.model.Glosa;
import convenio.model.GlosaGroup;
import convenio.model.Guide;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.model.TraceEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a compiled contract, so the runner is tested without the engine: each code has a fixed unit price
 * (line 10 of "fake.convenio"); what is presented above it is glosed with 1705 (line 20); unknown codes with 1707.
 */
public final class FakeContract implements Contract {
  private final Map<String, Money> prices;

  public FakeContract(Map<String, Money> prices) {
    this.prices = prices;
  }

  @Override
  public PricingResult price(Account account) {
    List<GuideResult> guides = new ArrayList<>();
    for (Guide g : account.guides()) {
      List<ItemResult> items = new ArrayList<>();
      for (Item i : g.items()) items.add(price(i));
      guides.add(new GuideResult(g, items, List.of()));
    }
    return new PricingResult(account, id(), version(), sourceHash(), guides);
  }

  private ItemResult price(Item i) {
    Money unit = prices.get(i.code());
    if (unit == null) {
      Glosa g = new Glosa("1707", i.quantity(), i.totalValue(), "Sem preço", GlosaGroup.ADMINISTRATIVE, "unpriced",
          new SourcePos("fake.convenio", 1, 1), false);
      return new ItemResult(i, null, null, Money.ZERO, BigDecimal.ZERO, Money.ZERO, Money.ZERO, List.of(g), List.of());
    }
    SourcePos rule = new SourcePos("fake.convenio", 10, 1);
    Money allowed = unit.times(i.quantity(), RoundingMode.HALF_UP);
    List<TraceEvent> trace = new ArrayList<>();
    trace.add(new TraceEvent(TraceEvent.Kind.PRICE, "price procedure \"" + i.code() + "\"", rule, null, null, unit));
    List<Glosa> glosas = new ArrayList<>();
    Money paid = i.totalValue();
    if (i.totalValue().greaterThan(allowed)) {
      Money excess = i.totalValue().minus(allowed);
      glosas.add(new Glosa("1705", i.quantity(), excess, "Valor apresentado a maior", GlosaGroup.ADMINISTRATIVE,
          "excess", new SourcePos("fake.convenio", 20, 1), false));
      trace.add(new TraceEvent(TraceEvent.Kind.GLOSA, "excess", new SourcePos("fake.convenio", 20, 1), "1705",
          i.totalValue(), allowed));
      paid = allowed;
    }
    return new ItemResult(i, new PriceSource("price procedure \"" + i.code() + "\"", rule, "specific", null, null,
        null), unit, allowed, i.quantity(), paid, Money.ZERO, glosas, trace);
  }

  @Override public String id() { return "fake"; }
  @Override public String name() { return "Fake"; }
  @Override public String version() { return "1"; }
  @Override public String operatorAns() { return "999999"; }
  @Override public String providerKind() { return "cnpj"; }
  @Override public String providerId() { return "12.345.678/0001-90"; }
  @Override public LocalDate effectiveFrom() { return LocalDate.of(2025, 1, 1); }
  @Override public LocalDate effectiveTo() { return null; }
  @Override public String sourceHash() { return "0"; }
}
