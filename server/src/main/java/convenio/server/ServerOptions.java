package convenio.server;

/**
 * How {@code convenio serve} runs.
 *
 * @param host          the address to listen on; loopback by default, so nothing outside the machine can call it
 * @param port          0 picks a free port (tests)
 * @param token         when not null, every request but {@code GET /health} needs {@code Authorization: Bearer token}
 * @param maxBodyBytes  larger requests are refused with 413 before they are read
 * @param maxConcurrent pricing and reloads running at once; more are answered 503 at once rather than queued
 * @param operatorName  the operator's name and CNPJ for TISS demonstrativos (a contract does not carry them); a
 *                      request can give them as {@code ?operatorName=…&operatorCnpj=…}
 * @param requestTimeoutMillis how long a client has to send a whole request (line, headers, body), and again to
 *                      take the answer; past it the connection is closed, so a slow or stalled client holds a thread
 *                      for at most this long
 * @param maxConnections requests being read or answered at once (one thread each); more wait in a short queue, and
 *                      past the queue a new connection is closed at once
 */
public record ServerOptions(String host, int port, String token, int maxBodyBytes, int maxConcurrent,
    String operatorName, String operatorCnpj, int requestTimeoutMillis, int maxConnections) {

  public static final int DEFAULT_PORT = 8750;
  public static final int DEFAULT_REQUEST_TIMEOUT_MILLIS = 10_000;
  public static final int DEFAULT_MAX_CONNECTIONS = 256;

  public ServerOptions(String host, int port, String token, int maxBodyBytes, int maxConcurrent,
      String operatorName, String operatorCnpj) {
    this(host, port, token, maxBodyBytes, maxConcurrent, operatorName, operatorCnpj, DEFAULT_REQUEST_TIMEOUT_MILLIS,
        DEFAULT_MAX_CONNECTIONS);
  }

  public ServerOptions {
    if (requestTimeoutMillis <= 0) throw new IllegalArgumentException(ServerTexts.M.get("options.timeout"));
    if (maxConnections <= 0) throw new IllegalArgumentException(ServerTexts.M.get("options.connections"));
  }

  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", DEFAULT_PORT, null, 10 * 1024 * 1024,
        Math.max(2, Runtime.getRuntime().availableProcessors()), null, null);
  }

  public ServerOptions withNetworkLimits(int timeoutMillis, int connections) {
    return new ServerOptions(host, port, token, maxBodyBytes, maxConcurrent, operatorName, operatorCnpj,
        timeoutMillis, connections);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(host, p, token, maxBodyBytes, maxConcurrent, operatorName, operatorCnpj,
        requestTimeoutMillis, maxConnections);
  }

  public ServerOptions withToken(String t) {
    return new ServerOptions(host, port, t, maxBodyBytes, maxConcurrent, operatorName, operatorCnpj,
        requestTimeoutMillis, maxConnections);
  }

  public ServerOptions withLimits(int bodyBytes, int concurrent) {
    return new ServerOptions(host, port, token, bodyBytes, concurrent, operatorName, operatorCnpj,
        requestTimeoutMillis, maxConnections);
  }

  public ServerOptions withOperator(String name, String cnpj) {
    return new ServerOptions(host, port, token, maxBodyBytes, maxConcurrent, name, cnpj,
        requestTimeoutMillis, maxConnections);
  }
}
