package convenio.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An item's explanation that pricing did not record: it is derived again, the first time it is read, by pricing the
 * item's account once more with the trace on. The contract and the account are immutable and pricing is
 * deterministic, so the events are the ones an eager trace would have kept, event for event; a billing system that
 * never asks for an explanation pays nothing for it. Immutable, like the list an {@link ItemResult} otherwise keeps.
 */
public final class TraceOnDemand extends AbstractList<TraceEvent> implements RandomAccess {
  /** Where the events come from: the traced pricing of the account, done at most once for all its items. */
  @FunctionalInterface
  public interface Source {
    /** The trace of item {@code item} (its index in the guide) of guide {@code guide} (its index in the result). */
    List<TraceEvent> trace(int guide, int item);
  }

  private final Source source;
  private final int guide;
  private final int item;

  public TraceOnDemand(Source source, int guide, int item) {
    this.source = source;
    this.guide = guide;
    this.item = item;
  }

  private List<TraceEvent> events() {
    return source.trace(guide, item);
  }

  @Override
  public TraceEvent get(int index) {
    return events().get(index);
  }

  @Override
  public int size() {
    return events().size();
  }
}
