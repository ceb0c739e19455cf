package convenio.report;

import static convenio.report.Texts.M;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import convenio.model.Glosa;
import convenio.model.Money;
import convenio.model.Totals;
import convenio.report.ResultDiff.CodeChange;
import convenio.report.ResultDiff.ItemChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link ResultDiff} for the terminal: changed items, then per code, then the totals. */
public final class DiffText {
  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
  private DiffText() {}

  public static String render(ResultDiff d, String beforeName, String afterName) {
    StringBuilder b = new StringBuilder();
    b.append(M.get("diff.before", beforeName)).append('\n').append(M.get("diff.after", afterName)).append('\n');
    b.append('\n').append(M.get("diff.summary", d.items().size(), d.itemsCompared(), Plural.of(d.accounts(), "account")))
        .append('\n');
    if (!d.items().isEmpty()) {
      TextColumns t = new TextColumns(Texts.columns("diff.columns"));
      for (ItemChange c : d.items()) {
        t.row(c.source(), c.guide(), String.valueOf(c.seq()), c.code(), c.paidBefore().format(),
            c.paidAfter().format(), ResultDiff.signed(c.difference()), dash(c.glosasBefore()), dash(c.glosasAfter()));
      }
      b.append(t.render("  "));
    }
    if (!d.codes().isEmpty()) {
      b.append('\n').append(M.get("diff.by.code")).append('\n');
      TextColumns t = new TextColumns(Texts.columns("diff.code.columns"));
      for (CodeChange c : d.codes()) {
        t.row(c.code(), String.valueOf(c.items()), c.paidBefore().format(), c.paidAfter().format(),
            ResultDiff.signed(c.difference()));
      }
      b.append(t.render("  "));
    }
    Money diff = d.after().paid().minus(d.before().paid());
    b.append('\n').append(M.get("diff.total.paid", d.before().paid().format(), d.after().paid().format(),
        ResultDiff.signed(diff), percent(diff, d.before().paid()))).append('\n');
    b.append(M.get("diff.total.glosed", d.before().glosed().format(), d.before().glosaRate(),
        d.after().glosed().format(), d.after().glosaRate())).append('\n');
    return b.toString();
  }

  /**
   * The same as data ({@code $defs/diff} of docs/result.schema.json): the contracts compared (id, version, hash,
   * file), the changed items with their glosas as data, the changes per code, the totals of each side and the
   * difference. Money is a decimal string, as in a priced account.
   */
  public static ObjectNode tree(ResultDiff d, ComparedContract before, ComparedContract after) {
    ObjectNode root = F.objectNode();
    root.set("before", side(before, d.before()));
    root.set("after", side(after, d.after()));
    root.put("accounts", d.accounts()).put("itemsCompared", d.itemsCompared());
    ArrayNode items = root.putArray("items");
    for (ItemChange c : d.items()) {
      ObjectNode n = items.addObject();
      n.put("account", c.source()).put("guide", c.guide()).put("seq", c.seq()).put("code", c.code())
          .put("description", c.description()).put("paidBefore", ResultJson.money(c.paidBefore()))
          .put("paidAfter", ResultJson.money(c.paidAfter())).put("difference", ResultJson.money(c.difference()))
          .put("glosedBefore", ResultJson.money(c.glosedBefore()))
          .put("glosedAfter", ResultJson.money(c.glosedAfter()));
      ArrayNode gb = n.putArray("glosasBefore");
      for (Glosa g : c.glosaListBefore()) gb.add(ResultJson.glosa(g));
      ArrayNode ga = n.putArray("glosasAfter");
      for (Glosa g : c.glosaListAfter()) ga.add(ResultJson.glosa(g));
    }
    ArrayNode codes = root.putArray("codes");
    for (CodeChange c : d.codes()) {
      codes.addObject().put("code", c.code()).put("items", c.items())
          .put("paidBefore", ResultJson.money(c.paidBefore())).put("paidAfter", ResultJson.money(c.paidAfter()))
          .put("difference", ResultJson.money(c.difference()));
    }
    ObjectNode diff = root.putObject("difference");
    Money paid = d.after().paid().minus(d.before().paid());
    diff.put("paid", ResultJson.money(paid)).put("glosed",
        ResultJson.money(d.after().glosed().minus(d.before().glosed())));
    if (d.before().paid().isZero()) {
      diff.putNull("paidPercent");
    } else {
      diff.put("paidPercent", paid.toBigDecimal().multiply(BigDecimal.valueOf(100))
          .divide(d.before().paid().toBigDecimal(), 2, RoundingMode.HALF_UP));
    }
    return root;
  }

  public static String json(ResultDiff d, ComparedContract before, ComparedContract after) {
    return ResultJson.json(tree(d, before, after));
  }

  /** One CSV row per changed item, under a header; glosas as codes and values joined with {@code ;}. */
  public static String csv(ResultDiff d) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("account", "guide", "seq", "code", "description", "paidBefore", "paidAfter", "difference",
        "glosedBefore", "glosedAfter", "glosaCodesBefore", "glosaValuesBefore", "glosaCodesAfter",
        "glosaValuesAfter"));
    for (ItemChange c : d.items()) {
      rows.add(Arrays.asList(c.source(), c.guide(), String.valueOf(c.seq()), c.code(), c.description(),
          ResultJson.money(c.paidBefore()), ResultJson.money(c.paidAfter()), ResultJson.money(c.difference()),
          ResultJson.money(c.glosedBefore()), ResultJson.money(c.glosedAfter()), codes(c.glosaListBefore()),
          values(c.glosaListBefore()), codes(c.glosaListAfter()), values(c.glosaListAfter())));
    }
    return ResultCsv.write(rows);
  }

  private static String codes(List<Glosa> gs) {
    return String.join(";", gs.stream().map(Glosa::code).toList());
  }

  private static String values(List<Glosa> gs) {
    return String.join(";", gs.stream().map(g -> ResultJson.money(g.value())).toList());
  }

  private static ObjectNode side(ComparedContract c, Totals totals) {
    ObjectNode n = F.objectNode();
    ObjectNode k = ResultJson.contract(c.id(), c.version(), c.hash());
    k.put("file", c.file());
    n.set("contract", k);
    n.set("totals", ResultJson.totals(totals));
    return n;
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
