package convenio.bench;

import convenio.api.Contract;
import convenio.bench.baseline.BaselinePricer;
import convenio.model.Account;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PricingResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prices the same lotes with the engine and with the baseline, once, and compares: totals, then item by item, so a
 * disagreement is shown with the item that explains it. A warning, not a failure: the figures are still worth having,
 * but an engine/baseline ratio is only meaningful when both compute the same thing.
 */
final class Agreement {
  private Agreement() {}

  record Outcome(long items, long presented, long enginePaid, long baselinePaid, long mismatches) {
    boolean agree() {
      return mismatches == 0 && enginePaid == baselinePaid;
    }
  }

  static Outcome check(Contract contract, BaselinePricer baseline, List<Account> lotes, Report report) {
    long items = 0;
    for (Account a : lotes) for (var g : a.guides()) items += g.items().size();
    long[] expected = new long[Math.toIntExact(items)];
    BaselinePricer.Tally tally = new BaselinePricer.Tally();
    int offset = 0;
    for (Account a : lotes) offset = baseline.price(a, tally, expected, offset);

    long enginePaid = 0;
    long presented = 0;
    long mismatches = 0;
    int k = 0;
    int shown = 0;
    for (Account a : lotes) {
      PricingResult r = contract.price(a);
      for (GuideResult g : r.guides()) {
        for (ItemResult ir : g.items()) {
          long paid = ir.paid().cents();
          enginePaid += paid;
          presented += ir.presented().cents();
          if (k < expected.length && paid != expected[k]) {
            mismatches++;
            if (shown++ < 8) System.out.println("    differs: " + describe(a, g, ir, expected[k]));
          }
          k++;
        }
      }
    }
    Outcome o = new Outcome(items, presented, enginePaid, tally.paidCents, mismatches);
    if (k != items) report.note("WARNING: the engine returned " + k + " item results for " + items + " items");
    if (!o.agree()) {
      report.note(String.format("WARNING: engine and baseline disagree: paid R$ %s (engine) vs R$ %s (baseline), "
          + "%,d of %,d items differ", cents(enginePaid), cents(tally.paidCents), mismatches, items));
    }
    return o;
  }

  private static String describe(Account a, GuideResult g, ItemResult ir, long expected) {
    Item i = ir.item();
    String glosas = ir.glosas().stream().map(x -> x.code() + " " + cents(x.value().cents()))
        .collect(Collectors.joining(", "));
    return String.format("lote %s guide %s (%s, character %s) item %d %s %s degree %s route %s qty %s on %s: "
            + "presented %s, engine allowed %s paid %s [%s], baseline paid %s",
        a.loteNumber(), g.guide().number(), g.guide().type(), g.guide().character(), i.seq(), i.kind(), i.code(),
        i.degree(), i.route(), i.quantity().toPlainString(), i.date(), cents(i.totalValue().cents()),
        ir.allowed() == null ? "-" : cents(ir.allowed().cents()), cents(ir.paid().cents()), glosas, cents(expected));
  }

  static String cents(long c) {
    return Money.ofCents(c).format();
  }
}
