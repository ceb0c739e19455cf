package convenio.desk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import convenio.model.GuideResult;
import convenio.model.PricingResult;
import convenio.report.ResultJson;
import java.util.List;

/**
 * The desk's answers as JSON (the HTTP API's bodies, {@code convenio audit --format json}). Whatever is part of a
 * priced account (totals, guides, items, glosas) is written by {@link ResultJson}, the one result schema.
 */
public final class DeskJson {
  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

  private DeskJson() {}

  /** {@code {"id", "lote", "operatorAns", "provider", "contract", "guides", "items", "operations", "recordedAt", "totals", "moot"}}. */
  public static ObjectNode summary(Desk.View v) {
    PricingResult r = v.result();
    ObjectNode n = F.objectNode();
    n.put("id", v.idText()).put("lote", r.account().loteNumber()).put("operatorAns", r.account().operatorAns());
    var prov = r.account().provider();
    n.put("provider", prov == null ? null : prov.name() != null ? prov.name() : prov.codeAtOperator());
    n.set("contract", ResultJson.contract(r.contractId(), r.contractVersion(), r.artifactHash()));
    int items = 0;
    for (GuideResult g : r.guides()) items += g.items().size();
    n.put("guides", r.guides().size()).put("items", items);
    n.put("operations", v.log().stream().filter(e -> !e.undone() && !"undo".equals(e.operation().path("op").asText())).count());
    n.put("recordedAt", v.record().recordedAt().toString());
    n.set("totals", ResultJson.totals(r.totals()));
    n.set("moot", moot(v.moot()));
    return n;
  }

  public static ObjectNode accounts(List<Desk.View> views) {
    ObjectNode n = F.objectNode();
    ArrayNode a = n.putArray("accounts");
    for (Desk.View v : views) a.add(summary(v));
    return n;
  }

  /** {@code {"guides": [{"guide", "type", "cardNumber", "items", "totals"}]}}. */
  public static ObjectNode guides(PricingResult r) {
    ObjectNode n = F.objectNode();
    ArrayNode a = n.putArray("guides");
    for (GuideResult g : r.guides()) {
      ObjectNode o = a.addObject();
      o.put("guide", g.guide().number());
      o.put("type", g.guide().type() == null ? null : g.guide().type().name().toLowerCase());
      o.put("cardNumber", g.guide().beneficiary() == null ? null : g.guide().beneficiary().cardNumber());
      o.put("items", g.items().size());
      o.set("totals", ResultJson.totals(g.totals()));
    }
    return n;
  }

  /** The result schema's guide object: the guide's totals, critiques and items. */
  public static ObjectNode guide(PricingResult r, String guide, boolean explain) {
    Operations.guide(r, guide);
    ObjectNode account = ResultJson.tree(r, explain);
    for (var g : account.withArray("guides")) {
      if (guide.equals(g.path("guide").asText())) return (ObjectNode) g;
    }
    throw DeskException.of("no-guide", guide, null, "no.guide", guide);
  }

  /** {@code {"totals", "guides": [{"guide", "totals"}], "reconciles"}}. */
  public static ObjectNode totals(PricingResult r) {
    ObjectNode n = F.objectNode();
    n.set("totals", ResultJson.totals(r.totals()));
    ArrayNode a = n.putArray("guides");
    for (GuideResult g : r.guides()) {
      a.addObject().put("guide", g.guide().number()).set("totals", ResultJson.totals(g.totals()));
    }
    boolean ok;
    try {
      Operations.check(r);
      ok = true;
    } catch (DeskException e) {
      ok = false;
    }
    n.put("reconciles", ok);
    return n;
  }

  public static ObjectNode entry(Desk.Entry e) {
    ObjectNode n = F.objectNode();
    n.put("n", e.n()).put("auditor", e.auditor()).put("at", e.at().toString());
    n.set("operation", e.operation());
    n.put("summary", e.summary()).put("why", e.why()).put("undone", e.undone());
    return n;
  }

  public static ObjectNode log(Desk.View v) {
    ObjectNode n = F.objectNode();
    ArrayNode a = n.putArray("operations");
    for (Desk.Entry e : v.log()) a.add(entry(e));
    return n;
  }

  /** The answer to an operation: the log entry, the items it touched, and the totals. */
  public static ObjectNode outcome(Desk.Outcome o) {
    ObjectNode n = F.objectNode();
    n.put("account", o.view().idText());
    n.set("entry", entry(o.entry()));
    ArrayNode c = n.putArray("changed");
    for (Operations.ItemRef r : o.changed()) c.addObject().put("guide", r.guide()).put("item", r.item());
    ObjectNode t = totals(o.view().result());
    n.set("totals", t.get("totals"));
    n.set("guides", t.get("guides"));
    return n;
  }

  public static ObjectNode reprice(Desk.Reprice r) {
    PricingResult p = r.view().result();
    ObjectNode n = F.objectNode();
    n.put("account", r.view().idText());
    n.set("contract", ResultJson.contract(p.contractId(), p.contractVersion(), p.artifactHash()));
    n.put("reapplied", r.reapplied());
    n.set("moot", moot(r.moot()));
    n.set("totals", ResultJson.totals(p.totals()));
    return n;
  }

  private static ArrayNode moot(List<Desk.Moot> moot) {
    ArrayNode a = F.arrayNode();
    for (Desk.Moot m : moot) {
      ObjectNode o = a.addObject();
      o.put("n", m.n());
      o.set("operation", m.operation());
      o.put("reason", m.reason());
    }
    return a;
  }
}
