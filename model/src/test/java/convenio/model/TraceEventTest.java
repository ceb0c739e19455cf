package convenio.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lazy detail is the same event as the eager one: same text, written once, equal and hashed alike. */
class TraceEventTest {
  private static final SourcePos AT = new SourcePos("c.convenio", 3, 1);

  @Test
  void aLazyDetailIsWrittenOnceWhenReadAndEqualsTheEagerEvent() {
    AtomicInteger writes = new AtomicInteger();
    TraceEvent lazy = TraceEvent.lazy(TraceEvent.Kind.PRICE, "price x", AT, () -> {
      writes.incrementAndGet();
      return "linear; table t v1 row t.csv:2";
    }, null, Money.ofCents(1234));
    TraceEvent eager = new TraceEvent(TraceEvent.Kind.PRICE, "price x", AT, "linear; table t v1 row t.csv:2", null,
        Money.ofCents(1234));
    assertEquals(0, writes.get());
    assertEquals("linear; table t v1 row t.csv:2", lazy.detail());
    assertEquals(lazy.detail(), lazy.detail());
    assertEquals(1, writes.get());
    assertEquals(eager, lazy);
    assertEquals(eager.hashCode(), lazy.hashCode());
    assertEquals(eager.toString(), lazy.toString());
  }

  @Test
  void aNullDetailStaysNull() {
    TraceEvent e = new TraceEvent(TraceEvent.Kind.GLOSA, "excess", AT, null, Money.ZERO, Money.ZERO);
    assertNull(e.detail());
    assertEquals(e, new TraceEvent(TraceEvent.Kind.GLOSA, "excess", AT, null, Money.ZERO, Money.ZERO));
  }
}
