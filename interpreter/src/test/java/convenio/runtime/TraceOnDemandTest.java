package convenio.runtime;

import static convenio.runtime.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import convenio.api.Contract;
import convenio.api.TraceMode;
import convenio.i18n.Lang;
import convenio.model.Account;
import convenio.model.ItemKind;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import convenio.model.TraceEvent;
import convenio.model.TraceOnDemand;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A result priced without its trace explains each item all the same: the events are derived again when read, and
 * they are the events a pricing that kept its trace recorded, in the same order, with the same texts and values.
 */
class TraceOnDemandTest {
  private static final Contract CONTRACT = contract("""
      import std.tiss.glosas
      price procedure "30101010" = R$ 1.000,00
      price procedure "30101020" = R$ 500,00
      adjust procedures when character = "2" = value * 130%
      glosa 1801 for procedures when quantity > 1 quantity quantity - 1
      routes { same route 100%, 50% different route 100%, 70% } for procedures ordered by value desc
      """);

  private static Account twoGuides() {
    return account(
        guide("G1").character("2").add(procedure("30101010", 2, "1.400,00")).add(procedure("30101020", 1, "700,00"))
            .add(procedure("99999999", 1, "10,00")).build(),
        guide("G2").add(item(ItemKind.FEE, "1", 1, "10,00")).build());
  }

  @Test
  void byDefaultNothingIsRecordedAndEachItemsTraceIsDerivedWhenRead() {
    PricingResult r = CONTRACT.price(twoGuides());
    for (var g : r.guides()) for (ItemResult i : g.items()) assertInstanceOf(TraceOnDemand.class, i.trace());
    PricingResult kept = CONTRACT.price(twoGuides(), TraceMode.KEPT);
    for (var g : kept.guides()) for (ItemResult i : g.items()) assertFalse(i.trace() instanceof TraceOnDemand);
  }

  @Test
  void theDerivedTraceIsTheRecordedOneEventForEvent() {
    PricingResult onDemand = CONTRACT.price(twoGuides());
    PricingResult kept = CONTRACT.price(twoGuides(), TraceMode.KEPT);
    int events = 0;
    for (int g = 0; g < kept.guides().size(); g++) {
      List<ItemResult> keptItems = kept.guides().get(g).items();
      for (int i = 0; i < keptItems.size(); i++) {
        List<TraceEvent> recorded = keptItems.get(i).trace();
        List<TraceEvent> derived = onDemand.guides().get(g).items().get(i).trace();
        assertEquals(recorded.toString(), derived.toString(), "guide " + g + " item " + i);
        assertEquals(recorded, derived);
        events += recorded.size();
      }
    }
    // the price, the adjust, the quantity glosa, the ranking and the unpriced glosa at least: the test compares traces
    assertTrue(events >= 8, "only " + events + " events");
    assertEquals(kept, onDemand); // and everything else about the results
  }

  @Test
  void aTraceDerivedLaterIsWrittenAsThePricingWroteItsTextsAtOnce() {
    // the anaesthetist's unpriced reason is written while pricing, here in Portuguese; the trace is read in English
    Contract c = contract("price procedures = R$ 100,00\n");
    Account a = account(guide("G").add(procedure("30101010", 1, "100,00").degree("06")).build());
    PricingResult derived = Lang.with(Lang.PT, () -> c.price(a));
    PricingResult kept = Lang.with(Lang.PT, () -> c.price(a, TraceMode.KEPT));
    List<TraceEvent> read = Lang.with(Lang.EN, () -> List.copyOf(derived.guides().get(0).items().get(0).trace()));
    List<TraceEvent> recorded = Lang.with(Lang.EN, () -> List.copyOf(kept.guides().get(0).items().get(0).trace()));
    String all = Lang.with(Lang.EN, read::toString);
    assertTrue(all.contains("grau 06"), all); // the reason as the pricing wrote it
    assertEquals(Lang.with(Lang.EN, recorded::toString), all);
  }

  @Test
  void itemsReadFromSeveralThreadsAtOnceGetTheSameEvents() throws Exception {
    PricingResult onDemand = CONTRACT.price(twoGuides());
    List<TraceEvent> recorded = CONTRACT.price(twoGuides(), TraceMode.KEPT).guides().get(0).items().get(0).trace();
    ItemResult first = onDemand.guides().get(0).items().get(0);
    var a = CompletableFuture.supplyAsync(() -> List.copyOf(first.trace()));
    var b = CompletableFuture.supplyAsync(() -> List.copyOf(first.trace()));
    assertEquals(recorded, a.get());
    assertEquals(recorded, b.get());
  }
}
