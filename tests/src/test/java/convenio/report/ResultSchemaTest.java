package convenio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import convenio.api.Compilation;
import convenio.api.Convenio;
import convenio.api.ContractRegistry;
import convenio.cli.Main;
import convenio.model.PricingResult;
import convenio.server.ConvenioServer;
import convenio.server.ServerOptions;
import convenio.tiss.TissReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON a user can get for a priced account — {@code price --format json|yaml|ndjson}, {@code serve}'s
 * {@code POST /price} and {@link ResultJson} called from Java — validates against docs/result.schema.json with a
 * JSON Schema 2020-12 validator, and {@code diff --format json} against its {@code $defs/diff}.
 *
 * <p>Figures (computed by hand in contracts/hospital-sao-lucas/cases/lote-xml.yaml): RI-1001 item 3, herniorrafia
 * 31009336 presented 798,30, second procedure by a different route at 70%: 798,30 × 0,70 = 558,81 allowed and paid,
 * glosa 1837 (the different-route reduction, TISS table 38) of 798,30 − 558,81 = 239,49. The lote: presented 15.656,54, paid 12.952,36, glosed 2.704,18, glosa rate
 * 2.704,18 / 15.656,54 = 17,27%.
 */
class ResultSchemaTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path CONTRACT = ROOT.resolve("contracts/hospital-sao-lucas/hospital-sao-lucas.convenio");
  static final Path LOTE = ROOT.resolve("contracts/hospital-sao-lucas/lotes/lote-2025-03.xml");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The schema's root (an account or an array of accounts), or one of its $defs. */
  static JsonSchema schema(String def) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(ROOT.resolve("docs/result.schema.json").toFile());
    if (def != null) {
      root.remove("oneOf");
      root.put("$ref", "#/$defs/" + def);
    }
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
  }

  static void valid(JsonSchema schema, JsonNode node) {
    Set<ValidationMessage> errors = schema.validate(node);
    assertEquals(Set.of(), errors, () -> node.toString().substring(0, Math.min(2000, node.toString().length())));
  }

  record Run(int exit, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  static void handComputedFigures(JsonNode account) {
    assertEquals("15656.54", account.at("/totals/presented").asText());
    assertEquals("12952.36", account.at("/totals/paid").asText());
    assertEquals("2704.18", account.at("/totals/glosed").asText());
    assertEquals(0, account.at("/totals/glosaRate").decimalValue().compareTo(new java.math.BigDecimal("17.27")));
    JsonNode guide = account.at("/guides/0");
    assertEquals("RI-1001", guide.get("guide").asText());
    JsonNode item = guide.get("items").get(2);
    assertEquals(3, item.get("seq").asInt());
    assertEquals("798.30", item.get("presented").asText());
    assertEquals("558.81", item.get("allowed").asText());
    assertEquals("558.81", item.get("paid").asText());
    assertEquals("1837", item.at("/glosas/0/code").asText());
    assertEquals("239.49", item.at("/glosas/0/value").asText());
    assertTrue(item.at("/pricedBy/at").asText().matches(".*hospital-sao-lucas\\.convenio:\\d+:\\d+"), item.toString());
  }

  @Test
  void priceJsonIsAnArrayOfAccountsEvenForOneFile() throws Exception {
    Run r = cli("price", "--contract", CONTRACT.toString(), LOTE.toString(), "--format", "json", "--trace");
    assertEquals(0, r.exit, r.err);
    JsonNode batch = JSON.readTree(r.out);
    assertTrue(batch.isArray() && batch.size() == 1, r.out);
    valid(schema(null), batch);
    handComputedFigures(batch.get(0));
    assertTrue(batch.at("/0/guides/0/items/0/trace").size() > 0, "--trace adds the trace");
    assertFalse(r.out.contains("798.3,") || r.out.contains(": 798.30"), "money is never a JSON number");
  }

  @Test
  void priceJsonOfTwoFilesIsTheSameShape() throws Exception {
    Path a = Files.copy(LOTE, dir.resolve("a.xml"));
    Files.copy(LOTE, dir.resolve("b.xml"));
    Run r = cli("price", "--contract", CONTRACT.toString(), dir.toString(), "--format", "json", "-q");
    assertEquals(0, r.exit, r.err);
    JsonNode batch = JSON.readTree(r.out);
    assertEquals(2, batch.size());
    valid(schema(null), batch);
    handComputedFigures(batch.get(1));
    assertTrue(Files.isRegularFile(a));
  }

  @Test
  void priceYamlIsASequenceOfTheSameAccounts() throws Exception {
    Run r = cli("price", "--contract", CONTRACT.toString(), LOTE.toString(), "--format", "yaml");
    assertEquals(0, r.exit, r.err);
    JsonNode batch = new YAMLMapper().readTree(r.out);
    assertTrue(batch.isArray(), r.out);
    valid(schema(null), batch);
    handComputedFigures(batch.get(0));
  }

  @Test
  void priceNdjsonHasOneAccountPerLine() throws Exception {
    Files.copy(LOTE, dir.resolve("a.xml"));
    Files.copy(LOTE, dir.resolve("b.xml"));
    Run r = cli("price", "--contract", CONTRACT.toString(), dir.toString(), "--format", "ndjson", "-q");
    assertEquals(0, r.exit, r.err);
    List<String> lines = r.out.lines().toList();
    assertEquals(2, lines.size(), r.out);
    JsonSchema account = schema("account");
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      valid(account, n);
      handComputedFigures(n);
    }
  }

  @Test
  void serveAnswersTheSameSchema() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("contracts"));
    Path contract = folder.resolve("hospital-sao-lucas.convenio");
    Files.copy(CONTRACT, contract);
    copyTree(CONTRACT.getParent().resolve("tables"), folder.resolve("tables"));
    try (ConvenioServer server = ConvenioServer.start(ContractRegistry.open(folder),
        ServerOptions.defaults().withPort(0))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + server.port() + "/price?explain=true"))
          .header("Content-Type", "application/xml").header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofFile(LOTE)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      JsonNode account = JSON.readTree(r.body());
      valid(schema("account"), account);
      handComputedFigures(account);
    }
  }

  @Test
  void theJavaSerializerWritesTheSameSchema() throws Exception {
    Compilation c = Convenio.compile(CONTRACT);
    assertTrue(c.ok(), c.diagnostics().toString());
    PricingResult result = c.contract().price(new TissReader().read(LOTE).account());
    JsonNode account = JSON.readTree(ResultJson.json(result, true));
    valid(schema("account"), account);
    handComputedFigures(account);
  }

  /**
   * Two versions of a small contract: the consultation 10101012 at R$ 180,00, then R$ 190,00; presented at
   * R$ 200,00, so before: paid 180,00, glosa 1705 of 20,00; after: paid 190,00, glosa 1705 of 10,00; difference
   * +10,00 = 10,00 / 180,00 = +5,56%.
   */
  @Test
  void diffJsonIsStructuredAndNamesTheContracts() throws Exception {
    Path before = Files.writeString(dir.resolve("v1.convenio"), contract("1", "R$ 180,00"));
    Path after = Files.writeString(dir.resolve("v2.convenio"), contract("2", "R$ 190,00"));
    Path account = Files.writeString(dir.resolve("conta.yaml"), """
        loteNumber: "1"
        operatorAns: "123456"
        provider: { cnpj: "11222333000181" }
        guides:
          - number: "G-1"
            type: consulta
            items:
              - { seq: 1, kind: procedure, table: "22", code: "10101012", quantity: 1, unitValue: "R$ 200,00", date: 2025-03-10 }
        """);
    Run r = cli("diff", "--before", before.toString(), "--after", after.toString(), account.toString(),
        "--format", "json");
    assertEquals(0, r.exit, r.err);
    JsonNode d = JSON.readTree(r.out);
    valid(schema("diff"), d);
    assertEquals("1", d.at("/before/contract/version").asText());
    assertEquals("2", d.at("/after/contract/version").asText());
    assertEquals(64, d.at("/before/contract/hash").asText().length());
    JsonNode item = d.at("/items/0");
    assertEquals("180.00", item.get("paidBefore").asText());
    assertEquals("190.00", item.get("paidAfter").asText());
    assertEquals("10.00", item.get("difference").asText());
    assertEquals("1705", item.at("/glosasBefore/0/code").asText());
    assertEquals("20.00", item.at("/glosasBefore/0/value").asText());
    assertEquals("10.00", item.at("/glosasAfter/0/value").asText());
    assertEquals("10.00", d.at("/difference/paid").asText());
    assertEquals(0, d.at("/difference/paidPercent").decimalValue().compareTo(new java.math.BigDecimal("5.56")));

    Run csv = cli("diff", "--before", before.toString(), "--after", after.toString(), account.toString(),
        "--format", "csv");
    assertEquals(0, csv.exit, csv.err);
    List<String> lines = csv.out.lines().toList();
    assertEquals(2, lines.size(), csv.out);
    assertTrue(lines.get(0).startsWith("account,guide,seq,code,"), lines.get(0));
    assertTrue(lines.get(1).contains(",180.00,190.00,10.00,20.00,10.00,1705,20.00,1705,10.00"), lines.get(1));
  }

  /** One row per item: the lote has 2 guides with 24 items in all (README's REPL session: "24 items"). */
  @Test
  void priceCsvHasOneRowPerItem() throws Exception {
    Run r = cli("price", "--contract", CONTRACT.toString(), LOTE.toString(), "--format", "csv");
    assertEquals(0, r.exit, r.err);
    List<String> lines = r.out.lines().toList();
    assertEquals("file,lote,guide,seq,kind,table,code,description,degree,quantity,date,presented,unitPrice,allowed,"
        + "paidQuantity,paid,glosed,raised,glosaCodes,glosaValues,pricedAt", lines.get(0));
    List<List<String>> rows = readCsv(r.out);
    assertEquals(1 + 24, rows.size(), r.out);
    List<String> herniorrafia = rows.stream().filter(row -> row.get(2).equals("RI-1001") && row.get(3).equals("3"))
        .findFirst().orElseThrow();
    assertEquals("31009336", herniorrafia.get(6));
    assertEquals("798.30", herniorrafia.get(11));
    assertEquals("558.81", herniorrafia.get(15));
    assertEquals("239.49", herniorrafia.get(16));
    assertEquals("1837", herniorrafia.get(18));
  }

  @Test
  void checkJsonUsesTheSameKeyStyle() throws Exception {
    Path bad = Files.writeString(dir.resolve("x.convenio"), contract("1", "R$ 180,00") + "price procedure \"1\" = nada\n");
    Run r = cli("check", "--format", "json", bad.toString());
    assertEquals(1, r.exit, r.out);
    JsonNode n = JSON.readTree(r.out);
    assertTrue(n.get("errors").asInt() > 0, r.out);
    for (JsonNode d : n.get("diagnostics")) {
      for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        assertTrue(key.matches("[a-z][a-zA-Z]*"), "camelCase key: " + key);
      }
    }
  }

  static List<List<String>> readCsv(String text) throws Exception {
    com.fasterxml.jackson.dataformat.csv.CsvMapper m = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    m.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new java.util.ArrayList<>();
    try (var it = m.readerForListOf(String.class).readValues(text)) {
      while (it.hasNext()) rows.add((List<String>) it.next());
    }
    return rows;
  }

  static String contract(String version, String price) {
    return """
        contract "Operadora Teste x Clínica Teste" version %s
          operator ans "123456"
          provider cnpj "11.222.333/0001-81"
          effective 2025-01-01
        import std.tiss.glosas
        price procedure "10101012" = %s
        glosa VALOR_APRESENTADO_A_MAIOR when presented > allowed amount presented - allowed
        """.formatted(version, price);
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }
}
