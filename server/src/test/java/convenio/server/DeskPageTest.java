package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import convenio.api.ContractRegistry;
import convenio.i18n.Lang;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk page and its assets over HTTP, without a browser: served from the jar without the token (the API still
 * needs it), in the client's language, with their media types, revalidated by ETag, nothing fetched from elsewhere, and
 * no path outside the asset table reachable.
 */
class DeskPageTest {
  @TempDir Path dir;
  ConvenioServer server;
  HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    server = ConvenioServer.start(ContractRegistry.open(Path.of("..", "contracts", "hospital-sao-lucas")),
        ServerOptions.defaults().withPort(0).withToken("s3cret"), line -> {}, null);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> get(String rawPath, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPath));
    if (headers.length > 0) b.headers(headers);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void thePageIsServedWithoutTheTokenAndTheApiStillNeedsIt() throws Exception {
    HttpResponse<String> page = get("/desk", "Accept-Language", "en");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(DeskPage.CSP, page.headers().firstValue("Content-Security-Policy").orElse(""));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(page.body().contains("<html lang=\"en\">"), page.body());
    assertTrue(page.body().contains("<h1>Auditor's desk</h1>") || page.body().contains("<h1>Auditor&#39;s desk</h1>"));
    assertEquals(200, get("/desk/").statusCode());
    HttpResponse<String> api = get("/accounts");
    assertEquals(401, api.statusCode());
  }

  @Test
  void thePageSpeaksTheLanguageTheBrowserPrefers() throws Exception {
    HttpResponse<String> pt = get("/desk", "Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7");
    assertTrue(pt.body().contains("<html lang=\"pt-BR\">"));
    assertTrue(pt.body().contains("<h1>Mesa do auditor</h1>"));
    assertEquals("pt-BR", pt.headers().firstValue("Content-Language").orElse(""));
    assertEquals("Accept-Language", pt.headers().firstValue("Vary").orElse(""));
    HttpResponse<String> en = get("/desk", "Accept-Language", "en-GB,en;q=0.9,pt;q=0.4");
    assertTrue(en.body().contains("<html lang=\"en\">"));
    // ?lang= wins over the header (the page's language links)
    assertTrue(get("/desk?lang=pt", "Accept-Language", "en").body().contains("<h1>Mesa do auditor</h1>"));
    // neither language asked for: the service's (--lang, or the locale)
    String fr = get("/desk", "Accept-Language", "fr-FR,fr;q=0.9").body();
    assertTrue(fr.contains("<html lang=\"" + (Lang.current() == Lang.PT ? "pt-BR" : "en") + "\">"));
  }

  @Test
  void acceptLanguageIsReadWithItsWeights() {
    // the service in Portuguese, so that falling back to it is told apart from choosing English
    Lang.with(Lang.PT, () -> {
      assertEquals(Lang.EN, ServerTexts.language("en-US,en;q=0.9,pt-BR;q=0.8"));
      // the weight decides, not the order; q=0 means "not this one"
      assertEquals(Lang.PT, ServerTexts.language("en;q=0.4, pt;q=0.5"));
      assertEquals(Lang.EN, ServerTexts.language("pt;q=0, en;q=0.1"));
      // neither language, no header, or a malformed one: the service's
      assertEquals(Lang.PT, ServerTexts.language("fr, *;q=0.5"));
      assertEquals(Lang.PT, ServerTexts.language(null));
      assertEquals(Lang.PT, ServerTexts.language("en;q=abc"));
      return null;
    });
    Lang.with(Lang.EN, () -> {
      assertEquals(Lang.PT, ServerTexts.language("pt-BR,pt;q=0.9,en;q=0.8"));
      // "ptx" is not pt: only the tag pt and its subtags are
      assertEquals(Lang.EN, ServerTexts.language("ptx, fr"));
      return null;
    });
  }

  @Test
  void everyTextOfThePageIsFilledInAndHandedToTheScriptAsData() throws Exception {
    for (String lang : List.of("pt", "en")) {
      String body = get("/desk?lang=" + lang).body();
      assertFalse(body.contains("{{"), "a placeholder left in the " + lang + " page");
      assertFalse(body.contains("‹desk."), "a text missing in the " + lang + " page");
      Matcher m = Pattern.compile("<script type=\"application/json\" id=\"desk-texts\">(.*?)</script>",
          Pattern.DOTALL).matcher(body);
      assertTrue(m.find());
      JsonNode texts = Http.JSON.readTree(m.group(1));
      Properties en = new Properties();
      try (InputStream in = DeskPage.class.getResourceAsStream("/convenio/server/desk/messages.properties")) {
        en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertEquals(en.size(), texts.size());
      assertEquals(lang.equals("pt") ? "Glosa em grupo por percentual" : "Group glosa by percentage",
          texts.path("desk.op.group-glosa").asText());
    }
  }

  @Test
  void assetsHaveTheirMediaTypesAndAreRevalidatedByEtag() throws Exception {
    String[][] expected = {
        {"desk.js", "text/javascript; charset=utf-8"},
        {"desk.css", "text/css; charset=utf-8"},
        {"favicon.svg", "image/svg+xml"}};
    for (String[] e : expected) {
      HttpResponse<String> r = get("/desk/assets/" + e[0]);
      assertEquals(200, r.statusCode(), e[0]);
      assertEquals(e[1], r.headers().firstValue("Content-Type").orElse(""));
      assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
      String etag = r.headers().firstValue("ETag").orElse("");
      assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);
      HttpResponse<String> again = get("/desk/assets/" + e[0], "If-None-Match", etag);
      assertEquals(304, again.statusCode());
      assertEquals("", again.body());
      assertEquals(200, get("/desk/assets/" + e[0], "If-None-Match", "\"other\"").statusCode());
    }
  }

  @Test
  void nothingIsFetchedFromAnotherHost() throws Exception {
    String page = get("/desk").body();
    Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
    int links = 0;
    while (m.find()) {
      links++;
      String url = m.group(1);
      assertTrue(url.startsWith("/desk/") || url.startsWith("?") || url.startsWith("#"), url);
    }
    assertEquals(6, links); // favicon, stylesheet, script, skip link, the two language links
    for (String asset : List.of("desk.js", "desk.css")) {
      String body = get("/desk/assets/" + asset).body();
      assertFalse(body.contains("http:") || body.contains("https:") || body.contains("//cdn"), asset);
      assertFalse(body.contains("@import") || body.contains("url("), asset);
    }
  }

  @Test
  void onlyTheAssetsOfTheTableExist() throws Exception {
    for (String path : List.of("/desk/assets/../../convenio/server/DeskPage.class",
        "/desk/assets/%2e%2e/%2e%2e/pom.xml", "/desk/assets/..%2fdesk.html", "/desk/assets/desk.html",
        "/desk/assets/messages.properties", "/desk/assets/", "/desk/assets/DESK.JS", "/desk/assets/desk.js/",
        "/desk/assets//desk.js", "/desk/desk.js", "/desk/assets/desk.js%00.css", "/desktop", "/desk/x")) {
      HttpResponse<String> r = get(path);
      assertEquals(404, r.statusCode(), path);
      assertEquals("not-found", Http.JSON.readTree(r.body()).path("error").asText(), path);
    }
  }

  @Test
  void thePageIsOnlyRead() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/desk")).POST(HttpRequest.BodyPublishers.ofString("x"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, r.statusCode());
    assertEquals("GET", r.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void textsAreEscapedForHtml() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", DeskPage.escape("a <b> & \"c\" 'd'"));
  }
}
