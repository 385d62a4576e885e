package cn.congress.nomination.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver. Both are taken from fixed paths so that Selenium
 * Manager never tries to download a browser or driver (there is no internet but package registries); a machine
 * without them fails the browser tests with a message saying what to install, it never skips them.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  /**
   * The tests use WebDriver only, never the DevTools protocol; without this, every start warns that no CDP
   * implementation matches Debian's Chromium version. Held here so that the configured logger is not collected.
   */
  private static final java.util.logging.Logger CDP_VERSION_FINDER =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private final Path profile;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
    // Angular re-renders lists (Tasklist refreshes its filters): an element found a moment ago may be replaced.
    this.wait = new WebDriverWait(driver, TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** A fresh headless Chromium with a profile of its own; fails (never skips) if Chromium or ChromeDriver is missing. */
  public static Browser start() {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromium-driver");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    CDP_VERSION_FINDER.setLevel(java.util.logging.Level.SEVERE);
    Path profile;
    try {
      profile = Files.createTempDirectory("nomination-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath(),
        // the users' language: Tasklist picks its locale from the browser's Accept-Language
        "--lang=zh-CN", "--accept-lang=zh-CN");
    // The driver executable given explicitly as well: with both paths known, Selenium Manager has nothing to find.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    try {
      return new Browser(profile, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
  }

  private static void requireExecutable(Path path, String debianPackage) {
    if (!Files.isExecutable(path)) {
      throw new AssertionError("Browser tests need " + path + " (Debian package " + debianPackage
          + "): install it with `apt-get install chromium chromium-driver` (CI's .ci/run does).");
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Waits (up to 20 s) until the condition holds and returns its value: no fixed sleeps. */
  public <T> T until(ExpectedCondition<T> condition) {
    return wait.until(condition);
  }

  public WebElement visible(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement clickable(By locator) {
    return until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Clicks the element as soon as it can be clicked, finding it again if the page replaced it meanwhile. */
  public void click(By locator) {
    until(d -> {
      try {
        d.findElement(locator).click();
        return true;
      } catch (ElementNotInteractableException e) {
        // Not yet visible, or covered (another element would receive the click): try again.
        return false;
      }
    });
  }

  /** Clears the field and types into it, as a user would. */
  public void type(By locator, String text) {
    WebElement field = visible(locator);
    field.clear();
    field.sendKeys(text);
  }

  /** A PNG of the current page under target/screenshots/, for the record and for failures. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Register with {@code @RegisterExtension}: a failed test leaves a screenshot named after it (class and method),
   * and the page's source beside it.
   */
  public static TestWatcher screenshotOnFailure(Supplier<Browser> browser) {
    return new TestWatcher() {
      @Override
      public void testFailed(ExtensionContext context, Throwable cause) {
        Browser current = browser.get();
        if (current == null) return;
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
            + context.getRequiredTestMethod().getName();
        try {
          current.screenshot(name);
          Files.writeString(SCREENSHOTS.resolve(name + ".html"), current.driver.getPageSource());
        } catch (RuntimeException | IOException e) {
          cause.addSuppressed(e);
        }
      }
    };
  }

  private static final By TASKLIST_USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By TASKLIST_PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By TASKLIST_SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By TASKLIST_ACCOUNT = By.cssSelector("li.account a.dropdown-toggle");

  /**
   * Signs in on Tasklist's login page (the login every page of the application shares) and waits until Tasklist shows
   * the signed-in account. Fills a field only when it does not hold the text yet (Angular may re-render the form).
   */
  public void signInToTasklist(String baseUrl, String user, String password) {
    open(baseUrl + "/camunda/app/tasklist/default/#/login");
    until(d -> {
      if (d.findElements(TASKLIST_ACCOUNT).stream().anyMatch(WebElement::isDisplayed)) return true;
      var username = d.findElements(TASKLIST_USERNAME);
      if (username.isEmpty() || !username.get(0).isDisplayed()) return false;
      boolean filled = fillOnce(username.get(0), user) & fillOnce(d.findElement(TASKLIST_PASSWORD), password);
      if (filled) d.findElement(TASKLIST_SIGN_IN).click();
      return false;
    });
  }

  private static boolean fillOnce(WebElement field, String text) {
    if (text.equals(field.getDomProperty("value"))) return true;
    field.clear();
    field.sendKeys(text);
    return false;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary profile is harmless.
    }
  }
}
