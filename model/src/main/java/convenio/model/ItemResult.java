package convenio.model;

import convenio.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;

/**
 * The priced form of one item. Invariant (checked on construction): presented + raised = paid + glosed, to the cent.
 * {@code raised} is zero unless the contract says to pay its own price when the provider presented less
 * ({@code below contract pay contract}); so with the default policy, presented = paid + glosed.
 *
 * @param contractUnit the unit price the contract gives for this item (before route/participation reductions), or null
 *                     when no rule priced it
 * @param trace        the explanation, step by step: recorded while pricing, or {@link TraceOnDemand} (derived again the
 *                     first time it is read; the same events)
 * @param allowed      what the contract allows for the whole line after every rule (the most the operator pays)
 */
public record ItemResult(
    Item item,
    PriceSource source,
    Money contractUnit,
    Money allowed,
    BigDecimal paidQuantity,
    Money paid,
    Money raised,
    List<Glosa> glosas,
    List<TraceEvent> trace) {
  private static final Messages M = Messages.of(ItemResult.class, "convenio.model.messages");

  public ItemResult {
    glosas = List.copyOf(glosas);
    // a trace derived on demand stays so: copying it would derive it now (it is immutable already)
    if (!(trace instanceof TraceOnDemand)) trace = List.copyOf(trace);
    long glosed = sum(glosas);
    if (raised.isNegative() || paid.isNegative()) {
      throw new ReconciliationException(M.get("reconcile.item.negative", item.seq(), item.code()));
    }
    // in cents, exactly as Money.plus adds (overflow is an ArithmeticException either way)
    if (Math.addExact(item.totalValue().cents(), raised.cents()) != Math.addExact(paid.cents(), glosed)) {
      throw new ReconciliationException(M.get("reconcile.item", item.seq(), item.code(), item.totalValue(), raised,
          paid, Money.ofCents(glosed)));
    }
  }

  public Money presented() {
    return item.totalValue();
  }

  public Money glosed() {
    return Money.ofCents(sum(glosas));
  }

  /** {@link #glosed()} in cents. */
  long glosedCents() {
    return sum(glosas);
  }

  private static long sum(List<Glosa> glosas) {
    long cents = 0;
    for (int i = 0, n = glosas.size(); i < n; i++) cents = Math.addExact(cents, glosas.get(i).valueCents());
    return cents;
  }

  public boolean glosedAtAll() {
    return !glosas.isEmpty();
  }
}
