package convenio.spark;

import static convenio.spark.SparkTexts.M;

import convenio.i18n.Lang;
import static convenio.spark.AccountTable.MONEY;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a renegotiation changes, at scale: the same accounts priced under two folders of contracts (before and
 * after), compared item by item as {@code convenio diff} compares them — an item changed when its paid value or its
 * glosas (code and value) differ — and summed per code, per provider and in total. Each account is priced under both
 * folders in the same task, whole, so both sides see the same account.
 */
public final class RenegotiationJob {
  private RenegotiationJob() {}

  /** One row per item; the {@code _before}/{@code _after} values are null on the side that could not price it. */
  public static final StructType ITEMS = createStructType(new StructField[] {
      createStructField("account_id", StringType, false),
      createStructField("provider", StringType, true),
      createStructField("lote_number", StringType, true),
      createStructField("guide_pos", IntegerType, false),
      createStructField("guide_number", StringType, true),
      createStructField("item_pos", IntegerType, false),
      createStructField("seq", IntegerType, true),
      createStructField("code", StringType, true),
      createStructField("description", StringType, true),
      createStructField("presented", MONEY, true),
      createStructField("paid_before", MONEY, true),
      createStructField("paid_after", MONEY, true),
      createStructField("difference", MONEY, true),
      createStructField("glosed_before", MONEY, true),
      createStructField("glosed_after", MONEY, true),
      createStructField("raised_before", MONEY, true),
      createStructField("raised_after", MONEY, true),
      createStructField("glosas_before", StringType, true),
      createStructField("glosas_after", StringType, true),
      createStructField("contract_before", StringType, true),
      createStructField("contract_after", StringType, true),
      createStructField("changed", BooleanType, true),
      createStructField("error_before", StringType, true),
      createStructField("error_after", StringType, true)});

  /**
   * The four tables: {@code items} (every item), {@code codes} (per code), {@code providers} (per provider) and
   * {@code totals} (one row). The sums count only items priced on both sides ({@code compared}), as the
   * command-line diff compares only accounts it could price twice.
   */
  public record Impact(Dataset<Row> items, Dataset<Row> codes, Dataset<Row> providers, Dataset<Row> totals) {}

  public static Impact compare(SparkSession spark, Dataset<Row> accounts, ContractBundle before,
      ContractBundle after) {
    Sessions.prepare(spark);
    Dataset<Row> table = AccountTable.conform(accounts);
    Broadcast<ContractBundle> a = Sessions.broadcast(spark, before);
    Broadcast<ContractBundle> b = Sessions.broadcast(spark, after);
    int key = AccountRows.at("account_id");
    Lang lang = Lang.current();
    Dataset<Row> items = table
        .groupByKey((MapFunction<Row, String>) r -> r.getString(key), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, rows) -> SparkTexts.in(lang, () -> {
          List<Row> all = PricingJob.collect(rows);
          AccountPricing.Outcome x = AccountPricing.price(id, all, a.value().snapshot());
          AccountPricing.Outcome y = AccountPricing.price(id, all, b.value().snapshot());
          return diff(x, y, all).iterator();
        }), Encoders.row(ITEMS))
        .persist();
    Dataset<Row> compared = items.filter(col("error_before").isNull().and(col("error_after").isNull()));
    Dataset<Row> codes = compared.groupBy("code")
        .agg(count(lit(1)).as("items"), sum("paid_before").as("paid_before"), sum("paid_after").as("paid_after"),
            sum("difference").as("difference"))
        .orderBy("code");
    Dataset<Row> providers = compared.groupBy("provider")
        .agg(countDistinct("account_id").as("accounts"), count(lit(1)).as("items"),
            sum("presented").as("presented"), sum("paid_before").as("paid_before"),
            sum("paid_after").as("paid_after"), sum("difference").as("difference"),
            sum("glosed_before").as("glosed_before"), sum("glosed_after").as("glosed_after"))
        .orderBy("provider");
    Dataset<Row> totals = items.agg(
        countDistinct(when(bothPriced(), col("account_id"))).as("accounts_compared"),
        countDistinct(when(bothPriced().unary_$bang(), col("account_id"))).as("accounts_not_compared"),
        count(when(bothPriced(), lit(1))).as("items_compared"),
        count(when(col("changed"), lit(1))).as("items_changed"),
        sumIf("presented"), sumIf("paid_before"), sumIf("paid_after"), sumIf("difference"),
        sumIf("glosed_before"), sumIf("glosed_after"), sumIf("raised_before"), sumIf("raised_after"));
    return new Impact(items, codes, providers, totals);
  }

  private static Column bothPriced() {
    return col("error_before").isNull().and(col("error_after").isNull());
  }

  private static Column sumIf(String column) {
    return sum(when(bothPriced(), col(column))).as(column);
  }

  /** One row per item of the account, the two outcomes side by side. */
  static List<Row> diff(AccountPricing.Outcome x, AccountPricing.Outcome y, List<Row> inputRows) {
    List<Row> sorted = AccountRows.sorted(inputRows);
    List<ItemResult> xs = flat(x);
    List<ItemResult> ys = flat(y);
    String provider = x.account() != null ? AccountPricing.providerId(x.account().provider()) : null;
    String guideNumber = null;
    List<Row> out = new ArrayList<>(sorted.size());
    for (int k = 0; k < sorted.size(); k++) {
      Row in = sorted.get(k);
      ItemResult p = xs == null ? null : xs.get(k);
      ItemResult q = ys == null ? null : ys.get(k);
      ItemResult any = p != null ? p : q;
      BigDecimal presented = any != null ? any.presented().toBigDecimal() : AccountRows.presented(in);
      boolean both = p != null && q != null;
      String gp = p == null ? null : glosas(p);
      String gq = q == null ? null : glosas(q);
      guideNumber = in.getString(AccountRows.at("guide_number"));
      out.add(RowFactory.create(x.accountId(), provider, in.get(AccountRows.at("lote_number")),
          in.getInt(AccountRows.at("guide_pos")), guideNumber, in.getInt(AccountRows.at("item_pos")),
          any != null ? any.item().seq() : in.get(AccountRows.at("seq")),
          in.get(AccountRows.at("code")), in.get(AccountRows.at("description")), presented,
          money(p == null ? null : p.paid()), money(q == null ? null : q.paid()),
          both ? q.paid().minus(p.paid()).toBigDecimal() : null,
          money(p == null ? null : p.glosed()), money(q == null ? null : q.glosed()),
          money(p == null ? null : p.raised()), money(q == null ? null : q.raised()), gp, gq,
          contract(x), contract(y), both ? (!p.paid().equals(q.paid()) || !gp.equals(gq)) : null,
          x.ok() ? null : x.why(), y.ok() ? null : y.why()));
    }
    return out;
  }

  private static List<ItemResult> flat(AccountPricing.Outcome o) {
    if (!o.ok()) return null;
    List<ItemResult> all = new ArrayList<>();
    for (GuideResult g : o.priced().result().guides()) all.addAll(g.items());
    return all;
  }

  private static String contract(AccountPricing.Outcome o) {
    if (!o.ok()) return null;
    var r = o.priced().result();
    return M.get("contract.version", r.contractId(), r.contractVersion());
  }

  private static BigDecimal money(Money m) {
    return m == null ? null : m.toBigDecimal();
  }

  /** As the command-line diff writes an item's glosas: {@code 1705 R$ 20,00; 2007 R$ 5,75}, or empty. */
  static String glosas(ItemResult r) {
    List<String> parts = new ArrayList<>();
    for (Glosa g : r.glosas()) parts.add(g.code() + " " + g.value().format());
    return String.join("; ", parts);
  }
}
