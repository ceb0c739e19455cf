package convenio.spark;

import convenio.api.Priced;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import convenio.model.PriceSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Every priced value of an item as one line of text, from the JVM engine's result and from a row of the priced
 * table, so that a difference shows as the two lines side by side.
 */
final class Lines {
  private Lines() {}

  /** The JVM's lines for an account the registry priced (or could not: {@code error} on each of its items). */
  static List<String> jvm(Priced p, int items) {
    List<String> out = new ArrayList<>();
    if (!p.ok()) {
      for (int i = 0; i < items; i++) out.add("error " + p.error());
      return out;
    }
    var r = p.result();
    String contract = r.contractId() + " v" + r.contractVersion() + " " + r.artifactHash() + " "
        + p.contract().file().getFileName();
    for (GuideResult g : r.guides()) {
      for (ItemResult i : g.items()) {
        StringBuilder glosas = new StringBuilder();
        for (Glosa gl : i.glosas()) {
          glosas.append(" [").append(gl.code()).append(' ').append(num(gl.quantity())).append(' ')
              .append(gl.value().plain()).append(' ').append(gl.text()).append(" | ").append(gl.rule())
              .append(" @ ").append(gl.pos() == null || gl.manual() ? null : gl.pos().toString()).append(']');
        }
        PriceSource s = i.source();
        out.add(g.guide().number() + "#" + i.item().seq() + " " + i.item().code() + " presented "
            + i.presented().plain() + " unit " + plain(i.contractUnit()) + " allowed " + plain(i.allowed())
            + " qty " + num(i.paidQuantity()) + " paid " + i.paid().plain() + " raised " + i.raised().plain()
            + " glosed " + i.glosed().plain() + glosas + " by " + (s == null ? null : s.rule() + " @ " + s.pos()
            + " " + s.table() + " " + s.tableVersion()) + " in " + contract);
      }
    }
    return out;
  }

  /** The same from the priced table's rows of one account, in guide and item order. */
  static List<String> spark(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.<Row>comparingInt(r -> r.getInt(r.fieldIndex("guide_pos")))
        .thenComparingInt(r -> r.getInt(r.fieldIndex("item_pos"))));
    List<String> out = new ArrayList<>();
    for (Row r : sorted) {
      if (r.getAs("error") != null) {
        out.add("error " + r.getAs("error"));
        continue;
      }
      StringBuilder glosas = new StringBuilder();
      List<Row> gls = r.getList(r.fieldIndex("glosas"));
      List<String> codes = r.getList(r.fieldIndex("glosa_codes"));
      List<String> texts = r.getList(r.fieldIndex("glosa_texts"));
      for (int k = 0; k < gls.size(); k++) {
        Row gl = gls.get(k);
        if (!gl.getString(0).equals(codes.get(k)) || !String.valueOf(gl.getString(3)).equals(String.valueOf(texts.get(k)))) {
          throw new AssertionError("glosa_codes/glosa_texts disagree with glosas: " + r);
        }
        glosas.append(" [").append(gl.getString(0)).append(' ').append(num(gl.getDecimal(1))).append(' ')
            .append(gl.getDecimal(2).toPlainString()).append(' ').append(gl.getString(3)).append(" | ")
            .append(gl.getString(4)).append(" @ ").append(gl.getString(5)).append(']');
      }
      String rule = r.getAs("price_rule");
      out.add(r.getAs("guide_number") + "#" + r.getAs("seq") + " " + r.getAs("code") + " presented "
          + dec(r, "presented") + " unit " + dec(r, "contract_unit") + " allowed " + dec(r, "allowed") + " qty "
          + num(r.getAs("paid_quantity")) + " paid " + dec(r, "paid") + " raised " + dec(r, "raised")
          + " glosed " + dec(r, "glosed") + glosas + " by " + (rule == null && r.getAs("price_rule_position") == null
              && r.getAs("price_table") == null ? null : rule + " @ " + r.getAs("price_rule_position") + " "
              + r.getAs("price_table") + " " + r.getAs("price_table_version"))
          + " in " + r.getAs("contract_id") + " v" + r.getAs("contract_version") + " " + r.getAs("contract_hash")
          + " " + r.getAs("contract_file"));
    }
    return out;
  }

  private static String plain(Money m) {
    return m == null ? "null" : m.plain();
  }

  private static String dec(Row r, String column) {
    BigDecimal d = r.getAs(column);
    if (d != null && d.scale() != 2) throw new AssertionError(column + " is not at two places: " + d);
    return d == null ? "null" : d.toPlainString();
  }

  private static String num(BigDecimal d) {
    return d == null ? "null" : d.stripTrailingZeros().toPlainString();
  }
}
