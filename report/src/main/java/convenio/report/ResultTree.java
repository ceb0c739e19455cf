package convenio.report;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.math.BigDecimal;

/**
 * A priced account as JSON or YAML, built as an explicit tree so the shape is stable and documented here rather
 * than whatever the records happen to hold. Money is an exact decimal number (BigDecimal, two places), never a
 * double; keys are snake_case; places are "file:line".
 */
public final class ResultTree {
  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS) // codes keep their leading zeros and stay text
      .build());

  private ResultTree() {}

  public static String json(PricingResult r, boolean withTrace) {
    return write(JSON, tree(r, withTrace)) + "\n";
  }

  public static String yaml(PricingResult r, boolean withTrace) {
    return write(YAML, tree(r, withTrace));
  }

  public static String json(ObjectNode node) {
    return write(JSON, node) + "\n";
  }

  public static String yaml(ObjectNode node) {
    return write(YAML, node);
  }

  private static String write(ObjectMapper m, ObjectNode n) {
    try {
      return m.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a result tree", e); // a tree of plain nodes always writes
    }
  }

  public static ObjectNode tree(PricingResult r, boolean withTrace) {
    ObjectNode root = F.objectNode();
    ObjectNode contract = root.putObject("contract");
    contract.put("id", r.contractId()).put("version", r.contractVersion()).put("hash", r.artifactHash());
    root.put("lote", r.account().loteNumber());
    root.put("operator_ans", r.account().operatorAns());
    root.set("totals", totals(r.totals()));
    ArrayNode guides = root.putArray("guides");
    for (GuideResult g : r.guides()) guides.add(guide(g, withTrace));
    return root;
  }

  public static ObjectNode totals(Totals t) {
    ObjectNode n = F.objectNode();
    n.put("presented", money(t.presented())).put("paid", money(t.paid())).put("glosed", money(t.glosed()))
        .put("raised", money(t.raised())).put("glosa_rate", t.glosaRate().value());
    return n;
  }

  private static ObjectNode guide(GuideResult g, boolean withTrace) {
    ObjectNode n = F.objectNode();
    n.put("number", g.guide().number());
    if (g.guide().type() != null) n.put("type", g.guide().type().name().toLowerCase());
    if (g.guide().beneficiary() != null) n.put("card_number", g.guide().beneficiary().cardNumber());
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
        .put("code", i.code());
    if (i.description() != null) n.put("description", i.description());
    if (i.degree() != null) n.put("degree", i.degree());
    n.put("quantity", i.quantity()).put("date", i.date() == null ? null : i.date().toString());
    n.put("presented", money(r.presented())).put("unit_price", money(r.contractUnit()))
        .put("allowed", money(r.allowed())).put("paid_quantity", r.paidQuantity()).put("paid", money(r.paid()))
        .put("glosed", money(r.glosed())).put("raised", money(r.raised()));
    PriceSource s = r.source();
    if (s != null) {
      ObjectNode p = n.putObject("priced_by");
      p.put("rule", s.rule()).put("at", at(s.pos())).put("tier", s.tier());
      if (s.table() != null) p.put("table", s.table()).put("table_version", s.tableVersion());
    }
    ArrayNode glosas = n.putArray("glosas");
    for (Glosa g : r.glosas()) {
      glosas.addObject().put("code", g.code()).put("quantity", g.quantity()).put("value", money(g.value()))
          .put("text", g.text()).put("group", g.group() == null ? null : g.group().name().toLowerCase())
          .put("rule", g.rule()).put("at", at(g.pos())).put("manual", g.manual());
    }
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

  static BigDecimal money(Money m) {
    return m == null ? null : m.toBigDecimal();
  }

  static String at(SourcePos p) {
    return p == null || p == SourcePos.NONE || p.line() == 0 ? null : p.file() + ":" + p.line();
  }
}
