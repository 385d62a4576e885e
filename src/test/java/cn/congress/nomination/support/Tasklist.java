package cn.congress.nomination.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist in a headless browser, as a user works it: sign in, open a task and claim it, wait for its embedded
 * form, press its buttons, sign out (a fresh browser). Copes with Tasklist showing its login page again under load.
 */
public final class Tasklist implements AutoCloseable {

  private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By ACCOUNT = By.cssSelector("li.account a.dropdown-toggle");
  private static final By LOGIN_ERROR = By.cssSelector("[notifications-panel] .alert-danger");
  public static final By COMPLETE = By.cssSelector("[cam-tasklist-task] button[ng-click='complete()']");

  private final int port;
  private final String password;
  private Browser browser;

  private Tasklist(int port, String password) {
    this.port = port;
    this.password = password;
    this.browser = Browser.start();
  }

  /** Tasklist of the application on this port, for users who all have this password. */
  public static Tasklist start(int port, String password) {
    return new Tasklist(port, password);
  }

  public Browser browser() {
    return browser;
  }

  public void login(String user) {
    browser.open(url("/camunda/app/tasklist/default/#/login"));
    browser.until(driver -> {
      if (driver.findElements(ACCOUNT).stream().anyMatch(WebElement::isDisplayed)
          || !driver.findElements(LOGIN_ERROR).isEmpty()) return true;
      List<WebElement> username = driver.findElements(USERNAME);
      if (username.isEmpty() || !username.get(0).isDisplayed()) return false;
      boolean filled = fill(username.get(0), user) & fill(driver.findElement(PASSWORD), password);
      if (filled) driver.findElement(SIGN_IN).click();
      return false;
    });
    assertThat(browser.driver().findElements(LOGIN_ERROR)).isEmpty();
  }

  /**
   * Opens the task, claims it and waits for its form (which marks itself {@code data-loaded='true'}). On a loaded
   * machine Tasklist may show its login page again right after signing in: then the user signs in again.
   */
  public void openTask(String user, String taskId, String formName) {
    // A form whose first API call went out on a session Tasklist had just replaced shows 需要登录 and stays empty;
    // the user reloads it (and signs in again if asked): so does the test, twice at most.
    for (int attempt = 1; ; attempt++) {
      try {
        showTask(user, taskId);
        browser.visible(By.cssSelector("form[name='" + formName + "'][data-loaded='true']"));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) throw e;
        browser.driver().navigate().refresh();
      }
    }
  }

  private void showTask(String user, String taskId) {
    browser.open(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    By claim = By.cssSelector("[cam-tasklist-task] button.claim");
    By unclaim = By.cssSelector("[cam-tasklist-task] button.unclaim");
    browser.until(driver -> {
      if (driver.findElements(unclaim).stream().anyMatch(WebElement::isDisplayed)) return true;
      List<WebElement> username = driver.findElements(USERNAME);
      if (!username.isEmpty() && username.get(0).isDisplayed()) {
        if (fill(username.get(0), user) & fill(driver.findElement(PASSWORD), password)) {
          driver.findElement(SIGN_IN).click();
        }
        return false;
      }
      driver.findElements(claim).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(button -> {
        try {
          button.click();
        } catch (org.openqa.selenium.WebDriverException e) {
          // re-rendered meanwhile: try again
        }
      });
      return false;
    });
  }

  /**
   * Waits for the rows a form loads from the API after it opens. A form rendered before a repeated sign-in called the
   * API without a session, so the page is reloaded once, as the user would.
   */
  public void awaitRows(By rows, int count) {
    try {
      browser.until(d -> d.findElements(rows).size() == count);
    } catch (org.openqa.selenium.TimeoutException beforeSignIn) {
      browser.driver().navigate().refresh();
      browser.until(d -> d.findElements(rows).size() == count);
    }
  }

  /** Scrolls the element to the middle of the form's pane first: Tasklist's footer covers the pane's bottom. */
  public void press(By locator) {
    browser.until(d -> {
      WebElement element = d.findElement(locator);
      browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      try {
        element.click();
        return true;
      } catch (org.openqa.selenium.ElementNotInteractableException e) {
        return false;
      }
    });
  }

  /** A fresh browser for the next user: no session, cookie or single-page state carries over. */
  public void logout() {
    browser.close();
    browser = Browser.start();
  }

  @Override
  public void close() {
    browser.close();
  }

  private static boolean fill(WebElement field, String text) {
    if (text.equals(field.getDomProperty("value"))) return true;
    field.clear();
    field.sendKeys(text);
    return false;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
