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
 */
public record ServerOptions(String host, int port, String token, int maxBodyBytes, int maxConcurrent,
    String operatorName, String operatorCnpj) {

  public static final int DEFAULT_PORT = 8750;

  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", DEFAULT_PORT, null, 10 * 1024 * 1024,
        Math.max(2, Runtime.getRuntime().availableProcessors()), null, null);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(host, p, token, maxBodyBytes, maxConcurrent, operatorName, operatorCnpj);
  }

  public ServerOptions withToken(String t) {
    return new ServerOptions(host, port, t, maxBodyBytes, maxConcurrent, operatorName, operatorCnpj);
  }

  public ServerOptions withLimits(int bodyBytes, int concurrent) {
    return new ServerOptions(host, port, token, bodyBytes, concurrent, operatorName, operatorCnpj);
  }

  public ServerOptions withOperator(String name, String cnpj) {
    return new ServerOptions(host, port, token, maxBodyBytes, maxConcurrent, name, cnpj);
  }
}
