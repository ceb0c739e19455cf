package convenio.tables;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Table files read with jackson-dataformat-csv (RFC 4180): separator ';' or ',' (whichever the first line uses; ';'
 * wins, since Brazilian spreadsheets write ',' in decimals), double-quoted cells with "" escapes and line breaks
 * inside quotes. A record keeps the line it starts on, so a cell with a line break does not shift the lines of the
 * records after it. Blank lines are skipped.
 */
final class CsvRows {
  private static final CsvMapper CSV = new CsvMapper();

  private CsvRows() {}

  /** A record and the 1-based line of the file where it starts. */
  record Line(int number, List<String> cells) {}

  /** A file that is not CSV (e.g. a quote never closed), with the line where reading stopped. */
  static final class Unreadable extends Exception {
    final int line;

    Unreadable(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  static List<Line> read(String text) throws Unreadable {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(body)).withQuoteChar('"')
        .withoutEscapeChar();
    List<Line> out = new ArrayList<>();
    try (CsvParser p = CSV.getFactory().createParser(body)) {
      p.setSchema(schema);
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      if (p.nextToken() != JsonToken.START_ARRAY) return out;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        int line = (int) p.currentLocation().getLineNr(); // where the record starts
        List<String> cells = new ArrayList<>();
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) cells.add(p.getText());
        if (cells.size() == 1 && cells.get(0).isBlank()) continue; // a line of spaces
        out.add(new Line(line, cells));
      }
    } catch (IOException e) {
      int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
          ? j.getLocation().getLineNr() : 0;
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new Unreadable(line, msg);
    }
    return out;
  }

  private static char separator(String body) {
    for (String l : body.split("\r?\n", 50)) {
      if (!l.isBlank()) return l.indexOf(';') >= 0 ? ';' : ',';
    }
    return ',';
  }
}
