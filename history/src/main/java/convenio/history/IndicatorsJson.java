package convenio.history;

import static convenio.history.HistoryTexts.M;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import convenio.model.Money;
import java.util.List;
import java.util.Map;

/**
 * The indicators as JSON: one schema for the CLI, HTTP and the HTML report. Money and rates are exact decimal numbers
 * (two places), never floating point; a rate without a base (nothing presented, nothing appealed) is null. Keys are
 * snake_case, dimensions by their {@code --by} names.
 */
public final class IndicatorsJson {
  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What the two rates across operators mean, written next to them wherever they are shown. */

  private IndicatorsJson() {}

  public static String write(Indicators i) {
    try {
      return JSON.writeValueAsString(tree(i)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a tree of plain nodes", e);
    }
  }

  public static ObjectNode tree(Indicators i) {
    ObjectNode root = F.objectNode();
    ObjectNode q = root.putObject("query");
    q.put("from", i.query().from() == null ? null : i.query().from().toString());
    q.put("to", i.query().to() == null ? null : i.query().to().toString());
    ArrayNode by = q.putArray("by");
    i.query().by().forEach(d -> by.add(d.key()));
    q.put("target_percent", i.query().targetPercent());
    ObjectNode s = root.putObject("summary");
    s.set("total", row(i.total()));
    s.put("pooled_rate", i.pooledRate());
    s.put("pooled_rate_note", M.get("note.pooled"));
    s.put("mean_operator_rate", i.meanOperatorRate());
    s.put("mean_operator_rate_note", M.get("note.mean"));
    s.set("operators", rows(i.operators()));
    root.set("rows", rows(i.rows()));
    ArrayNode pareto = root.putArray("pareto");
    for (Indicators.Pareto p : i.pareto()) {
      pareto.addObject().put("code", p.code()).put("description", p.description()).put("group", p.group())
          .put("class", p.glosaClass()).put("glosed", money(p.glosed())).put("share", p.share())
          .put("cumulative_share", p.cumulativeShare());
    }
    ObjectNode charts = root.putObject("charts");
    charts.set("rate_by_operator_month", rows(i.byOperatorMonth()));
    charts.set("class_by_month", rows(i.byMonthClass()));
    charts.set("by_month", rows(i.byMonth()));
    return root;
  }

  private static ArrayNode rows(List<Indicators.Row> rows) {
    ArrayNode a = F.arrayNode();
    for (Indicators.Row r : rows) a.add(row(r));
    return a;
  }

  static ObjectNode row(Indicators.Row r) {
    ObjectNode n = F.objectNode();
    for (Map.Entry<Dimension, String> e : r.key().entrySet()) n.put(e.getKey().key(), e.getValue());
    n.put("presented", money(r.presented()));
    n.put("glosed", money(r.glosed()));
    n.put("glosa_rate", r.rate());
    n.put("above_target", r.aboveTarget());
    n.put("appealed", money(r.appealed()));
    n.put("recovered", money(r.recovered()));
    n.put("recovery_rate", r.recoveryRate());
    n.put("not_appealed", money(r.notAppealed()));
    n.put("final_glosed", money(r.finalGlosed()));
    n.put("final_rate", r.finalRate());
    n.put("average_days_to_answer", r.averageDaysToAnswer());
    n.put("items", r.items());
    n.put("glosas", r.glosas());
    return n;
  }

  static java.math.BigDecimal money(Money m) {
    return m.toBigDecimal();
  }
}
