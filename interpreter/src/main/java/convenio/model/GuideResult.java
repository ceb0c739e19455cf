package convenio.model;

import java.util.List;

/** A priced guide: every item's result, the guide-level critiques and problems, and totals that reconcile. */
public record GuideResult(Guide guide, List<ItemResult> items, List<Critique> critiques, Totals totals) {
  public GuideResult {
    items = List.copyOf(items);
    critiques = List.copyOf(critiques);
    Totals sum = Totals.ZERO;
    for (ItemResult r : items) sum = sum.plus(Totals.of(r));
    if (totals == null) totals = sum;
    else if (!totals.equals(sum)) throw new ReconciliationException("guide " + guide.number() + ": totals " + totals
        + " differ from the sum of its items " + sum);
  }

  public GuideResult(Guide guide, List<ItemResult> items, List<Critique> critiques) {
    this(guide, items, critiques, null);
  }

  public GuideResult withItems(List<ItemResult> newItems) {
    return new GuideResult(guide, newItems, critiques, null);
  }
}
