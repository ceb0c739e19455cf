package convenio.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML file: the indicators' JSON embedded in the page and drawn there as inline SVG by a script in
 * the same file (no network, no library, nothing else to open it with than a browser). Charts: glosa rate per operator
 * and month against the target line, administrative vs technical per month, the Pareto of codes, initial vs final
 * glosa per month. Every bar and point carries its figure in a data-value attribute, as written in the JSON.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String write(Indicators i) {
    // "</" would close the script element the JSON sits in; in JSON it is the same text as "<\/".
    String json = IndicatorsJson.write(i).replace("</", "<\\/");
    return template().replace("/*DATA*/", json);
  }

  private static String template() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report/report.html")) {
      if (in == null) throw new IllegalStateException("missing report/report.html");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
