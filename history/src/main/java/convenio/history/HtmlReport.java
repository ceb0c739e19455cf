package convenio.history;

import static convenio.history.HistoryTexts.M;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained HTML file: the indicators' JSON embedded in the page and drawn there as inline SVG by a script in
 * the same file (no network, no library, nothing else to open it with than a browser). Charts: glosa rate per operator
 * and month against the target line, administrative vs technical per month, the Pareto of codes, initial vs final
 * glosa per month. Every bar and point carries its figure in a data-value attribute, as written in the JSON. Its
 * words are in the current language (the history's bundle), the figures the same in both.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page's headings, in the current language ({{key}} in the template). */
  private static final List<String> HEADINGS = List.of("html.lang", "html.title", "html.heading", "html.chart.rate",
      "html.chart.class", "html.chart.pareto", "html.chart.final");

  public static String write(Indicators i) {
    // "</" would close the script element the JSON sits in; in JSON it is the same text as "<\/".
    String json = IndicatorsJson.write(i).replace("</", "<\\/");
    String page = template();
    for (String k : HEADINGS) page = page.replace("{{" + k + "}}", escape(M.get(k)));
    return page.replace("/*TEXTS*/", texts().replace("</", "<\\/")).replace("/*DATA*/", json);
  }

  /** The words the page's script writes, {0} {1} left for it to fill. */
  private static String texts() {
    ObjectNode t = JsonNodeFactory.instance.objectNode();
    t.put("period", M.get("html.period", "{0}", "{1}", "{2}"));
    t.put("start", M.get("html.start"));
    t.put("end", M.get("html.end"));
    t.put("presented", M.get("html.presented"));
    t.put("glosed", M.get("html.glosed"));
    t.put("final", M.get("html.final"));
    t.put("appealed", M.get("html.appealed"));
    t.put("recovered", M.get("html.recovered"));
    t.put("rate", M.get("html.rate", "{0}"));
    t.put("pooled_note", M.get("note.pooled"));
    t.put("mean_note", M.get("note.mean"));
    t.put("target", M.get("html.target", "{0}"));
    t.put("administrative", M.get("html.administrative"));
    t.put("technical", M.get("html.technical"));
    t.put("cumulative", M.get("html.cumulative", "{0}", "{1}"));
    t.put("initial", M.get("html.initial.glosa"));
    t.put("final_glosa", M.get("html.final.glosa"));
    return t.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
