package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.api.ContractRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and stalled clients, spoken to over raw sockets so the test controls every byte: the service keeps answering
 * with more stalled connections than it has threads, a stalled connection is closed after the request timeout, and
 * keep-alive answers are not held back by Nagle's algorithm.
 */
class StalledClientTest {
  static final int THREADS = 6;
  static final int TIMEOUT_MS = 1000;

  @TempDir Path dir;
  ConvenioServer server;
  final List<Socket> stalled = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    Path contracts = Files.createDirectories(dir.resolve("contracts"));
    Path src = dir.resolve("src/clinica.convenio");
    Files.createDirectories(src.getParent());
    Files.writeString(src, """
        contract "Operadora Exemplo x Clínica Modelo" version 1
          id "exemplo-clinica"
          operator ans "339679"
          provider cnpj "11.222.333/0001-81"
          effective 2026-01-01
          rounding half_up to cents per item
        import std.tiss.glosas
        clause "2" "Consultas"
        price procedure "10101012" = R$ 150,00
        """);
    Compilation c = Artifacts.compile(src, contracts.resolve("clinica.cvc"));
    assertTrue(c.ok(), c.diagnostics().toString());
    server = ConvenioServer.start(ContractRegistry.open(contracts), ServerOptions.defaults().withPort(0)
        .withLimits(64 * 1024, 2).withNetworkLimits(TIMEOUT_MS, THREADS));
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket s : stalled) s.close();
    server.close();
  }

  /** A client that announces a 100 000-byte body, sends three bytes of it and then nothing. */
  Socket stall() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    s.getOutputStream().write(("POST /price HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100000\r\n\r\n{\"o").getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    stalled.add(s);
    return s;
  }

  static String request(String method, String path, String body) {
    return method + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
  }

  /** Reads one HTTP/1.1 answer with a Content-Length body; returns its status line and body. */
  static String[] answer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) throw new IOException("connection closed after: " + head);
      head.append((char) b);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(line.substring(15).strip());
    }
    byte[] body = in.readNBytes(length);
    return new String[] {head.substring(0, head.indexOf("\r\n")), new String(body, StandardCharsets.UTF_8)};
  }

  static final String ACCOUNT = """
      {"operatorAns": "339679", "provider": {"cnpj": "11222333000181"},
       "guides": [{"number": "G-1", "type": "CONSULTA", "startDate": "2026-03-02",
                   "items": [{"table": "22", "code": "10101012", "unitValue": "150.00", "date": "2026-03-02"}]}]}""";

  @Test
  void healthAndPricingAnswerWithMoreStalledClientsThanThreads() throws Exception {
    for (int i = 0; i < 2 * THREADS; i++) stall();
    long start = System.nanoTime();
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(request("GET", "/health", "").getBytes(StandardCharsets.UTF_8));
      out.flush();
      String[] health = answer(s.getInputStream());
      assertEquals("HTTP/1.1 200 OK", health[0], health[1]);
      out.write(request("POST", "/price", ACCOUNT).getBytes(StandardCharsets.UTF_8));
      out.flush();
      String[] price = answer(s.getInputStream());
      assertEquals("HTTP/1.1 200 OK", price[0], price[1]);
      assertTrue(price[1].contains("150.00"), price[1]);
    }
    // Twelve stalled clients on six threads: the answers came once the first stalled ones were cut, long before a
    // stalled client would have sent its 100 000 bytes (never).
    long waited = (System.nanoTime() - start) / 1_000_000;
    assertTrue(waited < 15_000, "answered after " + waited + " ms");
  }

  @Test
  void aStalledClientIsDisconnectedAfterTheRequestTimeout() throws Exception {
    Socket s = stall();
    s.setSoTimeout(20 * TIMEOUT_MS);
    long start = System.nanoTime();
    int read;
    try {
      read = s.getInputStream().read();
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the stalled connection was still open after " + 20 * TIMEOUT_MS + " ms");
    } catch (IOException reset) {
      read = -1;
    }
    long waited = (System.nanoTime() - start) / 1_000_000;
    assertEquals(-1, read, "the server closes the connection without answering a request it never got");
    assertTrue(waited >= TIMEOUT_MS / 2, "not cut before its time: " + waited + " ms");
  }

  @Test
  void keepAliveAnswersAreSentWithoutWaitingForTheClientsAck() throws Exception {
    // The mechanism: the JDK server sets TCP_NODELAY on accepted sockets when this property is true.
    assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    // The behaviour: with Nagle's algorithm an answer's body waits for the delayed ACK of its headers, at least
    // 40 ms on Linux once a connection leaves its first quick-ACK segments, so most of 100 requests on one connection
    // would take 40 ms or more each and the median would be at least 40 ms. Without it a request takes well under a
    // millisecond; the median, unlike a total, is not moved by the odd slow request of a loaded machine.
    int n = 100;
    long[] took = new long[n];
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setTcpNoDelay(true);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      for (int i = 0; i < n; i++) {
        long start = System.nanoTime();
        out.write(request("GET", "/health", "").getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertEquals("HTTP/1.1 200 OK", answer(in)[0]);
        took[i] = (System.nanoTime() - start) / 1_000_000;
      }
    }
    long[] sorted = took.clone();
    java.util.Arrays.sort(sorted);
    assertTrue(sorted[n / 2] < 40, "median " + sorted[n / 2] + " ms per keep-alive request: "
        + java.util.Arrays.toString(took));
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() throws Exception {
    server.close();
    Path contracts = dir.resolve("contracts");
    server = ConvenioServer.start(ContractRegistry.open(contracts), ServerOptions.defaults().withPort(0)
        .withToken("s3cret"));
    for (String auth : List.of("bearer s3cret", "BEARER  s3cret", "Bearer s3cret")) {
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        s.setSoTimeout(10_000);
        s.getOutputStream().write(("GET /contracts HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        assertEquals("HTTP/1.1 200 OK", answer(s.getInputStream())[0], auth);
      }
    }
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write("GET /contracts HTTP/1.1\r\nHost: x\r\nAuthorization: bearer S3CRET\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      assertEquals("HTTP/1.1 401 Unauthorized", answer(s.getInputStream())[0], "the token itself is exact");
    }
  }
}
