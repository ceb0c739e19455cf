package convenio.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import convenio.api.RegisteredContract;
import convenio.model.Critique;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import convenio.model.PricingResult;
import convenio.model.SourcePos;
import convenio.model.Totals;
import convenio.model.TraceEvent;

/**
 * A priced account as JSON for billing systems: which contract version priced it (id, version, hash, file), totals,
 * and per guide and item the presented, allowed, paid, glosed and raised values with every glosa; with
 * {@code explain}, each item's trace (rule, place, detail, value before and after). Money is a decimal string
 * ({@code "1234.56"}) so that no client parses it into a floating-point number by accident.
 */
final class ResultJson {
  private ResultJson() {}

  static ObjectNode of(PricingResult r, RegisteredContract contract, boolean explain) {
    ObjectNode o = Http.JSON.createObjectNode();
    ObjectNode c = o.putObject("contract");
    c.put("id", r.contractId());
    c.put("version", r.contractVersion());
    c.put("hash", r.artifactHash());
    c.put("file", contract.file().getFileName().toString());
    c.put("fileHash", contract.fileHash());
    o.put("lote", r.account().loteNumber());
    o.set("totals", totals(r.totals()));
    ArrayNode guides = o.putArray("guides");
    for (GuideResult g : r.guides()) {
      ObjectNode gn = guides.addObject();
      gn.put("guide", g.guide().number());
      gn.set("totals", totals(g.totals()));
      ArrayNode critiques = gn.putArray("critiques");
      for (Critique k : g.critiques()) {
        ObjectNode kn = critiques.addObject();
        kn.put("code", k.code());
        kn.put("message", k.message());
        kn.put("rule", k.rule());
        kn.put("at", pos(k.pos()));
      }
      ArrayNode items = gn.putArray("items");
      for (ItemResult i : g.items()) items.add(item(i, explain));
    }
    return o;
  }

  private static ObjectNode item(ItemResult i, boolean explain) {
    ObjectNode n = Http.JSON.createObjectNode();
    n.put("seq", i.item().seq());
    n.put("kind", i.item().kind() == null ? null : i.item().kind().languageName());
    n.put("code", i.item().code());
    n.put("quantity", i.item().quantity() == null ? null : i.item().quantity().toPlainString());
    n.put("presented", money(i.presented()));
    n.put("contractUnit", money(i.contractUnit()));
    n.put("allowed", money(i.allowed()));
    n.put("paid", money(i.paid()));
    n.put("glosed", money(i.glosed()));
    n.put("raised", money(i.raised()));
    PriceSource s = i.source();
    if (s != null) {
      ObjectNode sn = n.putObject("pricedBy");
      sn.put("rule", s.rule());
      sn.put("at", pos(s.pos()));
      sn.put("tier", s.tier());
      sn.put("table", s.table());
      sn.put("tableVersion", s.tableVersion());
      sn.put("tableRow", pos(s.tableRow()));
    }
    ArrayNode glosas = n.putArray("glosas");
    for (Glosa g : i.glosas()) {
      ObjectNode gn = glosas.addObject();
      gn.put("code", g.code());
      gn.put("value", money(g.value()));
      gn.put("quantity", g.quantity() == null ? null : g.quantity().toPlainString());
      gn.put("text", g.text());
      gn.put("group", g.group() == null ? null : g.group().name().toLowerCase());
      gn.put("rule", g.rule());
      gn.put("at", pos(g.pos()));
    }
    if (explain) {
      ArrayNode trace = n.putArray("trace");
      for (TraceEvent e : i.trace()) {
        ObjectNode en = trace.addObject();
        en.put("kind", e.kind().name().toLowerCase());
        en.put("rule", e.rule());
        en.put("at", pos(e.pos()));
        en.put("detail", e.detail());
        en.put("before", money(e.before()));
        en.put("after", money(e.after()));
      }
    }
    return n;
  }

  private static ObjectNode totals(Totals t) {
    ObjectNode n = Http.JSON.createObjectNode();
    n.put("presented", money(t.presented()));
    n.put("paid", money(t.paid()));
    n.put("glosed", money(t.glosed()));
    n.put("raised", money(t.raised()));
    return n;
  }

  private static String money(Money m) {
    return m == null ? null : m.plain();
  }

  private static String pos(SourcePos p) {
    return p == null || p.equals(SourcePos.NONE) ? null : p.toString();
  }
}
