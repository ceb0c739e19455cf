package convenio.model;

import convenio.i18n.Messages;
import java.util.List;
import java.util.NoSuchElementException;

/** A priced guide: every item's result, the guide-level critiques and problems, and totals that reconcile. */
public record GuideResult(Guide guide, List<ItemResult> items, List<Critique> critiques, Totals totals) {
  private static final Messages M = Messages.of(GuideResult.class, "convenio.model.messages");

  public GuideResult {
    items = List.copyOf(items);
    critiques = List.copyOf(critiques);
    // summed in cents (each item already reconciles), one Totals at the end: the same sums as Totals.plus, exact
    long presented = 0, paid = 0, glosed = 0, raised = 0;
    for (int i = 0, n = items.size(); i < n; i++) {
      ItemResult r = items.get(i);
      presented = Math.addExact(presented, r.presented().cents());
      paid = Math.addExact(paid, r.paid().cents());
      glosed = Math.addExact(glosed, r.glosedCents());
      raised = Math.addExact(raised, r.raised().cents());
    }
    Totals sum = items.isEmpty() ? Totals.ZERO : new Totals(Money.ofCents(presented), Money.ofCents(paid),
        Money.ofCents(glosed), Money.ofCents(raised));
    if (totals == null) totals = sum;
    else if (!totals.equals(sum)) {
      throw new ReconciliationException(M.get("reconcile.guide", guide.number(), totals, sum));
    }
  }

  public GuideResult(Guide guide, List<ItemResult> items, List<Critique> critiques) {
    this(guide, items, critiques, null);
  }

  public GuideResult withItems(List<ItemResult> newItems) {
    return new GuideResult(guide, newItems, critiques, null);
  }

  /** The result of the item with this sequence number (TISS sequencialItem) in the guide. */
  public ItemResult item(int seq) {
    for (ItemResult r : items) if (r.item().seq() == seq) return r;
    throw new NoSuchElementException(M.get("guide.no.item", guide.number(), seq));
  }
}
