package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import convenio.api.ContractRegistry;
import convenio.history.Dimension;
import convenio.history.HistoryStore;
import convenio.history.IndicatorQuery;
import convenio.history.IndicatorsJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /indicators answers the same JSON as the Java API and the CLI, from the history the service was given. */
class IndicatorsEndpointTest {
  @TempDir Path dir;
  ConvenioServer server;
  String db;
  HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    db = dir.resolve("h").toString();
    try (HistoryStore h = HistoryStore.open(db)) {
      h.add(List.of(Path.of("..", "examples", "glosa-history")));
    }
    server = ConvenioServer.start(ContractRegistry.open(Files.createDirectories(dir.resolve("contracts"))),
        ServerOptions.defaults().withPort(0), line -> {}, db);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSameJsonAsTheJavaApi() throws Exception {
    HttpResponse<String> r = get("/indicators?from=2025-03&to=2025-05&by=operator,code");
    assertEquals(200, r.statusCode(), r.body());
    String expected;
    try (HistoryStore h = HistoryStore.open(db)) {
      expected = IndicatorsJson.write(h.indicators(new IndicatorQuery(YearMonth.of(2025, 3), YearMonth.of(2025, 5),
          List.of(Dimension.OPERATOR, Dimension.CODE), null)));
    }
    ObjectMapper m = new ObjectMapper();
    assertEquals(m.readTree(expected), m.readTree(r.body()));
    JsonNode q = m.readTree(r.body()).path("query");
    assertEquals("2025-03", q.path("from").asText());
  }

  @Test
  void aBadQueryIsA400() throws Exception {
    HttpResponse<String> r = get("/indicators?by=colour");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("unknown dimension"), r.body());
    assertEquals(400, get("/indicators?from=2025-13").statusCode());
  }
}
