package cn.congress.nomination.nomination.unit;

import static cn.congress.nomination.nomination.unit.RecommendingUnitProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Browser;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The unit's meeting form in Tasklist, in a real (headless) browser: a unit's staff member opens the task, a short
 * selection is refused with the rule named in Chinese, the full one is saved and the task completes. Selectors use
 * the form's own classes and Tasklist's markup, never its text.
 */
@Tag("browser")
class UnitFormsBrowserTest extends UnitProcessTestSupport {

  static final String PASSWORD = "secret-1";
  static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  static final By PASSWORD_FIELD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  static final By ACCOUNT = By.cssSelector("li.account a.dropdown-toggle");
  static final By FORM = By.cssSelector("form.unit-record-meeting[data-loaded='true']");

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  private Browser browser;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> browser);

  UnitFormsBrowserTest() {
    super("ubt-");
  }

  @BeforeAll
  void users() {
    accounts.provision(f.p + "unit-1", "推荐单位干事甲", PASSWORD, List.of(f.unit), List.of(Role.COMMITTEE_STAFF));
    browser = Browser.start();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) browser.close();
  }

  @Test
  void unitMeetingFormRefusesAShortListAndSavesTheFullOne() {
    ProcessInstance pi = start(f.unit);
    toUnitMeeting(pi);
    Task task = task(pi);
    login(f.p + "unit-1");
    browser.open(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    browser.visible(FORM);
    browser.click(By.cssSelector("button.claim[ng-click='claim()']"));
    browser.until(d -> tasks.createTaskQuery().taskId(task.getId()).taskAssignee(f.p + "unit-1").count() == 1);
    browser.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
    browser.until(d -> d.findElements(By.cssSelector("form.unit-record-meeting tr.uf-name")).size() == 18);

    browser.type(By.id("uf-expected"), "11");
    browser.type(By.id("uf-present"), "11");
    browser.type(By.id("uf-decision"), "确定推荐人选");
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("form.unit-record-meeting tr.uf-name"));
    for (int i = 0; i < 16; i++) select(rows.get(i));
    press(By.cssSelector("form.unit-record-meeting .uf-save"));
    WebElement violation = browser.visible(By.cssSelector(".uf-errors .uf-violation[data-rule='LIST_COUNT']"));
    assertThat(violation.getText()).contains("推荐人选 16 名");
    browser.screenshot("unit-meeting-1-short-list-refused");

    select(browser.driver().findElements(By.cssSelector("form.unit-record-meeting tr.uf-name")).get(16));
    press(By.cssSelector("form.unit-record-meeting .uf-save"));
    browser.visible(By.cssSelector("form.unit-record-meeting[data-status='RECORDED'] .uf-ok"));
    browser.screenshot("unit-meeting-2-saved");

    press(By.cssSelector("button[ng-click='complete()']"));
    browser.until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_CONFIRM_UNIT_MEETING);
  }

  /** Scrolls the element to the middle of the task pane (Tasklist's footer may cover it) and clicks it. */
  private void press(By locator) {
    WebElement element = browser.visible(locator);
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    browser.click(locator);
  }

  private void select(WebElement row) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
    WebElement votes = row.findElement(By.cssSelector(".uf-votes"));
    votes.clear();
    votes.sendKeys("11");
    WebElement box = row.findElement(By.cssSelector(".uf-selected"));
    if (!box.isSelected()) box.click();
  }

  private void login(String user) {
    browser.open(url("/camunda/app/tasklist/default/#/login"));
    browser.until(driver -> {
      if (!driver.findElements(ACCOUNT).isEmpty()) return true;
      List<WebElement> username = driver.findElements(USERNAME);
      if (username.isEmpty() || !username.get(0).isDisplayed()) return false;
      boolean filled = fill(username.get(0), user) & fill(driver.findElement(PASSWORD_FIELD), PASSWORD);
      if (filled) driver.findElement(SIGN_IN).click();
      return false;
    });
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
