package convenio.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.Item;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.model.Totals;
import convenio.model.TraceEvent;
import java.util.List;

/**
 * The one serializer of a priced account, used by {@code convenio price --format json|yaml|ndjson}, by
 * {@code convenio serve} ({@code POST /price}) and by Java programs that embed the engine and want the same JSON
 * (add the {@code convenio-repl} jar and call {@link #json(PricingResult, boolean)} or {@link #tree}). Its shape is
 * documented, and checked by the tests, in {@code docs/result.schema.json}:
 * <ul>
 *   <li>keys are camelCase, as in TISS and in the account format;</li>
 *   <li>money is a decimal string with two places ({@code "1234.56"}) so that no client reads it into a
 *       floating-point number; quantities and the glosa rate are JSON numbers;</li>
 *   <li>places are {@code "file:line:column"} ({@code "file:line"} for a table row, which has no column);</li>
 *   <li>a batch is a JSON array of accounts (or YAML sequence, or one account per line in NDJSON), whatever the
 *       number of accounts.</li>
 * </ul>
 */
public final class ResultJson {
  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper LINE = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // codes keep their leading zeros and stay text
      .build());

  private ResultJson() {}

  /** One account, indented, with a final line break. */
  public static String json(PricingResult r, boolean withTrace) {
    return json(tree(r, withTrace));
  }

  /** Several accounts as one JSON array (a batch has this shape even with one account). */
  public static String json(List<PricingResult> results, boolean withTrace) {
    ArrayNode a = F.arrayNode();
    for (PricingResult r : results) a.add(tree(r, withTrace));
    return json(a);
  }

  /** One account on one line, for NDJSON (one account per line). */
  public static String line(PricingResult r, boolean withTrace) {
    return write(LINE, tree(r, withTrace)) + "\n";
  }

  /** One account as a YAML item of a sequence ({@code - contract: …}), so that a batch is a sequence. */
  public static String yamlItem(PricingResult r, boolean withTrace) {
    return yaml(F.arrayNode().add(tree(r, withTrace)));
  }

  public static String json(JsonNode node) {
    return write(JSON, node) + "\n";
  }

  public static String yaml(JsonNode node) {
    return write(YAML, node);
  }

  private static String write(ObjectMapper m, JsonNode n) {
    try {
      return m.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a result tree", e); // a tree of plain nodes always writes
    }
  }

  /** The account as a tree ({@code docs/result.schema.json}, {@code $defs/account}). */
  public static ObjectNode tree(PricingResult r, boolean withTrace) {
    ObjectNode root = F.objectNode();
    root.set("contract", contract(r.contractId(), r.contractVersion(), r.artifactHash()));
    root.put("lote", r.account().loteNumber());
    root.put("operatorAns", r.account().operatorAns());
    root.set("totals", totals(r.totals()));
    ArrayNode guides = root.putArray("guides");
    for (GuideResult g : r.guides()) guides.add(guide(g, withTrace));
    return root;
  }

  /** {@code {"id", "version", "hash"}}: which compiled contract priced it. */
  public static ObjectNode contract(String id, String version, String hash) {
    ObjectNode c = F.objectNode();
    c.put("id", id).put("version", version).put("hash", hash);
    return c;
  }

  public static ObjectNode totals(Totals t) {
    ObjectNode n = F.objectNode();
    n.put("presented", money(t.presented())).put("paid", money(t.paid())).put("glosed", money(t.glosed()))
        .put("raised", money(t.raised())).put("glosaRate", t.glosaRate().value());
    return n;
  }

  private static ObjectNode guide(GuideResult g, boolean withTrace) {
    ObjectNode n = F.objectNode();
    n.put("guide", g.guide().number());
    n.put("type", g.guide().type() == null ? null : g.guide().type().name().toLowerCase());
    n.put("cardNumber", g.guide().beneficiary() == null ? null : g.guide().beneficiary().cardNumber());
    n.set("totals", totals(g.totals()));
    ArrayNode critiques = n.putArray("critiques");
    for (Critique c : g.critiques()) {
      critiques.addObject().put("code", c.code()).put("message", c.message()).put("rule", c.rule())
          .put("at", at(c.pos()));
    }
    ArrayNode items = n.putArray("items");
    for (ItemResult i : g.items()) items.add(item(i, withTrace));
    return n;
  }

  public static ObjectNode item(ItemResult r, boolean withTrace) {
    Item i = r.item();
    ObjectNode n = F.objectNode();
    n.put("seq", i.seq()).put("kind", i.kind() == null ? null : i.kind().languageName()).put("table", i.table())
        .put("code", i.code()).put("description", i.description()).put("degree", i.degree());
    n.put("quantity", i.quantity()).put("date", i.date() == null ? null : i.date().toString());
    n.put("presented", money(r.presented())).put("unitPrice", money(r.contractUnit()))
        .put("allowed", money(r.allowed())).put("paidQuantity", r.paidQuantity()).put("paid", money(r.paid()))
        .put("glosed", money(r.glosed())).put("raised", money(r.raised()));
    PriceSource s = r.source();
    if (s == null) {
      n.putNull("pricedBy");
    } else {
      ObjectNode p = n.putObject("pricedBy");
      p.put("rule", s.rule()).put("at", at(s.pos())).put("tier", s.tier()).put("table", s.table())
          .put("tableVersion", s.tableVersion()).put("tableRow", at(s.tableRow()));
    }
    ArrayNode glosas = n.putArray("glosas");
    for (Glosa g : r.glosas()) glosas.add(glosa(g));
    if (withTrace) {
      ArrayNode trace = n.putArray("trace");
      for (TraceEvent e : r.trace()) {
        trace.addObject().put("kind", e.kind() == null ? null : e.kind().name().toLowerCase()).put("rule", e.rule())
            .put("at", at(e.pos())).put("detail", e.detail()).put("before", money(e.before()))
            .put("after", money(e.after()));
      }
    }
    return n;
  }

  public static ObjectNode glosa(Glosa g) {
    ObjectNode n = F.objectNode();
    n.put("code", g.code()).put("quantity", g.quantity()).put("value", money(g.value())).put("text", g.text())
        .put("group", g.group() == null ? null : g.group().name().toLowerCase()).put("rule", g.rule())
        .put("at", at(g.pos())).put("manual", g.manual());
    return n;
  }

  /** {@code "1234.56"}: two places always, a dot, no thousands separator; null stays null. */
  public static String money(Money m) {
    return m == null ? null : m.plain();
  }

  /** {@code "file:line:column"}, {@code "file:line"} when the place has no column, null when there is none. */
  public static String at(SourcePos p) {
    if (p == null || p.equals(SourcePos.NONE) || p.line() == 0) return null;
    return p.column() > 0 ? p.file() + ":" + p.line() + ":" + p.column() : p.file() + ":" + p.line();
  }
}
