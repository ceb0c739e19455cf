package convenio.spark;

import static convenio.spark.AccountTable.MONEY;
import static convenio.spark.AccountTable.QUANTITY;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The priced table: one row per priced item. For an item of an account no contract could be chosen for (or that
 * could not be read), {@code error} says why and the priced values are null. Otherwise, to the cent:
 * {@code presented + raised = paid + glosed}, and {@code glosed} is the sum of the values in {@code glosas}.
 */
public final class PricedTable {
  private PricedTable() {}

  public static final StructType GLOSA = createStructType(new StructField[] {
      createStructField("code", StringType, false), createStructField("quantity", QUANTITY, true),
      createStructField("value", MONEY, false), createStructField("text", StringType, true),
      createStructField("rule", StringType, true), createStructField("position", StringType, true)});

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("account_id", StringType, false),
      createStructField("lote_number", StringType, true),
      createStructField("operator_ans", StringType, true),
      createStructField("provider", StringType, true),
      createStructField("guide_pos", IntegerType, false),
      createStructField("guide_number", StringType, true),
      createStructField("item_pos", IntegerType, false),
      createStructField("seq", IntegerType, false),
      createStructField("kind", StringType, true),
      createStructField("table", StringType, true),
      createStructField("code", StringType, true),
      createStructField("description", StringType, true),
      createStructField("date", DateType, true),
      createStructField("quantity", QUANTITY, true),
      createStructField("presented", MONEY, true),
      createStructField("contract_unit", MONEY, true),
      createStructField("allowed", MONEY, true),
      createStructField("paid_quantity", QUANTITY, true),
      createStructField("paid", MONEY, true),
      createStructField("raised", MONEY, true),
      createStructField("glosed", MONEY, true),
      createStructField("glosa_codes", createArrayType(StringType, false), true),
      createStructField("glosa_texts", createArrayType(StringType, true), true),
      createStructField("glosas", createArrayType(GLOSA, false), true),
      createStructField("price_rule", StringType, true),
      createStructField("price_rule_position", StringType, true),
      createStructField("price_table", StringType, true),
      createStructField("price_table_version", StringType, true),
      createStructField("contract_id", StringType, true),
      createStructField("contract_version", StringType, true),
      createStructField("contract_hash", StringType, true),
      createStructField("contract_file", StringType, true),
      createStructField("error", StringType, true)});
}
