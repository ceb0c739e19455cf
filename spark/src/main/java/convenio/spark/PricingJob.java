package convenio.spark;

import convenio.i18n.Lang;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Prices an account table with a folder of compiled contracts. The rows are grouped by {@code account_id} and each
 * account is priced whole, in one task, by the same engine the JVM runs: whatever a rule counts across an account —
 * limits per day or per account, duplicates, access routes across guides — sees all of it, as it would in one JVM.
 */
public final class PricingJob {
  private PricingJob() {}

  /** The priced table ({@link PricedTable#SCHEMA}) of {@code accounts} (any table {@link AccountTable} accepts). */
  public static Dataset<Row> price(SparkSession spark, Dataset<Row> accounts, ContractBundle contracts) {
    Sessions.prepare(spark);
    Dataset<Row> table = AccountTable.conform(accounts);
    Broadcast<ContractBundle> bundle = Sessions.broadcast(spark, contracts);
    int key = AccountRows.at("account_id");
    Lang lang = Lang.current();
    return table
        .groupByKey((MapFunction<Row, String>) r -> r.getString(key), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, rows) -> SparkTexts.in(lang, () -> {
          List<Row> all = collect(rows);
          AccountPricing.Outcome o = AccountPricing.price(id, all, bundle.value().snapshot());
          return AccountPricing.rows(o, all).iterator();
        }), Encoders.row(PricedTable.SCHEMA));
  }

  static List<Row> collect(Iterator<Row> rows) {
    List<Row> all = new ArrayList<>();
    rows.forEachRemaining(all::add);
    return all;
  }
}
