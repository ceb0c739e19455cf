package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import convenio.i18n.Lang;
import convenio.api.ContractRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error's message is in the request's Accept-Language when it prefers Portuguese or English, else in the server's
 * language; its status, code and JSON keys are the same in both.
 */
class ErrorsInTheClientsLanguageTest {
  @TempDir Path dir;
  ConvenioServer server;
  HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    server = ConvenioServer.start(ContractRegistry.open(Files.createDirectories(dir.resolve("contracts"))),
        ServerOptions.defaults().withPort(0).withToken("s3cret"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer s3cret");
  }

  HttpResponse<String> send(HttpRequest r) throws Exception {
    return client.send(r, HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Http.JSON.readTree(r.body());
  }
  @Test
  void acceptLanguagePtBrGetsThePortugueseMessage() throws Exception {
    HttpResponse<String> r = send(request("/nada").header("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.8").build());
    assertEquals(404, r.statusCode());
    JsonNode pt = json(r);
    assertEquals("not-found", pt.get("error").asText());
    assertEquals(404, pt.get("status").asInt());
    assertEquals("endpoint inexistente: /nada (POST /price, GET /contracts, GET /health, POST /reload,"
        + " GET /indicators, /accounts, /desk)", pt.get("message").asText());

    JsonNode en = json(send(request("/nada").build()));
    assertEquals("not-found", en.get("error").asText());
    assertEquals("no such endpoint: /nada (POST /price, GET /contracts, GET /health, POST /reload,"
        + " GET /indicators, /accounts, /desk)", en.get("message").asText());
  }

  @Test
  void aRefusedTokenAndAWrongMethodToo() throws Exception {
    HttpResponse<String> r = send(request("/contracts").setHeader("Authorization", "Bearer errado")
        .header("Accept-Language", "pt-BR").build());
    assertEquals(401, r.statusCode());
    assertEquals("unauthorized", json(r).get("error").asText());
    assertEquals("este serviço exige Authorization: Bearer <token>", json(r).get("message").asText());
    HttpResponse<String> m = send(request("/price").header("Accept-Language", "pt").GET().build());
    assertEquals(405, m.statusCode());
    assertEquals("use POST /price", json(m).get("message").asText());
    HttpResponse<String> media = send(request("/price").header("Accept-Language", "pt-BR")
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertEquals(415, media.statusCode());
    assertEquals("envie um lote TISS como Content-Type: application/xml, ou uma conta como Content-Type:"
        + " application/json", json(media).get("message").asText());
  }

  @Test
  void theDesksRefusalsInPortugueseWithTheSameCodes() throws Exception {
    HttpResponse<String> method = send(request("/accounts").header("Accept-Language", "pt-BR")
        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(405, method.statusCode());
    assertEquals("method", json(method).get("error").asText());
    assertEquals("use GET /accounts ou POST /accounts", json(method).get("message").asText());

    HttpResponse<String> notObject = send(request("/accounts/7/operations").header("Accept-Language", "pt-BR")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[1]")).build());
    assertEquals(400, notObject.statusCode());
    assertEquals("bad-operation", json(notObject).get("error").asText());
    assertEquals("uma operação é um objeto JSON com \"op\"", json(notObject).get("message").asText());

    HttpResponse<String> noAccount = send(request("/accounts/abc").header("Accept-Language", "pt-BR").build());
    assertEquals(404, noAccount.statusCode());
    assertEquals("no-account", json(noAccount).get("error").asText());
    assertEquals("não há conta abc na mesa", json(noAccount).get("message").asText());

    HttpResponse<String> page = send(request("/desk/assets/nada.js").header("Accept-Language", "pt-BR").build());
    assertEquals(404, page.statusCode());
    assertEquals("not-found", json(page).get("error").asText());
    assertEquals("página inexistente: /desk/assets/nada.js (a mesa fica em /desk)", json(page).get("message").asText());

    // English, as before: the same code, the words only change.
    HttpResponse<String> en = send(request("/accounts/abc").build());
    assertEquals("no-account", json(en).get("error").asText());
    assertEquals("there is no account abc on the desk", json(en).get("message").asText());
  }

  @Test
  void thePreferredOfPtAndEnDecidesElseTheServersLanguage() {
    assertEquals(Lang.PT, ServerTexts.language("pt-BR"));
    assertEquals(Lang.PT, ServerTexts.language("fr-FR, pt;q=0.5, en;q=0.3"));
    assertEquals(Lang.EN, ServerTexts.language("en-US, pt-BR;q=0.8"));
    assertEquals(Lang.EN, ServerTexts.language("pt;q=0, en;q=0.1"));
    // Nothing the service speaks, or no header: the server's own language (English in the tests).
    assertEquals(Lang.current(), ServerTexts.language("de-DE, fr"));
    assertEquals(Lang.current(), ServerTexts.language(null));
    assertEquals(Lang.PT, Lang.with(Lang.PT, () -> ServerTexts.language("de")));
  }
}
