package org.quizmarker.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quizmarker.it.Api;

/**
 * One headless Chromium for a test, as a JUnit extension: started on first use, a screenshot of the
 * page when the test failed, quit after each test. Debian's {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver} are named explicitly, so Selenium Manager never downloads anything.
 */
public final class Browser implements AfterTestExecutionCallback, AfterEachCallback {
  public static final String BASE = Api.BASE.replace("/api/v1", "");
  public static final Dimension DESKTOP = new Dimension(1280, 800);
  public static final Dimension PHONE = new Dimension(390, 844);
  private static final String CHROMIUM = System.getProperty("qm.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("qm.chromedriver", "/usr/bin/chromedriver");

  private ChromeDriver driver;
  private Path downloads;

  public WebDriver driver() {
    if (driver == null) {
      start();
    }
    return driver;
  }

  private void start() {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    try {
      downloads = Files.createTempDirectory("qm-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,800",
        "--lang=en-GB",
        "--force-prefers-reduced-motion");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    size(DESKTOP);
  }

  /** The viewport (not the window) set to {@code d}, so screenshots are exactly that size. */
  public void size(Dimension d) {
    WebDriver w = driver();
    w.manage().window().setSize(d);
    Long innerW = (Long) js("return window.innerWidth");
    Long innerH = (Long) js("return window.innerHeight");
    w.manage()
        .window()
        .setSize(
            new Dimension(
                d.width + (d.width - innerW.intValue()),
                d.height + (d.height - innerH.intValue())));
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver()).executeScript(script, args);
  }

  /** Opens a route of the app, e.g. {@code #/jobs}. */
  public void go(String hash) {
    driver().get(BASE + "/" + hash);
    waitUntil(
        d ->
            !"true"
                .equals(
                    js("return document.getElementById('main').getAttribute('aria-busy') || ''")));
  }

  public void signIn(String username, String password) {
    go("#/signin");
    WebElement user = waitFor(By.name("username"));
    user.sendKeys(username);
    driver().findElement(By.name("password")).sendKeys(password);
    driver().findElement(By.id("signin-submit")).click();
    waitFor(By.id("signout"));
  }

  public void signOut() {
    driver().findElement(By.id("signout")).click();
    waitFor(By.id("signin-submit"));
  }

  public WebElement waitFor(By by) {
    return new WebDriverWait(driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement present(By by) {
    return new WebDriverWait(driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
    return waitUntil(Duration.ofSeconds(30), condition);
  }

  public <T> T waitUntil(Duration timeout, java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(driver(), timeout, Duration.ofMillis(100)).until(condition::apply);
  }

  public List<WebElement> all(By by) {
    return driver().findElements(by);
  }

  /** Presses one key on the page (the review screen listens on the document). */
  public void press(CharSequence key) {
    new org.openqa.selenium.interactions.Actions(driver()).sendKeys(key).perform();
  }

  /** Saves the page as {@code target/screenshots/<name>.png}. */
  public Path shot(String name) {
    try {
      Path dir = Path.of(System.getProperty("qm.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file the browser downloaded whose name ends with {@code suffix}, once complete. */
  public Path downloaded(String suffix) {
    return waitUntil(
        d -> {
          try (Stream<Path> files = Files.list(downloads)) {
            return files
                .filter(p -> p.getFileName().toString().endsWith(suffix))
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The browser console's messages since the last call. */
  public List<String> consoleMessages() {
    List<String> messages = new ArrayList<>();
    for (LogEntry e : driver().manage().logs().get(LogType.BROWSER)) {
      messages.add(e.getLevel() + " " + e.getMessage());
    }
    return messages;
  }

  /** No alert is open: a script injected through data would have shown one. */
  public void assertNoAlert() {
    try {
      String text = driver().switchTo().alert().getText();
      throw new AssertionError("An alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // as it should be
    }
  }

  /** The page fits its width: nothing to scroll sideways (phone check). */
  public void assertNoSidewaysScroll() {
    Long overflow =
        (Long) js("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
    assertThat(overflow).as("pixels of sideways scrolling").isLessThanOrEqualTo(1L);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (driver != null && context.getExecutionException().isPresent()) {
      try {
        shot(
            "FAILED-"
                + context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getDisplayName().replaceAll("\\W+", ""));
      } catch (RuntimeException e) {
        // the failure itself is what matters
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }
}
