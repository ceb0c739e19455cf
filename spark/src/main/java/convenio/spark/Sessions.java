package convenio.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/** What the jobs need of a Spark session, whoever built it (spark-submit, the local command, a test). */
final class Sessions {
  private Sessions() {}

  /** Dates cross between Spark and the model as {@link java.time.LocalDate}: no time zone can shift a day. */
  static void prepare(SparkSession spark) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
  }

  static <T> Broadcast<T> broadcast(SparkSession spark, T value) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(value);
  }
}
