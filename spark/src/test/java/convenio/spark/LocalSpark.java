package convenio.spark;

import org.apache.spark.sql.SparkSession;

/** One Spark in local mode for every test of the module (starting one takes seconds): two cores, no UI. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("convenio-spark-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.datetime.java8API.enabled", "true")
          .getOrCreate();
    }
    return session;
  }
}
