package convenio.spark;

import static convenio.spark.SparkTexts.M;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType$;
import org.apache.spark.sql.types.LongType$;
import org.apache.spark.sql.types.ShortType$;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The account table: one row per item, with its guide's and its account's fields repeated on every row. The columns
 * are the keys of the YAML/JSON account form (docs/account-format.md) in snake_case, prefixed where two levels share
 * a key ({@code guide_start_time} and the item's {@code start_time}); three more say where a row belongs:
 * {@code account_id} (the account — a lote — the row is an item of), {@code guide_pos} and {@code item_pos} (the
 * guide's place in the lote and the item's in its guide, from 0), so an account is rebuilt exactly as it was
 * presented. docs/spark.md lists every column.
 */
public final class AccountTable {
  private AccountTable() {}

  /** Money as TISS carries it (st_decimal10-2, the guides' totals larger): exact, two places. */
  public static final DecimalType MONEY = createDecimalType(15, 2);
  /** Quantities (TISS qtdExecutada, st_decimal7-4) and factors (reducaoAcrescimo, st_decimal3-2). */
  public static final DecimalType QUANTITY = createDecimalType(11, 4);
  public static final DecimalType FACTOR = createDecimalType(5, 2);

  public static final StructType TEAM_MEMBER = createStructType(new StructField[] {
      createStructField("degree", StringType, true), createStructField("name", StringType, true),
      createStructField("code", StringType, true), createStructField("council", StringType, true),
      createStructField("council_number", StringType, true), createStructField("state", StringType, true)});

  public static final StructType SCHEMA = createStructType(new StructField[] {
      // where the row belongs
      createStructField("account_id", StringType, false),
      createStructField("guide_pos", IntegerType, false),
      createStructField("item_pos", IntegerType, false),
      // the account (the lote)
      createStructField("lote_number", StringType, true),
      createStructField("tiss_version", StringType, true),
      createStructField("operator_ans", StringType, true),
      createStructField("sent_on", DateType, true),
      createStructField("provider_code", StringType, true),
      createStructField("provider_cnpj", StringType, true),
      createStructField("provider_cpf", StringType, true),
      createStructField("provider_name", StringType, true),
      createStructField("provider_cnes", StringType, true),
      // the guide
      createStructField("guide_number", StringType, false),
      createStructField("guide_type", StringType, false),
      createStructField("guide_operator_number", StringType, true),
      createStructField("main_guide_number", StringType, true),
      createStructField("authorization_number", StringType, true),
      createStructField("authorization_date", DateType, true),
      createStructField("character", StringType, true),
      createStructField("accommodation", StringType, true),
      createStructField("billing_type", StringType, true),
      createStructField("discharge_reason", StringType, true),
      createStructField("guide_start_date", DateType, true),
      createStructField("guide_start_time", StringType, true),
      createStructField("guide_end_date", DateType, true),
      createStructField("guide_end_time", StringType, true),
      createStructField("presented_total", MONEY, true),
      createStructField("card_number", StringType, true),
      createStructField("beneficiary_name", StringType, true),
      createStructField("congenere", StringType, true),
      createStructField("newborn", BooleanType, true),
      createStructField("executor_code", StringType, true),
      createStructField("executor_cnpj", StringType, true),
      createStructField("executor_cpf", StringType, true),
      createStructField("executor_name", StringType, true),
      createStructField("executor_cnes", StringType, true),
      // the item
      createStructField("seq", IntegerType, true),
      createStructField("kind", StringType, true),
      createStructField("table", StringType, true),
      createStructField("code", StringType, false),
      createStructField("description", StringType, true),
      createStructField("quantity", QUANTITY, true),
      createStructField("authorized_quantity", QUANTITY, true),
      createStructField("unit", StringType, true),
      createStructField("date", DateType, true),
      createStructField("start_time", StringType, true),
      createStructField("end_time", StringType, true),
      createStructField("route", StringType, true),
      createStructField("technique", StringType, true),
      createStructField("factor", FACTOR, true),
      createStructField("unit_value", MONEY, true),
      createStructField("total_value", MONEY, true),
      createStructField("degree", StringType, true),
      createStructField("team", createArrayType(TEAM_MEMBER, false), true)});

  /** Columns a table must have; every other one may be left out (it is read as null). */
  static final Set<String> REQUIRED = Set.of("account_id", "guide_pos", "item_pos", "guide_number", "guide_type",
      "code");
  private static final Set<String> MONEY_COLUMNS = Set.of("presented_total", "unit_value", "total_value");

  /**
   * The table as the jobs read it: its columns in {@link #SCHEMA}'s order and types, missing optional columns as
   * nulls. Types must already be the table's: codes are text (a number would have lost its leading zeros) and money
   * is decimal with at most two places — never a double, whose cents are not exact.
   */
  public static Dataset<Row> conform(Dataset<Row> table) {
    StructType have = table.schema();
    List<String> problems = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (StructField want : SCHEMA.fields()) {
      String name = want.name();
      StructField got = find(have, name);
      if (got == null) {
        if (REQUIRED.contains(name)) problems.add(M.get("column.missing", name));
        columns.add(functions.lit(null).cast(want.dataType()).as(name));
        continue;
      }
      String wrong = accepts(want.dataType(), got.dataType(), MONEY_COLUMNS.contains(name));
      if (wrong != null) problems.add(M.get("column.wrong", name, got.dataType().simpleString(), wrong));
      Column c = functions.col("`" + got.name() + "`");
      // the same type but for nullability (Parquet reads every column as nullable) is taken as it is
      columns.add((got.dataType().catalogString().equals(want.dataType().catalogString()) ? c
          : c.cast(want.dataType())).as(name));
    }
    if (find(have, "unit_value") == null && find(have, "total_value") == null) {
      problems.add(M.get("column.no.value"));
    }
    if (!problems.isEmpty()) {
      throw new JobException(M.get("table.columns", String.join("\n  ", problems)));
    }
    return table.select(columns.toArray(Column[]::new));
  }

  private static StructField find(StructType schema, String name) {
    for (StructField f : schema.fields()) if (f.name().equalsIgnoreCase(name)) return f;
    return null;
  }

  /** Null when {@code got} is read as {@code want} exactly; otherwise why not. */
  private static String accepts(DataType want, DataType got, boolean money) {
    // Parquet files read back have every column nullable: nullability is not part of what must match
    if (want.catalogString().equals(got.catalogString())) return null;
    if (want instanceof DecimalType w) {
      if (!(got instanceof DecimalType g)) {
        return M.get("type.expected", w.simpleString()) + (money ? M.get("type.money") : "");
      }
      if (g.scale() > w.scale()) return M.get("type.decimals", w.scale());
      if (g.precision() - g.scale() > w.precision() - w.scale()) return M.get("type.digits", w.simpleString());
      return null;
    }
    if (want.equals(IntegerType)) {
      return got.equals(ShortType$.MODULE$) || got.equals(IntegerType$.MODULE$) || got.equals(LongType$.MODULE$)
          ? null : M.get("type.integer");
    }
    if (want instanceof org.apache.spark.sql.types.ArrayType) return M.get("type.expected", want.simpleString());
    return M.get("type.expected", want.simpleString()) + (want.equals(StringType) ? M.get("type.code") : "");
  }
}
