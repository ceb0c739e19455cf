package convenio.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML report in a real headless Chromium (Debian's chromium and chromedriver; {@code .ci/run} installs them):
 * the page loads without console errors, each chart is drawn, and every figure drawn equals the JSON's.
 */
class HtmlReportTest {
  @TempDir
  static Path dir;
  static ChromeDriver browser;
  static JsonNode json;
  static Path page;
  static Indicators indicators;

  @BeforeAll
  static void open() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Fixture.write(data);
    Indicators i;
    try (HistoryStore store = HistoryStore.open(dir.resolve("history").toString())) {
      store.add(List.of(data));
      i = store.indicators(IndicatorQuery.all(Dimension.OPERATOR, Dimension.MONTH));
    }
    json = new ObjectMapper().readTree(IndicatorsJson.write(i));
    indicators = i;
    page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.write(i));
    browser = HeadlessChromium.start();
    browser.get(page.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) browser.quit();
  }

  @Test
  void loadsWithoutErrors() {
    assertEquals("yes", browser.findElement(By.tagName("body")).getDomAttribute("data-drawn"));
    Object errors = ((JavascriptExecutor) browser).executeScript("return window.__errors.length");
    assertEquals(0L, errors);
    assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
  }

  @Test
  void theRateChartDrawsEachOperatorsMonthAndTheTarget() {
    List<WebElement> points = browser.findElements(By.cssSelector("#chart-rate circle.point"));
    // one competência (2026-01), two operators: 15/350 = 4.29% and 10/1000 = 1.00%
    assertEquals(2, points.size());
    Map<String, String> drawn = new HashMap<>();
    for (WebElement p : points) drawn.put(p.getDomAttribute("data-operator") + " " + p.getDomAttribute("data-month"), p.getDomAttribute("data-value"));
    assertNum("4.29", drawn.get("111111 2026-01"));
    assertNum("1.00", drawn.get("222222 2026-01"));
    for (JsonNode r : json.path("charts").path("rate_by_operator_month")) {
      assertNum(r.path("glosa_rate").asText(), drawn.get(r.path("operator").asText() + " " + r.path("month").asText()));
    }
    WebElement target = browser.findElement(By.cssSelector("#chart-rate line.target"));
    assertNum(json.path("query").path("target_percent").asText(), target.getDomAttribute("data-value"));
    assertNum("2.00", target.getDomAttribute("data-value"));
  }

  @Test
  void theOtherChartsDrawTheJsonsFigures() {
    Map<String, String> classes = bars("chart-class");
    // administrative R$ 10 (1705); technical R$ 5 + R$ 10 (2001, 1801)
    assertNum("10.00", classes.get("2026-01 administrative"));
    assertNum("15.00", classes.get("2026-01 technical"));
    for (JsonNode r : json.path("charts").path("class_by_month")) {
      assertNum(r.path("glosed").asText(), classes.get(r.path("month").asText() + " " + r.path("class").asText()));
    }
    Map<String, String> pareto = bars("chart-pareto");
    assertEquals(3, pareto.size());
    for (JsonNode p : json.path("pareto")) assertNum(p.path("glosed").asText(), pareto.get(p.path("code").asText() + " glosed"));
    List<WebElement> cumulative = browser.findElements(By.cssSelector("#chart-pareto circle.cumulative"));
    assertNum("100.00", cumulative.get(cumulative.size() - 1).getDomAttribute("data-value"));
    Map<String, String> fin = bars("chart-final");
    // initial R$ 25 (15 + 10), final R$ 15 (25 − 10 recovered)
    assertNum("25.00", fin.get("2026-01 initial"));
    assertNum("15.00", fin.get("2026-01 final"));
    assertTrue(browser.findElement(By.id("summary")).getText().contains("mean of per-operator rates"));
  }

  /** The same report in Portuguese: the page's words change, its figures and their JSON do not. */
  @Test
  void inPortugueseThePagesWordsAreTheAuditorsAndTheFiguresTheSame() throws Exception {
    assertEquals("Glosas: indicators", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.id("summary")).getText().contains("Glosa rate — mean of per-operator rates"));
    Path pt = dir.resolve("relatorio.html");
    Files.writeString(pt, convenio.i18n.Lang.with(convenio.i18n.Lang.PT, () -> HtmlReport.write(indicators)));
    try {
      browser.get(pt.toUri().toString());
      assertEquals("yes", browser.findElement(By.tagName("body")).getDomAttribute("data-drawn"));
      assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return window.__errors.length"));
      assertEquals("pt-BR", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
      assertEquals("Glosas — indicadores", browser.getTitle());
      assertEquals("Glosas: indicadores", browser.findElement(By.tagName("h1")).getText());
      List<String> headings = browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
      assertEquals(List.of("Taxa de glosa por operadora e competência, e a meta",
          "Administrativa × técnica, por competência (R$ glosado)", "Pareto dos códigos de glosa",
          "Glosa inicial × final (após as respostas aos recursos), por competência"), headings);
      String summary = browser.findElement(By.id("summary")).getText();
      // R$ 1.350,00 presented (350 + 1000), R$ 25,00 glosed (15 + 10), R$ 15,00 final (25 − 10 recovered).
      assertTrue(summary.contains("Apresentado (R$) 1350.00"), summary);
      assertTrue(summary.contains("Glosado (R$) 25.00"), summary);
      assertTrue(summary.contains("Glosa final (R$) 15.00"), summary);
      assertTrue(summary.contains("Taxa de glosa — média das taxas por operadora: cada operadora pesa o mesmo"), summary);
      assertTrue(browser.findElement(By.id("period")).getText().startsWith("Competências início a fim · meta de glosa 2"));
      assertEquals(List.of("administrativa", "técnica"), legend("legend-class"));
      assertEquals(List.of("glosa inicial", "glosa final"), legend("legend-final"));
      assertTrue(browser.findElement(By.cssSelector("#chart-rate")).getText().contains("meta 2"));
      // The bars carry the same figures as in English: the series keys are data, not words.
      assertNum("10.00", bars("chart-class").get("2026-01 administrative"));
    } finally {
      browser.get(page.toUri().toString());
    }
  }

  /** The same number (the page's script reads 1.00 as the number 1, and writes it back as "1"). */
  private static void assertNum(String expected, String drawn) {
    assertTrue(drawn != null && new java.math.BigDecimal(expected).compareTo(new java.math.BigDecimal(drawn)) == 0,
        "expected " + expected + ", drawn " + drawn);
  }

  private static List<String> legend(String id) {
    return browser.findElements(By.cssSelector("#" + id + " span")).stream().map(WebElement::getText).toList();
  }

  private static Map<String, String> bars(String chart) {
    Map<String, String> out = new HashMap<>();
    for (WebElement b : browser.findElements(By.cssSelector("#" + chart + " rect.bar"))) {
      out.put(b.getDomAttribute("data-label") + " " + b.getDomAttribute("data-series"), b.getDomAttribute("data-value"));
    }
    return out;
  }
}
