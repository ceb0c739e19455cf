package convenio.model;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;

/**
 * An item's explanation that pricing did not record: it is derived again, the first time it is read, by pricing the
 * item's account once more with the trace on. The contract and the account are immutable and pricing is
 * deterministic, so the events are the ones an eager trace would have kept, event for event; a billing system that
 * never asks for an explanation pays nothing for it. Immutable, like the list an {@link ItemResult} otherwise keeps.
 */
public final class TraceOnDemand extends AbstractCollection<TraceEvent> implements List<TraceEvent>, RandomAccess {
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

  // A List over the derived events, immutable as they are (AbstractList would add a field to every item's result)

  @Override
  public TraceEvent get(int index) {
    return events().get(index);
  }

  @Override
  public int size() {
    return events().size();
  }

  @Override
  public Iterator<TraceEvent> iterator() {
    return events().iterator();
  }

  @Override
  public ListIterator<TraceEvent> listIterator() {
    return events().listIterator();
  }

  @Override
  public ListIterator<TraceEvent> listIterator(int index) {
    return events().listIterator(index);
  }

  @Override
  public int indexOf(Object o) {
    return events().indexOf(o);
  }

  @Override
  public int lastIndexOf(Object o) {
    return events().lastIndexOf(o);
  }

  @Override
  public List<TraceEvent> subList(int from, int to) {
    return events().subList(from, to);
  }

  @Override
  public TraceEvent set(int index, TraceEvent element) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(int index, TraceEvent element) {
    throw new UnsupportedOperationException();
  }

  @Override
  public TraceEvent remove(int index) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(int index, Collection<? extends TraceEvent> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || events().equals(o);
  }

  @Override
  public int hashCode() {
    return events().hashCode();
  }

  @Override
  public String toString() {
    return events().toString();
  }
}
