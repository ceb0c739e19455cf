package convenio.history;

import static convenio.history.HistoryTexts.M;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator rows as CSV (RFC 4180, a header line in the current language, decimal points, empty for a rate
 * without a base). The English header is {@link #FIGURES} after the dimensions.
 */
public final class IndicatorsCsv {
  private static final CsvMapper CSV = new CsvMapper();
  static final List<String> FIGURES = List.of("presented", "glosed", "glosa_rate", "target_percent", "above_target",
      "appealed", "recovered", "recovery_rate", "not_appealed", "final_glosed", "final_rate",
      "average_days_to_answer", "items", "glosas");

  private IndicatorsCsv() {}

  public static String write(Indicators i) {
    CsvSchema.Builder schema = CsvSchema.builder();
    List<String> columns = new ArrayList<>();
    for (Dimension d : i.query().by()) columns.add(HistoryTexts.dimension(d));
    columns.addAll(HistoryTexts.list("csv.columns"));
    for (String c : columns) schema.addColumn(c);
    StringWriter out = new StringWriter();
    try (SequenceWriter w = CSV.writer(schema.build().withHeader()).writeValues(out)) {
      for (Indicators.Row r : i.rows()) {
        List<String> line = new ArrayList<>();
        for (Dimension d : i.query().by()) line.add(r.key().get(d));
        line.add(plain(r.presented().toBigDecimal()));
        line.add(plain(r.glosed().toBigDecimal()));
        line.add(plain(r.rate()));
        line.add(plain(i.query().targetPercent()));
        line.add(String.valueOf(r.aboveTarget()));
        line.add(plain(r.appealed().toBigDecimal()));
        line.add(plain(r.recovered().toBigDecimal()));
        line.add(plain(r.recoveryRate()));
        line.add(plain(r.notAppealed().toBigDecimal()));
        line.add(plain(r.finalGlosed().toBigDecimal()));
        line.add(plain(r.finalRate()));
        line.add(plain(r.averageDaysToAnswer()));
        line.add(String.valueOf(r.items()));
        line.add(String.valueOf(r.glosas()));
        w.write(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String plain(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
