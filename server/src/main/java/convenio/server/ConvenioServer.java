package convenio.server;

import static convenio.server.ServerTexts.M;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import convenio.api.ContractRegistry;
import convenio.i18n.Lang;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The HTTP service over a {@link ContractRegistry}, on the JDK's own server (com.sun.net.httpserver): JSON and XML
 * over loopback need nothing more, and it adds no dependency. Requests run on a fixed pool of threads; pricing and
 * reloads also take a permit, and when none is free the answer is 503 at once (a billing system retries) rather than
 * a queue that grows without bound. {@link #close()} stops accepting, lets running requests finish, then ends the
 * threads and the registry's folder watch.
 */
public final class ConvenioServer implements AutoCloseable {
  static {
    // Answers are written as headers then body: with Nagle's algorithm on, the body of a keep-alive answer waits for
    // the client's delayed ACK of the headers (about 40 ms on Linux). The JDK server sets TCP_NODELAY only when this
    // property is true, and reads it once, when its first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;
  private final RequestDeadlines pool;
  private final ServerOptions options;
  private final Semaphore work;
  private final ContractRegistry registry;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Consumer<String> requestLog;
  private final DeskHandler desk;
  private volatile boolean closing;

  /**
   * The answer's header naming the contract version that priced it ({@code bemviver-sao-lucas version 4}), for the
   * client and for the request's log line. (Not an exchange attribute: the JDK 17 server keeps those per context,
   * shared by every request.)
   */
  static final String CONTRACT_HEADER = "Convenio-Contract";

  private ConvenioServer(ContractRegistry registry, ServerOptions options, Consumer<String> requestLog,
      String history) throws IOException {
    this.registry = registry;
    this.options = options;
    this.requestLog = requestLog;
    this.work = new Semaphore(options.maxConcurrent());
    this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
    // Threads for reading and answering are not the pricing permits: /health and /contracts answer while pricing is
    // saturated, and a stalled client loses its connection after the request timeout.
    this.pool = new RequestDeadlines(options.maxConnections(), options.requestTimeoutMillis());
    PriceHandler price = new PriceHandler(registry, options);
    AdminHandlers admin = new AdminHandlers(registry);
    // A reload has its own gate: an operator publishing a contract is never told the service is busy pricing.
    Gate pricing = new Gate(work, () -> new ApiError(503, "busy", M.get("busy", options.maxConcurrent())));
    Gate reloading = new Gate(new Semaphore(1),
        () -> new ApiError(409, "reloading", M.get("reloading")));
    http.createContext("/price", ex -> serve(ex, true, null, () -> price.handle(ex, () -> enter(pricing))));
    // The desk page and its assets hold no account data: served without the token, which the page sends on its calls.
    DeskPage deskPage = new DeskPage();
    http.createContext("/desk", ex -> serve(ex, false, null, () -> read(() -> deskPage.handle(ex))));
    http.createContext("/reload", ex -> serve(ex, true, reloading, () -> read(() -> admin.reload(ex))));
    http.createContext("/contracts", ex -> serve(ex, true, null, () -> read(() -> admin.contracts(ex))));
    http.createContext("/health", ex -> serve(ex, false, null, () -> read(() -> admin.health(ex))));
    // The auditor's desk keeps its accounts in the history when there is one, else in memory.
    this.desk = new DeskHandler(history, registry, options, price);
    http.createContext("/accounts", ex -> serve(ex, true, null, () -> desk.handle(ex, () -> enter(pricing))));
    IndicatorsHandler indicators = new IndicatorsHandler(history);
    http.createContext("/indicators", ex -> serve(ex, true, null, () -> read(() -> indicators.handle(ex))));
    http.createContext("/", ex -> serve(ex, true, null, () -> {
      throw new ApiError(404, "not-found", M.get("not.found", ex.getRequestURI().getPath()));
    }));
    http.setExecutor(pool);
  }

  public static ConvenioServer start(ContractRegistry registry, ServerOptions options) throws IOException {
    return start(registry, options, line -> {}, null);
  }

  /**
   * As {@link #start(ContractRegistry, ServerOptions)}, giving {@code requestLog} one line per request when it is
   * answered: {@code POST /price 200 12 ms bemviver-sao-lucas version 4} (method, path, status, time, and the
   * contract version that priced it, or {@code -}); with {@code history} (a file or {@code postgresql://…}, as after
   * {@code --db}), GET /indicators answers from that glosa history.
   */
  public static ConvenioServer start(ContractRegistry registry, ServerOptions options, Consumer<String> requestLog,
      String history) throws IOException {
    ConvenioServer s = new ConvenioServer(registry, options, requestLog, history);
    s.http.start();
    return s;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public String host() {
    return http.getAddress().getHostString();
  }

  private interface Work {
    void run() throws IOException;
  }

  /** For handlers that take no body: the request is read once its headers are, and the work has no deadline. */
  private static void read(Work work) throws IOException {
    RequestDeadlines.working();
    work.run();
  }

  /** A permit of {@code gate} for work that takes it itself (pricing, once the body is read), or its refusal. */
  private static PriceHandler.Permit enter(Gate gate) {
    if (!gate.permits().tryAcquire()) throw gate.refusal().get();
    return () -> gate.permits().release();
  }

  /** Bounded work: a request that finds no permit is refused at once with {@code refusal}, never queued. */
  private record Gate(Semaphore permits, Supplier<ApiError> refusal) {}

  /** One request, its errors' messages in the client's language ({@link ServerTexts#language}). */
  private void serve(HttpExchange ex, boolean authenticated, Gate gate, Work work) {
    Lang.with(ServerTexts.language(ex.getRequestHeaders().getFirst("Accept-Language")), () -> {
      serveIn(ex, authenticated, gate, work);
      return null;
    });
  }

  private void serveIn(HttpExchange ex, boolean authenticated, Gate gate, Work work) {
    long started = System.nanoTime();
    boolean permit = false;
    inFlight.incrementAndGet();
    try {
      if (closing) throw new ApiError(503, "shutting-down", M.get("shutting.down"));
      if (authenticated) authorize(ex);
      if (gate != null) {
        permit = gate.permits().tryAcquire();
        if (!permit) throw gate.refusal().get();
      }
      work.run();
    } catch (ApiError e) {
      // A refused body has been drained up to Http.DRAIN_LIMIT; the connection closes after the answer.
      ex.getResponseHeaders().set("Connection", "close");
      respondQuietly(ex, e);
    } catch (IOException e) {
      // The client went away; nothing to answer.
    } catch (RuntimeException e) {
      respondQuietly(ex, new ApiError(500, "internal", M.get("internal", e)));
    } finally {
      if (permit) gate.permits().release();
      ex.close();
      log(ex, started);
      inFlight.decrementAndGet();
    }
  }

  private void log(HttpExchange ex, long started) {
    String contract = ex.getResponseHeaders().getFirst(CONTRACT_HEADER);
    int status = ex.getResponseCode();
    try {
      requestLog.accept(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " "
          + (status < 0 ? "-" : String.valueOf(status)) + " "
          + java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms "
          + (contract == null ? "-" : contract));
    } catch (RuntimeException e) {
      // a log that fails must not fail the service
    }
  }

  private void authorize(HttpExchange ex) {
    if (options.token() == null) return;
    String given = ex.getRequestHeaders().getFirst("Authorization");
    byte[] expected = options.token().getBytes(StandardCharsets.UTF_8);
    String[] parts = given == null ? new String[0] : given.strip().split("\\s+", 2);
    // The scheme is case-insensitive (RFC 9110 section 11.1: "bearer" is "Bearer"); the token is not.
    boolean bearer = parts.length == 2 && parts[0].equalsIgnoreCase("Bearer");
    // Constant-time comparison: the time to refuse says nothing about how much of the token was right.
    if (!bearer || !MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(401, "unauthorized", M.get("unauthorized"));
    }
  }

  private static void respondQuietly(HttpExchange ex, ApiError e) {
    try {
      Http.error(ex, e);
    } catch (IOException | RuntimeException ignored) {
      // headers already sent, or the client is gone
    }
  }

  /**
   * Refuses new requests (503), waits up to 10 seconds for running ones to finish, then stops the listener, the
   * threads and the folder watch. (The wait is ours: the JDK 17 server's own {@code stop(delay)} sleeps the whole
   * delay even when nothing is running.)
   */
  @Override
  public void close() {
    closing = true;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    http.stop(0);
    pool.close();
    desk.close();
    registry.close();
  }
}
