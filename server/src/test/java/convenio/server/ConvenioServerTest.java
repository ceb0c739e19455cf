package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import convenio.api.Artifacts;
import convenio.api.Compilation;
import convenio.api.ContractRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on a free loopback port, driven by the JDK's HTTP client. */
class ConvenioServerTest {
  static final String TOKEN = "s3cret";

  @TempDir Path dir;
  Path contracts;
  ConvenioServer server;
  // HTTP/1.1, as the JDK's server speaks it (the default client would first try an h2c upgrade).
  HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Writes version {@code v} of the clinic's contract, whose consultation costs {@code price}, as an artifact. */
  void publish(String version, String price) throws Exception {
    Path src = dir.resolve("src/clinica.convenio");
    Files.createDirectories(src.getParent());
    Files.writeString(src, """
        contract "Operadora Exemplo x Clínica Modelo" version %s
          id "exemplo-clinica"
          operator ans "339679"
          provider cnpj "11.222.333/0001-81"
          effective 2026-01-01
          rounding half_up to cents per item
        import std.tiss.glosas
        clause "2" "Consultas"
        price procedure "10101012" = %s
        """.formatted(version, price));
    Compilation c = Artifacts.compile(src, contracts.resolve("clinica.cvc"));
    assertTrue(c.ok(), c.diagnostics().toString());
  }

  @BeforeEach
  void start() throws Exception {
    contracts = Files.createDirectories(dir.resolve("contracts"));
    publish("1", "R$ 150,00");
    server = ConvenioServer.start(ContractRegistry.open(contracts),
        ServerOptions.defaults().withPort(0).withToken(TOKEN).withLimits(64 * 1024, 4)
            .withOperator("Operadora Exemplo", "11222333000181"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN);
  }

  HttpResponse<String> send(HttpRequest r) throws Exception {
    return client.send(r, HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
    return Http.JSON.readTree(r.body());
  }

  static byte[] lote() throws Exception {
    try (InputStream in = ConvenioServerTest.class.getResourceAsStream("/server/lote-consulta.xml")) {
      return in.readAllBytes();
    }
  }

  HttpRequest priceXml(String query, String accept) throws Exception {
    return request("/price" + query).header("Content-Type", "application/xml").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofByteArray(lote())).build();
  }

  @Test
  void listensOnLoopbackAndAnswersHealthWithoutAToken() throws Exception {
    assertEquals("127.0.0.1", server.host());
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
        .build());
    assertEquals(200, r.statusCode());
    assertEquals(1, json(r).get("contracts").asInt());
  }

  @Test
  void everythingElseNeedsTheBearerToken() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/contracts")).header("Authorization", "Bearer wrong").build());
    assertEquals(401, r.statusCode());
    assertEquals("unauthorized", json(r).get("error").asText());
    assertEquals(401, json(r).get("status").asInt());
  }

  @Test
  void listsTheContractsServing() throws Exception {
    JsonNode list = json(send(request("/contracts").GET().build()));
    JsonNode c = list.get("contracts").get(0);
    assertEquals("exemplo-clinica", c.get("id").asText());
    assertEquals("1", c.get("version").asText());
    assertEquals("artifact", c.get("kind").asText());
    assertEquals(64, c.get("hash").asText().length());
  }

  @Test
  void pricesATissLoteAsJsonWithExplanations() throws Exception {
    HttpResponse<String> r = send(priceXml("?explain=true", "application/json"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals("exemplo-clinica", body.at("/contract/id").asText());
    assertEquals("1", body.at("/contract/version").asText());
    assertEquals("275.50", body.at("/totals/presented").asText());
    JsonNode first = body.at("/guides/0/items/0");
    assertEquals("150.00", first.get("paid").asText());
    assertEquals("30.00", first.get("glosed").asText());
    assertTrue(first.get("trace").size() > 0, "explain adds the trace");
    assertTrue(first.at("/pricedBy/at").asText().endsWith("clinica.convenio:9:1"), first.toString());
  }

  @Test
  void answersTheDemonstrativoAsTissXmlWhenAsked() throws Exception {
    HttpResponse<String> r = send(priceXml("", "application/xml"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    assertTrue(r.body().contains("demonstrativoAnaliseConta"), r.body());
    assertEquals(406, send(priceXml("?explain=true", "application/xml")).statusCode());
  }

  @Test
  void pricesAnAccountGivenAsJson() throws Exception {
    String account = """
        {"loteNumber": "7", "operatorAns": "339679", "provider": {"cnpj": "11222333000181"},
         "guides": [{"number": "G-1", "type": "CONSULTA", "startDate": "2026-03-02",
                     "items": [{"kind": "PROCEDURE", "table": "22", "code": "10101012", "quantity": 1,
                                "unitValue": "200.00", "date": "2026-03-02"}]}]}
        """;
    HttpResponse<String> r = send(request("/price").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(account)).build());
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("150.00", json(r).at("/totals/paid").asText());
  }

  @Test
  void badInputIsAClearJsonError() throws Exception {
    HttpResponse<String> badJson = send(request("/price").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"guides\": 3")).build());
    assertEquals(400, badJson.statusCode());
    assertEquals("bad-account", json(badJson).get("error").asText());

    String other = new String(lote(), "ISO-8859-1").replace("339679", "111111");
    HttpResponse<String> noContract = send(request("/price").header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(other)).build());
    assertEquals(422, noContract.statusCode(), noContract.body());
    JsonNode e = json(noContract);
    assertEquals("no-contract", e.get("error").asText());
    assertTrue(e.get("message").asText().contains("operator ANS 111111"), e.toString());

    HttpResponse<String> huge = send(request("/price").header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[100 * 1024])).build());
    assertEquals(413, huge.statusCode());

    HttpResponse<String> text = send(request("/price").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
    assertEquals(415, text.statusCode());
    assertEquals(404, send(request("/nothing").GET().build()).statusCode());
  }

  @Test
  void concurrentRequestsWithAReloadInTheMiddle() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> before = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      before.add(client.sendAsync(priceXml("", "application/json"), HttpResponse.BodyHandlers.ofString()));
    }
    publish("2", "R$ 160,00");
    HttpResponse<String> reload = send(request("/reload").POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, reload.statusCode(), reload.body());
    assertEquals(1, json(reload).get("loaded").size());
    List<CompletableFuture<HttpResponse<String>>> after = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      after.add(client.sendAsync(priceXml("", "application/json"), HttpResponse.BodyHandlers.ofString()));
    }
    int served = 0;
    for (CompletableFuture<HttpResponse<String>> f : before) {
      HttpResponse<String> r = f.get();
      if (r.statusCode() == 503) continue; // saturated (4 at once): refused at once, never queued
      assertEquals(200, r.statusCode(), r.body());
      JsonNode b = json(r);
      String paid = b.at("/guides/0/items/0/paid").asText();
      assertEquals(b.at("/contract/version").asText().equals("1") ? "150.00" : "160.00", paid, "one version per result");
      served++;
    }
    for (CompletableFuture<HttpResponse<String>> f : after) {
      HttpResponse<String> r = f.get();
      if (r.statusCode() == 503) continue;
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("2", json(r).at("/contract/version").asText(), "after the reload, version 2 serves");
      assertEquals("160.00", json(r).at("/guides/0/items/0/paid").asText());
      served++;
    }
    assertTrue(served >= 2, "some requests were served: " + served);
  }
}
