package convenio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import convenio.api.ContractRegistry;
import convenio.history.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk page end to end in a real headless Chromium whose language is Brazilian Portuguese, against a real
 * {@code convenio serve} (a free port, the token, a history store) with the bundled Hospital São Lucas contract and
 * its March 2025 lote put on the desk: an auditor opens the lote, glosas mat/med by 10% across both guides, reverts
 * one of those glosas, splits a daily rate, undoes the split, and every figure the page shows is the JSON API's and
 * the one worked out by hand below.
 *
 * <p>Before any decision (contracts/hospital-sao-lucas/cases/lote-xml.yaml works these out from the contract):
 * RI-1001 presented 8.552,06, paid 8.152,36, glosed 399,70; RI-1002 presented 7.104,48, paid 4.800,00, glosed
 * 2.304,48 (everything but the package glosed 3108); lote presented 15.656,54, paid 12.952,36, glosed 2.704,18.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one browser tab: the first test gives the token, once
class DeskPageBrowserTest {
  static final String TOKEN = "s3cret";
  @TempDir static Path dir;
  static ConvenioServer server;
  static ChromeDriver browser;
  static String account;
  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws Exception {
    server = ConvenioServer.start(ContractRegistry.open(Path.of("..", "contracts", "hospital-sao-lucas")),
        ServerOptions.defaults().withPort(0).withToken(TOKEN).withOperator("Bem Viver Saúde", "11222333000181"),
        line -> {}, dir.resolve("history").toString());
    // The lote is recorded on the desk through the API, as a billing system would put it there.
    HttpResponse<String> put = CLIENT.send(HttpRequest.newBuilder(uri("/accounts"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(
            Path.of("..", "contracts", "hospital-sao-lucas", "lotes", "lote-2025-03.xml")))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, put.statusCode(), put.body());
    account = Http.JSON.readTree(put.body()).path("id").asText();
    browser = HeadlessChromium.start(o -> {
      o.addArguments("--lang=pt-BR", "--accept-lang=pt-BR,pt");
      o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "pt-BR,pt"));
    });
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (server != null) server.close();
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return Http.JSON.readTree(r.body());
  }

  static String apiText(String path, String acceptLanguage) throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage)
        .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  @Test
  @Order(1)
  void anAuditorGlosasAGroupRevertsOneSplitsADailyRateAndThePageShowsTheApisTotals() throws Exception {
    browser.get(uri("/desk").toString());
    assertEquals("pt-BR", browser.findElement(By.tagName("html")).getDomAttribute("lang"));

    // The API answers 401 until the token is given: the page asks for it, once, and keeps it for the tab.
    WebElement token = until(() -> visible("login") ? browser.findElement(By.id("token")) : null);
    token.sendKeys(TOKEN, Keys.ENTER);
    WebElement lote = until(() -> first(By.cssSelector("#lotes-table tr[data-account='" + account + "'] button")));
    assertEquals("2025031", lote.getText());
    browser.findElement(By.id("auditor")).sendKeys("ana");
    lote.click();
    idle();
    assertTrue(visible("account"));
    // Before: lote presented 15.656,54, paid 12.952,36, glosed 2.704,18 (the case file's figures).
    assertTotals("account-totals", "15656.54", "12952.36", "2704.18");
    assertEquals("R$ 12.952,36", total("account-totals", "paid").getText());
    assertEquals("R$ 15.656,54", total("account-totals", "presented").getText());
    matchesApi();

    browser.findElement(By.cssSelector("#guides-table tr[data-guide='RI-1001'] button")).click();
    idle();
    assertEquals(16, browser.findElements(By.cssSelector("#items-table tbody tr")).size());

    // Group glosa: 10% of what is still paid on every mat/med item of both guides, code 1705. A code that is not in
    // TISS table 38 is refused first, in the dialog, with the nearest valid codes; nothing changes.
    browser.findElement(By.id("btn-group")).click();
    WebElement dialog = until(() -> browser.findElement(By.id("op-dialog")).isDisplayed()
        ? browser.findElement(By.id("op-dialog")) : null);
    browser.findElement(By.id("f-guide-RI-1002")).click(); // RI-1001, the open guide, is already checked
    new Select(browser.findElement(By.id("f-select"))).selectByValue("matmed");
    browser.findElement(By.id("f-code")).sendKeys("9999");
    browser.findElement(By.id("f-text")).sendKeys("mat/med acima do pactuado");
    browser.findElement(By.id("f-percent")).sendKeys("10", Keys.ENTER); // Enter submits: the form is keyboard operable
    WebElement error = until(() -> text(By.id("op-error")).isEmpty() ? null : browser.findElement(By.id("op-error")));
    assertTrue(error.getText().contains("9999"), error.getText());
    assertTrue(dialog.isDisplayed());
    assertEquals("12952.36", api("/accounts/" + account + "/totals").path("totals").path("paid").asText());
    WebElement code = browser.findElement(By.id("f-code"));
    code.clear();
    code.sendKeys("1705", Keys.ENTER);
    until(() -> dialog.isDisplayed() ? null : true);
    idle();
    assertTrue(text(By.id("status")).startsWith("Decisão 1:"), text(By.id("status")));
    // RI-1001's mat/med, paid before → 10% glosed (HALF_UP to the cent; all exact here) → paid after:
    //   11 luva       13,80 → 1,38 → 12,42      12 fio       23,00 → 2,30 → 20,70
    //   13 seringa    13,80 → 1,38 → 12,42      14 cefazolina 39,60 → 3,96 → 35,64
    //   15 propofol   52,80 → 5,28 → 47,52      (RI-1002's mat/med is paid 0,00: glosed 3108 whole, skipped)
    // glosed by the group: 1,38 + 2,30 + 1,38 + 3,96 + 5,28 = 14,30.
    assertItem(11, "12.42", "2.58", "1705* 1705"); // 1,20 (contract) + 1,38; the new glosa is the principal
    assertItem(12, "20.70", "2.30", "1705*");
    assertItem(13, "12.42", "1.38", "1705*");
    assertItem(14, "35.64", "3.96", "1705*");
    assertItem(15, "47.52", "12.48", "1705* 1705"); // 7,20 + 5,28
    assertEquals("R$ 47,52", cell(15, "paid").getText());
    // lote paid 12.952,36 − 14,30 = 12.938,06; glosed 2.704,18 + 14,30 = 2.718,48
    assertTotals("account-totals", "15656.54", "12938.06", "2718.48");
    matchesApi();

    // Revert one: the group glosa of item 15 (its principal, glosa 1) is excluded; the contract's 1705 stays.
    cell(15, null).findElement(By.tagName("button")).click();
    idle();
    assertTrue(visible("item"));
    List<WebElement> glosas = browser.findElements(By.cssSelector("#item-glosas tbody tr"));
    assertEquals(2, glosas.size());
    assertEquals("principal", glosas.get(0).findElements(By.tagName("td")).get(1).getText());
    assertEquals("complementar", glosas.get(1).findElements(By.tagName("td")).get(1).getText());
    // The trace is the text of convenio explain, as the API serves it in the page's language (the browser's pt-BR).
    assertEquals(apiText("/accounts/" + account + "/guides/RI-1001/items/15/trace", "pt-BR"), textContent("trace"));
    glosas.get(0).findElements(By.tagName("button")).get(1).click(); // Reverter
    until(() -> dialog.isDisplayed() ? true : null);
    browser.findElement(By.id("f-why")).sendKeys("nota fiscal conferida", Keys.ENTER);
    until(() -> dialog.isDisplayed() ? null : true);
    idle();
    assertTrue(text(By.id("status")).startsWith("Decisão 2:"), text(By.id("status")));
    assertItem(15, "52.80", "7.20", "1705");
    // lote paid 12.938,06 + 5,28 = 12.943,34; glosed 2.718,48 − 5,28 = 2.713,20
    assertTotals("account-totals", "15656.54", "12943.34", "2713.20");
    matchesApi();

    // Split the daily rate (item 8, 2 diárias of 480,00 = 960,00 on 10/03/2025) into 2 days: item 8 keeps one
    // diária of 480,00 on 10/03, the next free seq (17) takes the other on 11/03. Totals do not move.
    cell(8, null).findElement(By.tagName("button")).click();
    idle();
    browser.findElement(By.cssSelector("#item-actions button[data-op='split']")).click();
    WebElement days = until(() -> dialog.isDisplayed() ? browser.findElement(By.id("f-days")) : null);
    assertEquals("2", days.getDomProperty("value")); // the item's quantity, offered
    days.sendKeys(Keys.ENTER);
    until(() -> dialog.isDisplayed() ? null : true);
    idle();
    assertTrue(text(By.id("status")).startsWith("Decisão 3:"), text(By.id("status")));
    assertEquals(17, browser.findElements(By.cssSelector("#items-table tbody tr")).size());
    assertItem(8, "480.00", "0.00", "");
    assertItem(17, "480.00", "0.00", "");
    assertEquals("10/03/2025", row(8).findElements(By.tagName("td")).get(2).getText());
    assertEquals("11/03/2025", row(17).findElements(By.tagName("td")).get(2).getText());
    assertEquals("1", cell(17, "quantity").getText());
    assertTotals("account-totals", "15656.54", "12943.34", "2713.20");
    // RI-1001: paid 8.152,36 − 14,30 + 5,28 = 8.143,34; glosed 399,70 + 14,30 − 5,28 = 408,72 (sum 8.552,06)
    assertTotals("guide-totals", "8552.06", "8143.34", "408.72");
    assertEquals("R$ 8.143,34", browser.findElement(
        By.cssSelector("#guides-table tr[data-guide='RI-1001'] td[data-field='paid']")).getText());
    assertEquals("R$ 12.943,34", total("account-totals", "paid").getText());
    assertEquals("R$ 2.713,20", total("account-totals", "glosed").getText());
    matchesApi();

    // Undo takes the split back: 16 items again, item 8 with its 2 diárias.
    browser.findElement(By.id("btn-undo")).click();
    idle();
    until(() -> text(By.id("status")).startsWith("Decisão 4:") ? true : null);
    until(() -> browser.findElements(By.cssSelector("#items-table tbody tr")).size() == 16 ? true : null);
    assertItem(8, "960.00", "0.00", "");
    assertEquals("2", cell(8, "quantity").getText());
    assertTotals("account-totals", "15656.54", "12943.34", "2713.20");
    matchesApi();

    assertEquals("", text(By.id("error")));
    // Chromium logs every refused call as a console error: the two the test provoked (the first call, before the
    // token; glosa code 9999) and nothing else — no script error.
    List<String> console = HeadlessChromium.consoleErrors(browser);
    assertEquals(2, console.size(), console.toString());
    assertTrue(console.get(0).contains("/accounts - Failed to load resource") && console.get(0).contains("401"),
        console.get(0));
    assertTrue(console.get(1).contains("/operations - Failed to load resource") && console.get(1).contains("422"),
        console.get(1));
  }

  /**
   * The other operations, in English, on the SP/SADT lote of the same month, put on the desk from the page. Before
   * (the case file's figures): SADT-1003 presented 1.905,28, paid 1.463,00, glosed 442,28 — item 2 colonoscopia
   * presented 980,00, contract 919,15, glosed 1705 60,85; item 4 glicose 1705 1,43; item 6 clipe 2206 380,00.
   */
  @Test
  @Order(2)
  void theOtherOperationsInEnglishOnALoteAddedFromThePage() throws Exception {
    browser.get(uri("/desk?lang=en").toString());
    idle();
    assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    if (visible("login")) browser.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER);
    WebElement who = browser.findElement(By.id("auditor"));
    who.clear();
    who.sendKeys("bruno");
    browser.findElement(By.id("upload-file")).sendKeys(Path.of("..", "contracts", "hospital-sao-lucas", "lotes",
        "lote-2025-03-sadt.xml").toAbsolutePath().normalize().toString());
    browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
    until(() -> visible("account") ? true : null);
    idle();
    assertTrue(text(By.id("account-h")).startsWith("Lote 2025032"), text(By.id("account-h")));
    String id = browser.getCurrentUrl().replaceAll(".*#account=(\\d+).*", "$1");
    browser.findElement(By.cssSelector("#guides-table tr[data-guide='SADT-1003'] button")).click();
    idle();

    // Item 3 hemograma, paid 30,57: glosa R$ 10,00 of it (1705) → paid 20,57; then edit that glosa to R$ 12,50 →
    // paid 30,57 − 12,50 = 18,07.
    operation(3, "glosa", () -> {
      browser.findElement(By.id("f-mode-amount")).click();
      browser.findElement(By.id("f-amount")).sendKeys("10,00");
      browser.findElement(By.id("f-code")).sendKeys("1705");
      return browser.findElement(By.id("f-why"));
    });
    assertItem(3, "20.57", "10.00", "1705*");
    browser.findElement(By.cssSelector("#item-glosas tr[data-glosa='1'] button")).click(); // Edit
    WebElement amount = until(() -> browser.findElement(By.id("op-dialog")).isDisplayed()
        ? browser.findElement(By.id("f-amount")) : null);
    assertEquals("10,00", amount.getDomProperty("value"));
    amount.clear();
    amount.sendKeys("12,50", Keys.ENTER);
    closed();
    assertItem(3, "18.07", "12.50", "1705*");

    // Item 2 colonoscopia: revert every glosa → paid as presented, 980,00; then revert paying the table value →
    // paid 919,15 and the 60,85 above it glosed 1705 again (by the service, not the page).
    operation(2, "revert", () -> browser.findElement(By.id("f-why")));
    assertItem(2, "980.00", "0.00", "");
    operation(2, "revert-table", () -> browser.findElement(By.id("f-why")));
    assertEquals("919.15", cell(2, "paid").getDomAttribute("data-value"));
    assertEquals("60.85", cell(2, "glosed").getDomAttribute("data-value"));
    assertTrue(cell(2, "glosas").getText().startsWith("1705"), cell(2, "glosas").getText());

    // Item 1 endoscopia, 463,31: glosed whole, 1402 (procedure not authorized, TISS table 38).
    operation(1, "glosa-all", () -> {
      browser.findElement(By.id("f-code")).sendKeys("1402");
      return browser.findElement(By.id("f-why"));
    });
    assertItem(1, "0.00", "463.31", "1402*");

    // paid 0,00 + 919,15 + 18,07 + 23,57 + 26,40 + 0,00 = 987,19; glosed 463,31 + 60,85 + 12,50 + 1,43 + 380,00
    // = 918,09; 987,19 + 918,09 = 1.905,28 presented.
    assertTotals("account-totals", "1905.28", "987.19", "918.09");
    assertEquals("R$ 987,19", total("account-totals", "paid").getText());
    JsonNode t = api("/accounts/" + id + "/totals").path("totals");
    assertEquals("987.19", t.path("paid").asText());
    assertEquals("918.09", t.path("glosed").asText());

    browser.findElement(By.id("btn-log")).click();
    idle();
    List<WebElement> log = browser.findElements(By.cssSelector("#log-list li[data-n]"));
    assertEquals(5, log.size()); // glosa, edit-glosa, revert, revert-table, glosa-all
    assertTrue(log.get(0).getText().contains("bruno"), log.get(0).getText());
    browser.findElement(By.id("btn-demonstrativo")).click();
    idle();
    assertEquals("", text(By.id("error")));
  }

  /** Opens item {@code seq}, its operation {@code op}, fills the form, and applies it with Enter in the last field. */
  static void operation(int seq, String op, java.util.function.Supplier<WebElement> fill) {
    cell(seq, null).findElement(By.tagName("button")).click();
    idle();
    String before = text(By.id("status"));
    browser.findElement(By.cssSelector("#item-actions button[data-op='" + op + "']")).click();
    until(() -> browser.findElement(By.id("op-dialog")).isDisplayed() ? true : null);
    fill.get().sendKeys(Keys.ENTER);
    closed();
    assertFalse(text(By.id("status")).equals(before), "no decision for " + op);
  }

  static void closed() {
    until(() -> browser.findElement(By.id("op-dialog")).isDisplayed() ? null : true);
    idle();
  }

  /** The page's account and guide totals are the API's, value for value. */
  static void matchesApi() throws Exception {
    JsonNode t = api("/accounts/" + account + "/totals");
    for (String f : List.of("presented", "raised", "paid", "glosed")) {
      assertEquals(t.path("totals").path(f).asText(), total("account-totals", f).getDomAttribute("data-value"), f);
    }
    assertEquals(t.path("totals").path("glosaRate").decimalValue().stripTrailingZeros(),
        new java.math.BigDecimal(total("account-totals", "glosaRate").getDomAttribute("data-value"))
            .stripTrailingZeros());
    assertTrue(t.path("reconciles").asBoolean());
    for (JsonNode g : t.path("guides")) {
      WebElement row = browser.findElement(By.cssSelector("#guides-table tr[data-guide='" + g.path("guide").asText() + "']"));
      for (String f : List.of("presented", "paid", "glosed")) {
        assertEquals(g.path("totals").path(f).asText(),
            row.findElement(By.cssSelector("td[data-field='" + f + "']")).getDomAttribute("data-value"));
      }
    }
    if (!visible("guide")) return;
    JsonNode guide = api("/accounts/" + account + "/guides/RI-1001");
    for (JsonNode item : guide.path("items")) {
      int seq = item.path("seq").asInt();
      for (String f : List.of("presented", "allowed", "paid", "glosed")) {
        assertEquals(item.path(f).asText(), cell(seq, f).getDomAttribute("data-value"), "item " + seq + " " + f);
      }
    }
  }

  static void assertTotals(String dl, String presented, String paid, String glosed) {
    assertEquals(presented, total(dl, "presented").getDomAttribute("data-value"));
    assertEquals(paid, total(dl, "paid").getDomAttribute("data-value"));
    assertEquals(glosed, total(dl, "glosed").getDomAttribute("data-value"));
  }

  static void assertItem(int seq, String paid, String glosed, String codes) {
    assertEquals(paid, cell(seq, "paid").getDomAttribute("data-value"), "item " + seq + " paid");
    assertEquals(glosed, cell(seq, "glosed").getDomAttribute("data-value"), "item " + seq + " glosed");
    assertEquals(codes, cell(seq, "glosas").getText(), "item " + seq + " glosas");
  }

  static WebElement total(String dl, String field) {
    return browser.findElement(By.cssSelector("#" + dl + " div[data-field='" + field + "'] dd"));
  }

  static WebElement row(int seq) {
    return browser.findElement(By.cssSelector("#items-table tr[data-seq='" + seq + "']"));
  }

  /** An item's cell by field, or its row header (the button that opens it) for null. */
  static WebElement cell(int seq, String field) {
    return row(seq).findElement(By.cssSelector(field == null ? "th" : "td[data-field='" + field + "']"));
  }

  static boolean visible(String id) {
    return browser.findElement(By.id(id)).isDisplayed();
  }

  static String text(By by) {
    return browser.findElement(by).getText();
  }

  static String textContent(String id) {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "return document.getElementById(arguments[0]).textContent", id);
  }

  static WebElement first(By by) {
    List<WebElement> found = browser.findElements(by);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Waits until the page has no call running. */
  static void idle() {
    until(() -> "0".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-busy")) ? true : null);
  }

  static <T> T until(java.util.function.Supplier<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.get());
  }
}
