package convenio.tiss.read;

import convenio.tiss.TissProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collects the problems of one message, each once: the schema validator, the binding and the domain checks may all
 * see the same bad value, at the same place (they are fed the same event), so a problem at a place that already
 * has one is dropped. Only recent places are remembered, and only the first {@code keep} problems are kept in
 * memory (all are counted and all go to the listener), so a lote of 100,000 guides stays in constant memory.
 */
public final class Problems {
  private static final int RECENT_PLACES = 64;

  private final Consumer<TissProblem> listener;
  private final int keep;
  private final List<TissProblem> kept = new ArrayList<>();
  private final Map<Long, Boolean> recent = new LinkedHashMap<>(RECENT_PLACES * 2, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
      return size() > RECENT_PLACES;
    }
  };
  private int errors;
  private int warnings;
  private List<TissProblem> held;

  public Problems(Consumer<TissProblem> listener, int keep) {
    this.listener = listener;
    this.keep = keep;
  }

  /** Reports a problem unless one was already reported at the same line and column. */
  public void report(TissProblem p) {
    if (p.line() > 0 && recent.putIfAbsent(((long) p.line() << 32) | (p.column() & 0xffffffffL), true) != null) {
      return;
    }
    if (held != null) held.add(p);
    else deliver(p);
  }

  private void deliver(TissProblem p) {
    if (p.isError()) errors++;
    else warnings++;
    if (kept.size() < keep) kept.add(p);
    if (listener != null) listener.accept(p);
  }

  /**
   * Holds the problems of one guide until {@link #release()}: the schema and domain checks report as the events
   * pass, the binding only once the guide is bound, so a guide's problems are put back in document order.
   */
  public void hold() {
    held = new ArrayList<>();
  }

  public void release() {
    if (held == null) return;
    List<TissProblem> list = held;
    held = null;
    list.sort(java.util.Comparator.comparingInt(TissProblem::line).thenComparingInt(TissProblem::column));
    for (TissProblem p : list) deliver(p);
  }

  /** True when a problem was already reported at this place. */
  public boolean reportedAt(int line, int column) {
    return line > 0 && recent.containsKey(((long) line << 32) | (column & 0xffffffffL));
  }

  public List<TissProblem> kept() {
    return List.copyOf(kept);
  }

  public int errors() {
    return errors;
  }

  public int warnings() {
    return warnings;
  }
}
