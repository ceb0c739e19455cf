package convenio.spark;

import static convenio.spark.SparkTexts.M;

import convenio.i18n.Lang;
import convenio.tiss.ReadOptions;
import convenio.tiss.TissException;
import convenio.tiss.TissProblem;
import convenio.tiss.TissReadResult;
import convenio.tiss.TissReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * A folder of TISS XML lotes (and its subfolders) to the account table, read in parallel by the same reader the JVM
 * uses ({@link TissReader}): each lote becomes one account whose {@code account_id} is the file's path below the
 * folder ({@code 2025/03/lote-639.xml}). A lote the reader could not read whole (a guide skipped: a value the
 * model cannot take, a broken message) is left out, not half-priced, and every problem is reported with its file,
 * line and column.
 */
public final class LoteImport {
  private LoteImport() {}

  /** The table and what reading found: problems as {@code file:line:column: message}, and how many lotes. */
  public record Imported(Dataset<Row> accounts, List<String> problems, long lotes, long lotesLeftOut) {}

  /** One lote read: its rows, or none when it is left out, and its problems. */
  record Lote(String file, List<Row> rows, List<String> problems, boolean leftOut) implements Serializable {}

  public static Imported read(SparkSession spark, String folder, boolean validate) {
    Sessions.prepare(spark);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String base;
    try {
      Path dir = new Path(folder);
      FileSystem fs = dir.getFileSystem(jsc.hadoopConfiguration());
      if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
        throw new JobException(M.get("lotes.no.folder", folder));
      }
      base = fs.makeQualified(dir).toString();
    } catch (IOException e) {
      throw new JobException(M.get("lotes.unreadable", folder, e.getMessage()));
    }
    jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(folder);
    Lang lang = Lang.current();
    JavaRDD<Lote> lotes = files
        .filter(f -> f._1().toLowerCase(Locale.ROOT).endsWith(".xml"))
        .map(f -> SparkTexts.in(lang,
            () -> read(relative(base, f._1()), f._2(), ReadOptions.DEFAULTS.withValidation(validate))))
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<String> problems = new ArrayList<>(lotes.flatMap(l -> l.problems().iterator()).collect());
    problems.sort(null);
    long count = lotes.count();
    long leftOut = lotes.filter(Lote::leftOut).count();
    if (count == 0) throw new JobException(M.get("lotes.none", folder));
    JavaRDD<Row> rows = lotes.flatMap(l -> l.rows().iterator());
    return new Imported(spark.createDataFrame(rows, AccountTable.SCHEMA), problems, count, leftOut);
  }

  static String relative(String base, String file) {
    String prefix = base.endsWith("/") ? base : base + "/";
    return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
  }

  static Lote read(String file, PortableDataStream data, ReadOptions options) {
    List<String> problems = new ArrayList<>();
    try (InputStream in = data.open()) {
      TissReadResult r = new TissReader(options).read(in);
      boolean lost = false;
      for (TissProblem p : r.problems()) {
        // A schema error (asked for with --validate) loses nothing: the message was still read whole.
        lost |= p.isError() && p.kind() != TissProblem.Kind.SCHEMA;
        problems.add(file + (p.line() > 0 ? ":" : ": ") + p);
      }
      if (r.account() == null || lost) {
        problems.add(M.get("lote.left.out.partly", file));
        return new Lote(file, List.of(), problems, true);
      }
      return new Lote(file, AccountRows.rows(file, r.account()), problems, false);
    } catch (TissException e) {
      problems.add(file + ": " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      problems.add(M.get("lotes.unreadable", file, e.getMessage()));
    }
    problems.add(M.get("lote.left.out", file));
    return new Lote(file, List.of(), problems, true);
  }
}
