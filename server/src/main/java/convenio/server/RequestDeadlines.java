package convenio.server;

import static convenio.server.ServerTexts.M;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor the JDK server runs exchanges on, with a deadline on the network part of each one. The JDK server
 * (com.sun.net.httpserver) reads a request's line, headers and body on the executor's thread, blocking, with no read
 * timeout of its own that a server can set per instance: a client that announces {@code Content-Length: 100000} and
 * sends three bytes would hold a thread for ever, and a handful of them would stop the service, {@code /health}
 * included. So:
 * <ul>
 *   <li>threads are made as exchanges arrive, up to {@code maxConnections}, and end when idle; exchanges beyond that
 *       wait in a bounded queue, and beyond the queue the connection is closed at once (the JDK server closes a
 *       connection whose exchange the executor refuses);</li>
 *   <li>while an exchange is on the network (reading the request, writing the answer) it has {@code timeout} to
 *       finish that part; a watchdog interrupts a thread past its deadline, which closes the socket (the JDK server's
 *       channels are interruptible) and frees the thread. The work between (pricing) has no such deadline: it is
 *       bounded by the pricing permits instead.</li>
 * </ul>
 * A handler marks the phases with {@link #working()} (the request is read) and {@link #answering()} (the answer is
 * about to be written).
 */
final class RequestDeadlines implements Executor, AutoCloseable {
  private static final ThreadLocal<Slot> CURRENT = new ThreadLocal<>();

  private static final int ON_NETWORK = 0, WORKING = 1, CUT = 2, DONE = 3;

  /** One running exchange: its thread, its phase and when the network part must be over. */
  private static final class Slot {
    final Thread thread = Thread.currentThread();
    final AtomicInteger phase = new AtomicInteger(ON_NETWORK);
    final long timeoutNanos;
    volatile long deadline;

    Slot(long timeoutNanos) {
      this.timeoutNanos = timeoutNanos;
      this.deadline = System.nanoTime() + timeoutNanos;
    }
  }

  private final long timeoutNanos;
  private final ThreadPoolExecutor threads;
  private final ScheduledExecutorService watchdog;
  private final Map<Slot, Boolean> running = new ConcurrentHashMap<>();
  private final AtomicInteger cut = new AtomicInteger();

  RequestDeadlines(int maxConnections, long timeoutMillis) {
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    AtomicInteger n = new AtomicInteger();
    // core = max with idle core threads timing out: a new thread per exchange up to the cap, then the queue.
    this.threads = new ThreadPoolExecutor(maxConnections, maxConnections, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(4 * maxConnections), r -> daemon(r, "convenio-serve-" + n.incrementAndGet()));
    threads.allowCoreThreadTimeOut(true);
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "convenio-serve-deadlines"));
    long tick = Math.max(10, Math.min(250, timeoutMillis / 4));
    watchdog.scheduleWithFixedDelay(this::cutLate, tick, tick, TimeUnit.MILLISECONDS);
  }

  @Override
  public void execute(Runnable exchange) {
    threads.execute(() -> run(exchange));
  }

  private void run(Runnable exchange) {
    Slot slot = new Slot(timeoutNanos);
    CURRENT.set(slot);
    running.put(slot, Boolean.TRUE);
    try {
      exchange.run();
    } finally {
      running.remove(slot);
      CURRENT.remove();
      synchronized (slot) {
        slot.phase.set(DONE);
        Thread.interrupted(); // a cut that came as the exchange ended must not reach the next one
      }
    }
  }

  /** The request has been read: what follows is work, with no network deadline. */
  static void working() {
    Slot s = CURRENT.get();
    if (s != null && !s.phase.compareAndSet(ON_NETWORK, WORKING) && s.phase.get() == CUT) {
      throw new ApiError(408, "timeout", M.get("timeout"));
    }
  }

  /** The answer is about to be written: the client has a fresh deadline to take it. */
  static void answering() {
    Slot s = CURRENT.get();
    if (s == null) return;
    s.deadline = System.nanoTime() + s.timeoutNanos;
    s.phase.compareAndSet(WORKING, ON_NETWORK);
  }

  /** How many exchanges the watchdog has cut (for tests and logs). */
  int cut() {
    return cut.get();
  }

  private void cutLate() {
    long now = System.nanoTime();
    for (Slot s : running.keySet()) {
      if (s.phase.get() != ON_NETWORK || now - s.deadline < 0) continue;
      synchronized (s) {
        if (s.phase.compareAndSet(ON_NETWORK, CUT)) {
          cut.incrementAndGet();
          s.thread.interrupt();
        }
      }
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    threads.shutdown();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) threads.shutdownNow();
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
