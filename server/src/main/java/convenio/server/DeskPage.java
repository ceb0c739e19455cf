package convenio.server;

import com.sun.net.httpserver.HttpExchange;
import convenio.i18n.Lang;
import convenio.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's desk page ({@code GET /desk}) and its assets ({@code GET /desk/assets/NAME}), served from the jar so
 * the page works with no network access (no CDN, no font or script from elsewhere).
 *
 * <p>The page and the assets carry no account data, so they are served without the bearer token; every call the page
 * makes to {@code /accounts…} sends it (the page asks for it once and keeps it in the tab's sessionStorage). The page
 * is written in the request's language: {@code ?lang=pt|en}, else the first of Portuguese or English the
 * {@code Accept-Language} header prefers (RFC 9110 section 12.5.4), else the service's ({@code --lang}, the locale).
 *
 * <p>Only the assets named in {@link #ASSETS} exist: a request path is looked up in that table, never turned into a
 * resource or file path, so {@code ..} and encoded slashes find nothing. Assets carry a strong ETag (their SHA-256)
 * and {@code Cache-Control: no-cache}: the browser keeps them and revalidates each time (304, no body), so a new jar's
 * script is never mixed with an old page.
 */
final class DeskPage {
  static final Messages TEXTS = Messages.of(DeskPage.class, "convenio.server.desk.messages");
  private static final String ROOT = "/convenio/server/desk/";

  /** The assets and their media types; nothing else under /desk/assets/ exists. */
  static final Map<String, String> ASSETS = Map.of(
      "desk.js", "text/javascript; charset=utf-8",
      "desk.css", "text/css; charset=utf-8",
      "favicon.svg", "image/svg+xml");

  /**
   * What the page may do: its own scripts and styles only (no inline script, nothing from elsewhere), calls to this
   * service only, never framed (clickjacking an auditor's buttons), no base or form target elsewhere.
   */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private record Asset(byte[] body, String type, String etag) {}

  private final Map<String, Asset> assets = new LinkedHashMap<>();
  private final String template;
  private final List<String> keys;

  DeskPage() {
    for (Map.Entry<String, String> e : ASSETS.entrySet()) {
      byte[] body = resource(e.getKey());
      assets.put(e.getKey(), new Asset(body, e.getValue(), "\"" + sha256(body) + "\""));
    }
    template = new String(resource("desk.html"), StandardCharsets.UTF_8);
    keys = pageKeys();
  }

  void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    String method = ex.getRequestMethod();
    if (!method.equals("GET")) {
      ex.getResponseHeaders().set("Allow", "GET");
      throw new ApiError(405, "method", ServerTexts.M.get("desk.page.method"));
    }
    if (path.equals("/desk") || path.equals("/desk/")) {
      Lang lang = language(ex);
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.getResponseHeaders().set("Content-Language", lang == Lang.PT ? "pt-BR" : "en");
      ex.getResponseHeaders().set("Vary", "Accept-Language");
      secure(ex);
      Http.send(ex, 200, "text/html; charset=utf-8", page(lang).getBytes(StandardCharsets.UTF_8));
      return;
    }
    String prefix = "/desk/assets/";
    Asset a = path.startsWith(prefix) ? assets.get(path.substring(prefix.length())) : null;
    if (a == null) {
      throw new ApiError(404, "not-found", ServerTexts.M.get("desk.page.not.found", ex.getRequestURI().getPath()));
    }
    ex.getResponseHeaders().set("ETag", a.etag());
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    secure(ex);
    if (matches(ex.getRequestHeaders().getFirst("If-None-Match"), a.etag())) {
      RequestDeadlines.answering();
      ex.sendResponseHeaders(304, -1);
      return;
    }
    Http.send(ex, 200, a.type(), a.body());
  }

  /** The page in {@code lang}: every {@code {{key}}} of the template replaced by its text, HTML-escaped. */
  String page(Lang lang) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String k : keys) texts.put(k, TEXTS.in(lang, k));
    String json;
    try {
      // "<" escaped so that no text can close the data block's <script> element.
      json = Http.JSON.writer().writeValueAsString(texts).replace("<", "\\u003c");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = Pattern.compile("\\{\\{([a-zA-Z0-9_.-]+)}}").matcher(template);
    StringBuilder out = new StringBuilder(template.length() + json.length());
    while (m.find()) {
      String key = m.group(1);
      String value = switch (key) {
        case "lang" -> lang == Lang.PT ? "pt-BR" : "en";
        case "texts" -> json;
        default -> escape(TEXTS.in(lang, key));
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code ?lang=}, else Accept-Language's preferred one of pt and en, else the service's language. */
  static Lang language(HttpExchange ex) {
    String asked = Http.query(ex).get("lang");
    if (asked != null) {
      try {
        return Lang.parse(asked);
      } catch (IllegalArgumentException e) {
        // an unknown ?lang= falls back to the header, as an unknown header value does
      }
    }
    List<String> accept = ex.getRequestHeaders().get("Accept-Language");
    return ServerTexts.language(accept == null ? null : String.join(",", accept));
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) return false;
    for (String t : ifNoneMatch.split(",")) {
      String s = t.strip();
      if (s.startsWith("W/")) s = s.substring(2);
      if (s.equals(etag) || s.equals("*")) return true;
    }
    return false;
  }

  private static void secure(HttpExchange ex) {
    ex.getResponseHeaders().set("Content-Security-Policy", CSP);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = DeskPage.class.getResourceAsStream(ROOT + name)) {
      if (in == null) throw new IllegalStateException("the jar has no " + ROOT + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of the page's texts ({@code desk.*}), read from the English bundle (the Portuguese has the same). */
  private static List<String> pageKeys() {
    Properties p = new Properties();
    try (InputStream in = DeskPage.class.getResourceAsStream("/convenio/server/desk/messages.properties")) {
      if (in == null) throw new IllegalStateException("the jar has no convenio/server/desk/messages.properties");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>();
    for (String k : new TreeSet<>(p.stringPropertyNames())) if (k.startsWith("desk.")) out.add(k);
    return out;
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
