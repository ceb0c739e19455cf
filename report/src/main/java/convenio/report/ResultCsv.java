package convenio.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import convenio.model.Glosa;
import convenio.model.GuideResult;
import convenio.model.ItemResult;
import convenio.model.PricingResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A priced account as CSV for spreadsheets, one row per item, written with jackson-dataformat-csv (RFC 4180: a cell
 * with a comma, a quote or a line break is quoted). The columns are the item fields of {@code docs/result.schema.json}
 * under the same names; money is the same decimal string ({@code 1234.56}); an item's glosas are joined with
 * {@code ;} in {@code glosaCodes} and {@code glosaValues} (same order).
 */
public final class ResultCsv {
  public static final List<String> COLUMNS = List.of("file", "lote", "guide", "seq", "kind", "table", "code",
      "description", "degree", "quantity", "date", "presented", "unitPrice", "allowed", "paidQuantity", "paid",
      "glosed", "raised", "glosaCodes", "glosaValues", "pricedAt");
  private static final CsvMapper CSV = new CsvMapper();

  private ResultCsv() {}

  /** The header line. */
  public static String header() {
    return write(List.of(COLUMNS));
  }

  /** The rows of one account (no header); {@code file} names the account file in the first column. */
  public static String rows(String file, PricingResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (GuideResult g : r.guides()) {
      for (ItemResult i : g.items()) {
        List<String> codes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Glosa gl : i.glosas()) {
          codes.add(gl.code());
          values.add(ResultJson.money(gl.value()));
        }
        rows.add(java.util.Arrays.asList(file, r.account().loteNumber(), g.guide().number(),
            String.valueOf(i.item().seq()), i.item().kind() == null ? null : i.item().kind().languageName(),
            i.item().table(), i.item().code(), i.item().description(), i.item().degree(),
            i.item().quantity() == null ? null : i.item().quantity().toPlainString(),
            i.item().date() == null ? null : i.item().date().toString(), ResultJson.money(i.presented()),
            ResultJson.money(i.contractUnit()), ResultJson.money(i.allowed()),
            i.paidQuantity() == null ? null : i.paidQuantity().toPlainString(), ResultJson.money(i.paid()),
            ResultJson.money(i.glosed()), ResultJson.money(i.raised()), String.join(";", codes),
            String.join(";", values), i.source() == null ? null : ResultJson.at(i.source().pos())));
      }
    }
    return write(rows);
  }

  /** Rows of any shape (the diff's too), quoted where RFC 4180 needs it. */
  static String write(List<? extends List<String>> rows) {
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
    try {
      return CSV.writer(schema).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSV rows", e); // lists of strings always write
    }
  }
}
