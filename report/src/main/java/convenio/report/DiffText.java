package convenio.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import convenio.model.Money;
import convenio.report.ResultDiff.CodeChange;
import convenio.report.ResultDiff.ItemChange;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A {@link ResultDiff} for the terminal: changed items, then per code, then the totals. */
public final class DiffText {
  private DiffText() {}

  public static String render(ResultDiff d, String beforeName, String afterName) {
    StringBuilder b = new StringBuilder();
    b.append("before: ").append(beforeName).append('\n').append("after:  ").append(afterName).append('\n');
    b.append('\n').append(d.items().size()).append(" of ").append(d.itemsCompared()).append(" items priced differently in ")
        .append(d.accounts()).append(d.accounts() == 1 ? " account" : " accounts").append('\n');
    if (!d.items().isEmpty()) {
      TextColumns t = new TextColumns("account", "guide", "seq>", "code", "paid before>", "paid after>",
          "difference>", "glosas before", "glosas after");
      for (ItemChange c : d.items()) {
        t.row(c.source(), c.guide(), String.valueOf(c.seq()), c.code(), c.paidBefore().format(),
            c.paidAfter().format(), ResultDiff.signed(c.difference()), dash(c.glosasBefore()), dash(c.glosasAfter()));
      }
      b.append(t.render("  "));
    }
    if (!d.codes().isEmpty()) {
      b.append('\n').append("By code:\n");
      TextColumns t = new TextColumns("code", "items>", "paid before>", "paid after>", "difference>");
      for (CodeChange c : d.codes()) {
        t.row(c.code(), String.valueOf(c.items()), c.paidBefore().format(), c.paidAfter().format(),
            ResultDiff.signed(c.difference()));
      }
      b.append(t.render("  "));
    }
    Money diff = d.after().paid().minus(d.before().paid());
    b.append('\n').append("Total paid:   before ").append(d.before().paid().format()).append(" · after ")
        .append(d.after().paid().format()).append(" · difference ").append(ResultDiff.signed(diff))
        .append(percent(diff, d.before().paid())).append('\n');
    b.append("Total glosed: before ").append(d.before().glosed().format()).append(" (").append(d.before().glosaRate())
        .append(") · after ").append(d.after().glosed().format()).append(" (").append(d.after().glosaRate())
        .append(")\n");
    return b.toString();
  }

  /** The same as data: {@code items}, {@code codes}, {@code before}/{@code after} totals and {@code difference}. */
  public static String json(ResultDiff d) {
    ObjectNode root =
        JsonNodeFactory.withExactBigDecimals(true).objectNode();
    root.put("accounts", d.accounts()).put("items_compared", d.itemsCompared());
    ArrayNode items = root.putArray("items");
    for (ItemChange c : d.items()) {
      items.addObject().put("account", c.source()).put("guide", c.guide()).put("seq", c.seq()).put("code", c.code())
          .put("paid_before", c.paidBefore().toBigDecimal()).put("paid_after", c.paidAfter().toBigDecimal())
          .put("difference", c.difference().toBigDecimal()).put("glosas_before", c.glosasBefore())
          .put("glosas_after", c.glosasAfter());
    }
    ArrayNode codes = root.putArray("codes");
    for (CodeChange c : d.codes()) {
      codes.addObject().put("code", c.code()).put("items", c.items()).put("paid_before", c.paidBefore().toBigDecimal())
          .put("paid_after", c.paidAfter().toBigDecimal()).put("difference", c.difference().toBigDecimal());
    }
    root.set("before", ResultTree.totals(d.before()));
    root.set("after", ResultTree.totals(d.after()));
    root.put("difference", d.after().paid().minus(d.before().paid()).toBigDecimal());
    return ResultTree.json(root);
  }

  private static String percent(Money diff, Money base) {
    if (base.isZero()) return "";
    BigDecimal p = diff.toBigDecimal().multiply(BigDecimal.valueOf(100))
        .divide(base.toBigDecimal(), 2, RoundingMode.HALF_UP);
    return " (" + (p.signum() > 0 ? "+" : "") + p.stripTrailingZeros().toPlainString().replace('.', ',') + "%)";
  }

  private static String dash(String s) {
    return s.isEmpty() ? "-" : s;
  }
}
