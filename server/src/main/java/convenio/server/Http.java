package convenio.server;

import static convenio.server.ServerTexts.M;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The small amount of HTTP the handlers need: bounded bodies, query parameters, JSON answers and JSON errors. */
final class Http {
  private Http() {}

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * How much of a refused body is read and thrown away before answering 413. Clients such as the JDK's HttpClient
   * send the whole body before reading the answer; closing on them mid-upload turns a clear 413 into a broken pipe.
   * Past this, the connection is closed unread: nobody should be sending that much.
   */
  static final long DRAIN_LIMIT = 32L * 1024 * 1024;

  /** The request body, refused with 413 when it is (or announces itself) larger than {@code limit}. */
  static byte[] body(HttpExchange ex, int limit) throws IOException {
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    long length = -1;
    if (declared != null) {
      try {
        length = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        throw new ApiError(400, "bad-request", M.get("bad.content.length", declared));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    try (InputStream in = ex.getRequestBody()) {
      if (length > limit) {
        drain(in, buf);
        throw tooLarge(limit);
      }
      for (int n; (n = in.read(buf)) > 0; ) {
        if (out.size() + n > limit) {
          drain(in, buf);
          throw tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
    }
    RequestDeadlines.working();
    return out.toByteArray();
  }

  private static void drain(InputStream in, byte[] buf) throws IOException {
    long read = 0;
    for (int n; read < DRAIN_LIMIT && (n = in.read(buf)) > 0; ) read += n;
  }

  private static ApiError tooLarge(int limit) {
    return new ApiError(413, "too-large", M.get("too.large", limit));
  }

  static Map<String, String> query(HttpExchange ex) {
    Map<String, String> q = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq), v = eq < 0 ? "" : pair.substring(eq + 1);
      q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return q;
  }

  static void json(HttpExchange ex, int status, Object value) throws IOException {
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    RequestDeadlines.answering();
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** {@code {"status": 422, "error": "no-contract", "message": "…", "guide": "123", "item": 2}}. */
  static void error(HttpExchange ex, ApiError e) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("status", e.status);
    body.put("error", e.code);
    body.put("message", e.getMessage());
    if (e.guide != null) body.put("guide", e.guide);
    if (e.item != null) body.put("item", e.item);
    if (!e.suggestions.isEmpty()) e.suggestions.forEach(body.putArray("suggestions")::add);
    if (e.status == 401) ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"convenio\"");
    if (e.status == 503) ex.getResponseHeaders().set("Retry-After", "1");
    json(ex, e.status, body);
  }
}
