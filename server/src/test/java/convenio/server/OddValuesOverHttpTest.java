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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd quantities and values are a 4xx naming the guide and the item, never a 500 or a price. */
class OddValuesOverHttpTest {
  @TempDir Path dir;
  ConvenioServer server;
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
    server = ConvenioServer.start(ContractRegistry.open(contracts), ServerOptions.defaults().withPort(0));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> post(String type, String body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/price"))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anOversizedQuantityInJsonIsA400WithItsPlace() throws Exception {
    HttpResponse<String> r = post("application/json", """
        {"operatorAns": "339679", "provider": {"cnpj": "11222333000181"},
         "guides": [{"number": "G-1", "type": "CONSULTA", "startDate": "2026-03-02",
                     "items": [{"table": "22", "code": "10101012", "quantity": 99999999999999999999,
                                "unitValue": "150.00", "date": "2026-03-02"}]}]}""");
    assertEquals(400, r.statusCode(), r.body());
    JsonNode e = Http.JSON.readTree(r.body());
    assertEquals("bad-account", e.get("error").asText());
    String m = e.get("message").asText();
    assertTrue(m.startsWith("3:"), "line 3 of the body: " + m);
    assertTrue(m.contains("guides[0].items[0].quantity") && m.contains("larger than a TISS quantity holds"), m);
  }

  @Test
  void aNegativeValueInATissLoteIsA422NamingTheGuide() throws Exception {
    String lote;
    try (InputStream in = OddValuesOverHttpTest.class.getResourceAsStream("/server/lote-consulta.xml")) {
      lote = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    HttpResponse<String> r = post("application/xml", lote.replaceFirst(
        "<ans:valorProcedimento>180.00</ans:valorProcedimento>", "<ans:valorProcedimento>-180.00</ans:valorProcedimento>"));
    assertEquals(422, r.statusCode(), r.body());
    JsonNode e = Http.JSON.readTree(r.body());
    assertEquals("C-1", e.get("guide").asText());
    assertTrue(e.get("message").asText().contains("valorProcedimento -180.00 is negative"), e.toString());
  }
}
