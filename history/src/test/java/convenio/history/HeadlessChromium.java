package convenio.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one headless browser of the build's tests: Debian's chromium and chromedriver ({@code .ci/run} installs them when
 * missing), no network of its own (no sync, no component updates), the console kept for the tests to read. Shipped in
 * this module's test jar so every web page of the project (the HTML report, the auditor's desk) is tested alike.
 */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  public static ChromeDriver start() {
    return start(o -> {});
  }

  /** A headless Chromium; {@code more} adds to its options (a language, preferences) before it starts. */
  public static ChromeDriver start(Consumer<ChromeOptions> more) {
    ChromeOptions o = new ChromeOptions();
    if (Files.exists(Path.of("/usr/bin/chromium"))) o.setBinary("/usr/bin/chromium");
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    more.accept(o);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, o);
  }

  /** The console's errors (SEVERE entries) since the last call: a page that works logs none. */
  public static List<String> consoleErrors(ChromeDriver browser) {
    List<String> out = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add(e.getMessage());
    }
    return out;
  }
}
