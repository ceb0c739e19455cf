package convenio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The priced form of one item. Invariant (checked on construction): presented total = paid + sum of glosas, to the cent.
 *
 * @param contractUnit the unit price the contract gives for this item (before route/participation reductions), or null
 *                     when no rule priced it
 * @param allowed      what the contract allows for the whole line after every rule (the most the operator pays)
 */
public record ItemResult(
    Item item,
    PriceSource source,
    Money contractUnit,
    Money allowed,
    BigDecimal paidQuantity,
    Money paid,
    List<Glosa> glosas,
    List<TraceEvent> trace) {

  public ItemResult {
    glosas = List.copyOf(glosas);
    trace = List.copyOf(trace);
    Money glosed = Money.ZERO;
    for (Glosa g : glosas) glosed = glosed.plus(g.value());
    if (!item.totalValue().equals(paid.plus(glosed))) {
      throw new ReconciliationException("item " + item.seq() + " (" + item.code() + "): presented "
          + item.totalValue() + " != paid " + paid + " + glosed " + glosed);
    }
  }

  public Money presented() {
    return item.totalValue();
  }

  public Money glosed() {
    Money sum = Money.ZERO;
    for (Glosa g : glosas) sum = sum.plus(g.value());
    return sum;
  }

  public boolean glosedAtAll() {
    return !glosas.isEmpty();
  }
}
