package convenio.spark;

import static convenio.spark.SparkTexts.M;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import convenio.i18n.Lang;
import convenio.model.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The jobs' command line, the main class of the jobs jar: {@code spark-submit ... convenio-spark-jobs.jar COMMAND}
 * on a cluster, {@code spark/convenio-spark COMMAND} on this machine. Exit status: 0 done; 1 done, but some accounts
 * could not be priced or some lotes were left out (each is named); 2 wrong input, nothing written. The help is in
 * the language of the locale (LANG/LC_ALL, or -Dconvenio.lang=pt|en): English in the annotations, Portuguese in
 * {@code convenio/spark/help_pt.properties}.
 */
@Command(name = "convenio-spark", mixinStandardHelpOptions = true,
    description = "Convenio's Spark jobs: price tables of accounts with folders of compiled contracts.",
    subcommands = {SparkMain.ImportLotes.class, SparkMain.Price.class, SparkMain.Renegotiate.class})
public final class SparkMain implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.out);
    return 2;
  }

  /** The command line with its subcommands, the help in the current language. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SparkMain());
    if (Lang.current() == Lang.PT) cl.setResourceBundle(helpInPortuguese());
    return cl;
  }

  /** The Portuguese texts of the commands' help (picocli's resource bundle keys). */
  static ResourceBundle helpInPortuguese() {
    return ResourceBundle.getBundle("convenio.spark.help", Lang.PT.locale(), SparkMain.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof JobException) {
        line.getErr().println("convenio-spark: " + e.getMessage());
      } else {
        // a failed Spark job: its cause's message, never a stack trace (Spark's log has the details)
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        line.getErr().println("convenio-spark: " + M.get("main.failed", root.getMessage()));
      }
      return 2;
    });
    cl.setErr(new PrintWriter(System.err, true));
    int status = cl.execute(args);
    System.exit(status);
  }

  abstract static class Job implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL", descriptionKey = "master",
        description = "Spark master, e.g. local[2]; spark-submit's --master when given there; else local[*]")
    String master;

    SparkSession session(String name) {
      SparkSession.Builder b = SparkSession.builder().appName("convenio " + name);
      if (master != null) b.master(master);
      else if (!new SparkConf().contains("spark.master")) b.master("local[*]");
      SparkSession spark = b.getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      return spark;
    }
  }

  @Command(name = "import-lotes", mixinStandardHelpOptions = true,
      description = "Turns a folder of TISS XML lotes (subfolders too) into the account table (Parquet).")
  static final class ImportLotes extends Job {
    @Parameters(paramLabel = "LOTES", description = "folder of TISS XML lotes (any Hadoop path)")
    String lotes;

    @Option(names = "--out", required = true, paramLabel = "TABLE", description = "Parquet folder to write")
    String out;

    @Option(names = "--validate", description = "also validate each lote against its TISS release's schema")
    boolean validate;

    @Override
    public Integer call() {
      SparkSession spark = session("import-lotes");
      LoteImport.Imported r = LoteImport.read(spark, lotes, validate);
      r.problems().forEach(System.err::println);
      r.accounts().write().parquet(out);
      Row s = spark.read().parquet(out).agg(count(lit(1)), countDistinct(col("account_id"))).first();
      System.out.println(M.get("import.done", r.lotes(), r.lotesLeftOut(), s.getLong(0), s.getLong(1), out));
      return r.lotesLeftOut() > 0 ? 1 : 0;
    }
  }

  @Command(name = "price", mixinStandardHelpOptions = true,
      description = "Prices an account table with a folder of compiled contracts; writes one row per item.")
  static final class Price extends Job {
    @Option(names = "--accounts", required = true, paramLabel = "TABLE", description = "account table (Parquet)")
    String accounts;

    @Option(names = "--contracts", required = true, paramLabel = "DIR", description = "folder of *.cvc")
    String contracts;

    @Option(names = "--out", required = true, paramLabel = "TABLE", description = "Parquet folder to write")
    String out;

    @Override
    public Integer call() {
      SparkSession spark = session("price");
      ContractBundle bundle = ContractBundle.read(contracts, spark.sparkContext().hadoopConfiguration());
      PricingJob.price(spark, spark.read().parquet(accounts), bundle).write().parquet(out);
      Dataset<Row> priced = spark.read().parquet(out);
      Row s = priced.agg(count(lit(1)), countDistinct(col("account_id")),
          countDistinct(when(col("error").isNotNull(), col("account_id"))), sum("presented"), sum("paid"),
          sum("glosed"), sum("raised")).first();
      System.out.println(M.get("price.done", s.getLong(0), s.getLong(1), contracts, bundle.fileNames().size(), out));
      System.out.println(M.get("price.totals", brl(s, 3), brl(s, 4), brl(s, 5), brl(s, 6)));
      long unpriced = s.getLong(2);
      if (unpriced > 0) {
        System.out.println(M.get("price.unpriced", unpriced));
        priced.filter(col("error").isNotNull()).select("account_id", "error").distinct().orderBy("account_id")
            .limit(20).collectAsList().forEach(r -> System.out.println("  " + r.getString(0) + ": "
                + r.getString(1)));
      }
      return unpriced > 0 ? 1 : 0;
    }
  }

  @Command(name = "renegotiate", mixinStandardHelpOptions = true,
      description = "Prices an account table under two folders of contracts and writes the difference per item, "
          + "per code, per provider and in total.")
  static final class Renegotiate extends Job {
    @Option(names = "--accounts", required = true, paramLabel = "TABLE", description = "account table (Parquet)")
    String accounts;

    @Option(names = "--before", required = true, paramLabel = "DIR", description = "contracts in force (*.cvc)")
    String before;

    @Option(names = "--after", required = true, paramLabel = "DIR", description = "contracts proposed (*.cvc)")
    String after;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "folder to write items/, codes/, providers/ and totals/ (Parquet) into")
    String out;

    @Override
    public Integer call() {
      SparkSession spark = session("renegotiate");
      ContractBundle a = ContractBundle.read(before, spark.sparkContext().hadoopConfiguration());
      ContractBundle b = ContractBundle.read(after, spark.sparkContext().hadoopConfiguration());
      RenegotiationJob.Impact impact = RenegotiationJob.compare(spark, spark.read().parquet(accounts), a, b);
      impact.items().write().parquet(out + "/items");
      impact.codes().write().parquet(out + "/codes");
      impact.providers().write().parquet(out + "/providers");
      impact.totals().write().parquet(out + "/totals");
      Row t = spark.read().parquet(out + "/totals").first();
      System.out.println(M.get("renegotiate.done", t.getLong(t.fieldIndex("accounts_compared")),
          t.getLong(t.fieldIndex("items_compared")), t.getLong(t.fieldIndex("items_changed")),
          t.getLong(t.fieldIndex("accounts_not_compared"))));
      System.out.println(M.get("renegotiate.paid", brl(t, t.fieldIndex("paid_before")),
          brl(t, t.fieldIndex("paid_after")), signed(t, t.fieldIndex("difference"))));
      System.out.println(M.get("renegotiate.written", out));
      return t.getLong(t.fieldIndex("accounts_not_compared")) > 0 ? 1 : 0;
    }
  }

  private static String brl(Row r, int i) {
    BigDecimal d = r.isNullAt(i) ? BigDecimal.ZERO : r.getDecimal(i);
    return Money.of(d).format();
  }

  private static String signed(Row r, int i) {
    Money m = Money.of(r.isNullAt(i) ? BigDecimal.ZERO : r.getDecimal(i));
    return m.isNegative() || m.isZero() ? m.format() : "+" + m.format();
  }
}
