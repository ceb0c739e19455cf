package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import convenio.api.ContractRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk over HTTP on the bundled Hospital São Lucas contract and its March 2025 lote (its case file works out the
 * base values by hand): a lote put on the desk, read back in the result schema, an operation, the log, the totals,
 * an item's trace, the demonstrativo; the token and the error shapes as for /price.
 */
class DeskEndpointTest {
  @TempDir Path dir;
  ConvenioServer server;
  HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  ObjectMapper json = new ObjectMapper();
  static final Path CONTRACT = Path.of("..", "contracts", "hospital-sao-lucas");

  @BeforeEach
  void start() throws Exception {
    convenio.i18n.Lang.setDefault(convenio.i18n.Lang.EN);
    server = ConvenioServer.start(ContractRegistry.open(CONTRACT),
        ServerOptions.defaults().withPort(0).withToken("s3cret").withOperator("Bem Viver Saúde", "11222333000181"),
        line -> {}, dir.resolve("history").toString());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> send(String method, String path, String type, byte[] body, boolean token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) b.header("Content-Type", type);
    if (token) b.header("Authorization", "Bearer s3cret");
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return send("GET", path, null, null, true);
  }

  HttpResponse<String> op(String id, String body) throws Exception {
    return send("POST", "/accounts/" + id + "/operations", "application/json", body.getBytes(), true);
  }

  String putLote() throws Exception {
    HttpResponse<String> r = send("POST", "/accounts", "application/xml",
        Files.readAllBytes(CONTRACT.resolve("lotes/lote-2025-03.xml")), true);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode a = json.readTree(r.body());
    assertEquals("/accounts/" + a.path("id").asText(), r.headers().firstValue("Location").orElse(""));
    return a.path("id").asText();
  }

  @Test
  void aLoteOnTheDeskAnOperationAndTheNewTotals() throws Exception {
    String id = putLote();
    JsonNode list = json.readTree(get("/accounts").body()).path("accounts");
    assertEquals(1, list.size());
    assertEquals("12952.36", list.get(0).path("totals").path("paid").asText());
    // group glosa 10% of RI-1001's fees and daily rates: diária 960,00 → 96,00; taxa de sala 600,00 → 60,00;
    // 156,00 in all: RI-1001 paid 8.152,36 − 156,00 = 7.996,36
    HttpResponse<String> r = op(id, "{\"op\": \"group-glosa\", \"guides\": [\"RI-1001\"], \"select\": \"fees\","
        + " \"percent\": \"10\", \"code\": \"2401\", \"text\": \"taxas auditadas\", \"auditor\": \"ana\"}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode o = json.readTree(r.body());
    assertEquals(2, o.path("changed").size());
    assertEquals("12796.36", o.path("totals").path("paid").asText()); // 12.952,36 − 156,00
    assertEquals("ana", o.path("entry").path("auditor").asText());
    JsonNode guide = json.readTree(get("/accounts/" + id + "/guides/RI-1001").body());
    assertEquals("7996.36", guide.path("totals").path("paid").asText());
    JsonNode diaria = guide.path("items").get(7);
    assertEquals(8, diaria.path("seq").asInt());
    assertEquals("864.00", diaria.path("paid").asText()); // 960,00 − 96,00
    assertEquals("2401", diaria.path("glosas").get(0).path("code").asText());
    // the account in the result schema, the totals, the log
    JsonNode account = json.readTree(get("/accounts/" + id).body());
    assertEquals("12796.36", account.path("totals").path("paid").asText());
    JsonNode totals = json.readTree(get("/accounts/" + id + "/totals").body());
    assertTrue(totals.path("reconciles").asBoolean());
    JsonNode log = json.readTree(get("/accounts/" + id + "/log").body()).path("operations");
    assertEquals("group-glosa", log.get(0).path("operation").path("op").asText());
    assertEquals("taxas auditadas", log.get(0).path("why").asText());
    // the trace is the text of convenio explain, the auditor's step included
    HttpResponse<String> trace = get("/accounts/" + id + "/guides/RI-1001/items/8/trace");
    assertEquals(200, trace.statusCode());
    assertTrue(trace.body().startsWith("seq 8 · daily_rate 60000775"), trace.body());
    assertTrue(trace.body().contains("group glosa (fees) 10%"), trace.body());
    // the demonstrativo carries the decision
    HttpResponse<String> xml = get("/accounts/" + id + "/demonstrativo");
    assertEquals(200, xml.statusCode(), xml.body());
    assertTrue(xml.body().contains("2401"), xml.body());
  }

  @Test
  void refusalsAreJsonWithCodes() throws Exception {
    String id = putLote();
    HttpResponse<String> r = op(id, "{\"op\": \"glosa-all\", \"guide\": \"RI-1001\", \"item\": 3, \"code\": \"1799\","
        + " \"auditor\": \"ana\"}");
    assertEquals(422, r.statusCode());
    JsonNode e = json.readTree(r.body());
    assertEquals("unknown-glosa-code", e.path("error").asText());
    assertTrue(e.path("suggestions").size() > 0, r.body());
    assertEquals("RI-1001", e.path("guide").asText());
    assertEquals(3, e.path("item").asInt());
    r = op(id, "{\"op\": \"split\", \"guide\": \"RI-1001\", \"item\": 8, \"days\": 3, \"auditor\": \"ana\"}");
    assertEquals(422, r.statusCode());
    assertEquals("bad-split", json.readTree(r.body()).path("error").asText());
    r = op(id, "{\"op\": \"nao-gerar\", \"auditor\": \"ana\"}");
    assertEquals(400, r.statusCode());
    assertEquals(404, op("999", "{\"op\": \"undo\", \"auditor\": \"ana\"}").statusCode());
    assertEquals(401, send("GET", "/accounts", null, null, false).statusCode());
    assertEquals(404, get("/accounts/" + id + "/guides/RI-9").statusCode());
  }
}
