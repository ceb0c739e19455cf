package convenio.server;

import static convenio.server.ServerTexts.M;

import com.sun.net.httpserver.HttpExchange;
import convenio.history.Dimension;
import convenio.history.HistoryException;
import convenio.history.HistoryStore;
import convenio.history.HtmlReport;
import convenio.history.IndicatorQuery;
import convenio.history.Indicators;
import convenio.history.IndicatorsCsv;
import convenio.history.IndicatorsJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /indicators?from=YYYY-MM&to=YYYY-MM&by=operator,month&target=2&format=json|csv|html}: the glosa
 * indicators of the history the service was started with ({@code convenio serve --history DB}), in the same JSON as
 * {@code convenio indicators --format json}. Each request opens the store and closes it.
 */
final class IndicatorsHandler {
  private final String db;

  IndicatorsHandler(String db) {
    this.db = db;
  }

  void handle(HttpExchange ex) throws IOException {
    if (!ex.getRequestMethod().equals("GET")) throw new ApiError(405, "method", M.get("method.use", "GET /indicators"));
    if (db == null) {
      throw new ApiError(404, "no-history", M.get("no.history"));
    }
    Map<String, String> q = Http.query(ex);
    IndicatorQuery query;
    try {
      List<Dimension> by = new ArrayList<>();
      for (String d : q.getOrDefault("by", "operator,month").split(",")) if (!d.isBlank()) by.add(Dimension.parse(d));
      query = new IndicatorQuery(month(q.get("from")), month(q.get("to")), by,
          q.get("target") == null ? null : new BigDecimal(q.get("target")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new ApiError(400, "bad-query", e.getMessage());
    }
    Indicators i;
    try (HistoryStore store = HistoryStore.open(db)) {
      i = store.indicators(query);
    } catch (HistoryException e) {
      throw new ApiError(503, "history-unavailable", e.getMessage());
    }
    switch (q.getOrDefault("format", "json")) {
      case "json" -> Http.send(ex, 200, "application/json; charset=utf-8", IndicatorsJson.write(i).getBytes(StandardCharsets.UTF_8));
      case "csv" -> Http.send(ex, 200, "text/csv; charset=utf-8", IndicatorsCsv.write(i).getBytes(StandardCharsets.UTF_8));
      case "html" -> Http.send(ex, 200, "text/html; charset=utf-8", HtmlReport.write(i).getBytes(StandardCharsets.UTF_8));
      default -> throw new ApiError(400, "bad-query", M.get("bad.format"));
    }
  }

  private static YearMonth month(String s) {
    return s == null || s.isBlank() ? null : YearMonth.parse(s);
  }
}
