package convenio.spark;

import convenio.i18n.Lang;
import convenio.i18n.Messages;
import java.util.function.Supplier;

/**
 * The jobs' texts in both languages (convenio/spark/messages*.properties): what the command prints, why a table or a
 * folder is refused, why an account was not priced (the priced table's error column). Column names stay as written.
 */
final class SparkTexts {
  static final Messages M = Messages.of(SparkTexts.class, "convenio.spark.messages");

  private SparkTexts() {}

  /**
   * Runs {@code body} (a task, on an executor) in the driver's language {@code lang}: an executor's JVM may have
   * another locale, and the texts it writes into the tables are read by the person who started the job.
   */
  static <T> T in(Lang lang, Supplier<T> body) {
    return Lang.with(lang, body);
  }
}
