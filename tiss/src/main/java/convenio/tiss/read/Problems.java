package convenio.tiss.read;

import convenio.tiss.TissProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collects the problems of one message, each once. The schema validator, the binding and the domain checks may all
 * see the same bad value at the same place (they are fed the same event), so a problem at a place that already has
 * one is dropped. And a lote repeats itself: the same unknown element or code in every guide is reported at its
 * first {@value #SHOWN_REPEATS} places only, then counted, and {@link #finish()} says how many more times it occurred. Only recent places
 * and a bounded number of repeated messages are remembered, and only the first {@code keep} problems are kept in
 * memory (all go to the listener), so a lote of 100,000 guides stays in constant memory.
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
  private static final int MAX_REPEATS_TRACKED = 10_000;
  static final int SHOWN_REPEATS = 10;
  private final Map<String, Repeat> repeats = new LinkedHashMap<>();

  /** The first occurrence of a repeatable problem, how many times it was shown and how many more it came. */
  private static final class Repeat {
    final TissProblem first;
    int shown = 1;
    int more;

    Repeat(TissProblem first) {
      this.first = first;
    }
  }

  public Problems(Consumer<TissProblem> listener, int keep) {
    this.listener = listener;
    this.keep = keep;
  }

  /** Reports a problem unless one was already reported at the same line and column, or is the same repeated. */
  public void report(TissProblem p) {
    if (p.line() > 0 && recent.putIfAbsent(((long) p.line() << 32) | (p.column() & 0xffffffffL), true) != null) {
      return;
    }
    if (repeatable(p)) {
      String key = p.kind() + "|" + p.message();
      Repeat r = repeats.get(key);
      if (r != null && r.shown < SHOWN_REPEATS) {
        r.shown++;
      } else if (r != null) {
        r.more++;
        return;
      }
      if (r == null && repeats.size() < MAX_REPEATS_TRACKED) repeats.put(key, new Repeat(p));
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
    list.sort(Comparator.comparingInt(TissProblem::line).thenComparingInt(TissProblem::column));
    for (TissProblem p : list) deliver(p);
  }

  /** Unknown elements, unknown codes and unconvertible values say the same thing each time they recur. */
  private static boolean repeatable(TissProblem p) {
    return p.kind() == TissProblem.Kind.UNKNOWN_ELEMENT || p.kind() == TissProblem.Kind.UNKNOWN_CODE
        || p.kind() == TissProblem.Kind.BAD_VALUE;
  }

  /** Reports, once the message was read, how often each repeated problem recurred after its first place. */
  public void finish() {
    release();
    for (Repeat r : repeats.values()) {
      if (r.more == 0) continue;
      TissProblem f = r.first;
      deliver(new TissProblem(f.severity(), f.kind(), 0, 0, null, f.message() + " — " + r.more + " more time"
          + (r.more == 1 ? "" : "s") + " after the " + SHOWN_REPEATS + " shown, the first at " + f.line() + ":"
          + f.column()
          + (f.guide() != null ? " (guide " + f.guide() + ")" : "")));
    }
    repeats.clear();
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
