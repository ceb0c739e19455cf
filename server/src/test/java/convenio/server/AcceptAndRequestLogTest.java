package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /price} chooses JSON or the TISS XML by the Accept header's q-values (RFC 9110 section 12.5.1), refuses
 * with 406 what it cannot answer (a browser's text/html), and the service logs one line per request: method, path,
 * status, time and the contract version that priced it.
 */
class AcceptAndRequestLogTest {
  @TempDir Path dir;

  static Accept.Media choose(String header) {
    return Accept.choose(header == null ? null : List.of(header));
  }

  @Test
  void qValuesDecideBetweenJsonAndXml() {
    assertEquals(Accept.Media.JSON, choose(null));
    assertEquals(Accept.Media.JSON, choose("*/*"));
    assertEquals(Accept.Media.JSON, choose("application/json"));
    assertEquals(Accept.Media.XML, choose("application/xml"));
    assertEquals(Accept.Media.XML, choose("text/xml"));
    assertEquals(Accept.Media.XML, choose("application/json;q=0.5, application/xml"));
    assertEquals(Accept.Media.JSON, choose("application/xml;q=0.4, application/json;q=0.9"));
    // the more specific range wins: XML excluded by q=0 though */* would accept it
    assertEquals(Accept.Media.JSON, choose("application/xml;q=0, */*"));
    // a tie goes to JSON
    assertEquals(Accept.Media.JSON, choose("application/xml, application/json"));
  }

  @Test
  void whatCannotBeAnsweredIs406() {
    ApiError html = assertThrows(ApiError.class, () -> choose("text/html"));
    assertEquals(406, html.status);
    assertEquals(406, assertThrows(ApiError.class, () -> choose("application/json;q=0")).status);
    assertEquals(406, assertThrows(ApiError.class, () -> choose("text/html, image/png;q=0.8")).status);
    assertEquals(400, assertThrows(ApiError.class, () -> choose("application/json;q=muito")).status);
    // a browser's usual header prefers XML (0.9) to anything else (0.8): the demonstrativo
    assertEquals(Accept.Media.XML,
        choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
  }

  @Test
  void eachRequestIsOneLogLineWithTheContractVersion() throws Exception {
    Path contracts = Files.createDirectories(dir.resolve("contracts"));
    Path src = dir.resolve("clinica.convenio");
    Files.writeString(src, """
        contract "Operadora Exemplo x Clínica Modelo" version 7
          id "exemplo-clinica"
          operator ans "339679"
          provider cnpj "11.222.333/0001-81"
          effective 2026-01-01
        import std.tiss.glosas
        price procedure "10101012" = R$ 150,00
        """);
    Compilation c = Artifacts.compile(src, contracts.resolve("clinica.cvc"));
    assertTrue(c.ok(), c.diagnostics().toString());
    List<String> log = new CopyOnWriteArrayList<>();
    byte[] lote;
    try (InputStream in = getClass().getResourceAsStream("/server/lote-consulta.xml")) {
      lote = in.readAllBytes();
    }
    try (ConvenioServer server = ConvenioServer.start(ContractRegistry.open(contracts),
        ServerOptions.defaults().withPort(0), log::add, null)) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> priced = client.send(HttpRequest.newBuilder(URI.create(base + "/price"))
          .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(lote)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, priced.statusCode(), priced.body());
      HttpResponse<String> html = client.send(HttpRequest.newBuilder(URI.create(base + "/price"))
          .header("Content-Type", "application/xml").header("Accept", "text/html")
          .POST(HttpRequest.BodyPublishers.ofByteArray(lote)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(406, html.statusCode());
      client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    }
    assertEquals(3, log.size(), log.toString());
    assertTrue(log.get(0).matches("POST /price 200 \\d+ ms exemplo-clinica version 7"), log.get(0));
    assertTrue(log.get(1).matches("POST /price 406 \\d+ ms -"), log.get(1));
    assertTrue(log.get(2).matches("GET /health 200 \\d+ ms -"), log.get(2));
  }
}
