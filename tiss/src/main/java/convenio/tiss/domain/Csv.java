package convenio.tiss.domain;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the RFC 4180 CSV tables kept in resources (the TISS domain tables: quoted cells, doubled quotes, line breaks
 * inside quotes) with jackson-dataformat-csv. Every row has at least as many cells as the header; a shorter one is a
 * broken resource and fails loudly with its line rather than shifting a description into the code column.
 */
public final class Csv {
  private static final CsvMapper CSV = new CsvMapper();

  private Csv() {}

  /** All rows after the header; null when the resource does not exist. */
  public static List<List<String>> rows(String resource) {
    InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) return null;
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return rows(r, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The rows after the header of a CSV text; {@code name} names it in errors. */
  public static List<List<String>> rows(Reader text, String name) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar();
    List<List<String>> rows = new ArrayList<>();
    try (CsvParser p = CSV.getFactory().createParser(text)) {
      p.setSchema(schema);
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      if (p.nextToken() != JsonToken.START_ARRAY) return rows;
      int width = -1;
      while (p.nextToken() == JsonToken.START_ARRAY) {
        long line = p.currentLocation().getLineNr(); // where the record starts
        List<String> cells = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) cells.add(p.getText());
        if (cells.size() == 1 && cells.get(0).isBlank()) continue;
        if (width < 0) {
          width = cells.size(); // the header
          continue;
        }
        if (cells.size() < width) {
          throw new IllegalStateException(name + ":" + line + ": " + cells.size() + " cell(s) where the header has "
              + width);
        }
        rows.add(List.copyOf(cells));
      }
    }
    return rows;
  }
}
