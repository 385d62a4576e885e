package cn.congress.nomination.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new user's path through the Camunda webapps in a real (headless) browser: a branch secretary logs in to Tasklist,
 * finds the own organization's task in the shared filter (and not the other branch's), opens it and sees its form; the
 * admin logs in to Cockpit and Admin and sees their dashboards; a branch secretary is not let into Cockpit.
 * Selectors use element attributes and classes only, never the UI's text (its language may change); assertions are
 * on this test's own data, which is Chinese.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserTest {

  private static final String FORM_CAPTION = IsolationProbe.FORM_CAPTION;
  private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By LOGIN_ERROR = By.cssSelector("[notifications-panel] .alert-danger");
  private static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By FILTERS = By.cssSelector(".task-filters .item.task-filter");
  private static final By ACCOUNT = By.cssSelector("li.account a.dropdown-toggle");
  private static final By TASK_LINKS = By.cssSelector("[cam-tasks] .tasks-list li.task h4.task a");

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups organizationGroups;
  @Autowired Members members;
  @Autowired UserAccounts userAccounts;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final TreeFixture tree = new TreeFixture("web");
  private final String secretA = "机密-甲-" + UUID.randomUUID();
  private Task taskA;
  private Task taskB;
  private Browser browser;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> browser);

  @BeforeAll
  void fixture() {
    tree.create(organizations, organizationGroups, members, userAccounts);
    IsolationProbe.deploy(repositoryService, "browser-probe");
    taskA = start(tree.branchA, "甲社区党支部", secretA);
    taskB = start(tree.branchB, "乙社区党支部", "机密-乙-" + UUID.randomUUID());
    browser = Browser.start();
  }

  /** Starts the probe for one branch; its task is named after the branch, so the list shows whose task it is. */
  private Task start(String branch, String branchName, String secret) {
    String instance = IsolationProbe.start(runtimeService, branch, secret);
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    task.setName("审核" + branchName + "材料");
    taskService.saveTask(task);
    return task;
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) browser.close();
  }

  @BeforeEach
  void loggedOut() {
    // Every test starts without a session: the webapps' session is the JSESSIONID cookie of this host.
    browser.open(url("/camunda/app/welcome/default/"));
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  @Order(1)
  void branchSecretarySeesOwnTaskInSharedFilterAndItsForm() {
    login("tasklist", tree.secretaryA);
    // The shared filter by its name (our data), then its link by the list's markup.
    String filter = "//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a"
        + "[contains(normalize-space(.),'" + AccessSetup.FILTER_GROUP_TASKS + "')]]";
    By groupFilter = By.xpath(filter);
    browser.click(By.xpath(filter + "//h4[contains(@class,'name')]/a"));
    browser.until(ExpectedConditions.attributeContains(groupFilter, "class", "active"));
    // Name and link of the one task listed, read within the wait: a refresh may replace the element meanwhile.
    List<String> listed = browser.until(driver -> {
      List<WebElement> links = driver.findElements(TASK_LINKS);
      return links.size() == 1 ? List.of(links.get(0).getText(), links.get(0).getAttribute("href")) : null;
    });
    browser.screenshot("tasklist-1-secretary-a-group-filter");
    assertThat(listed.get(0)).isEqualTo(taskA.getName());
    assertThat(listed.get(1)).contains(taskA.getId());
    assertThat(browser.driver().getPageSource()).doesNotContain(taskB.getName()).doesNotContain(taskB.getId());

    browser.click(TASK_LINKS);
    browser.until(ExpectedConditions.textToBe(By.cssSelector("[cam-tasklist-task] .task-card h2.task"),
        taskA.getName()));
    WebElement note = browser.visible(By.cssSelector(".form-container input[cam-variable-name='confidentialNote']"));
    browser.until(ExpectedConditions.attributeToBe(note, "value", secretA));
    assertThat(browser.visible(By.cssSelector(".form-container label[for='confidentialNote']")).getText())
        .isEqualTo(FORM_CAPTION);
    browser.screenshot("tasklist-2-secretary-a-task-form");

    assertThat(browser.visible(ACCOUNT).getText()).isEqualTo("甲书记");
    logout();
    browser.visible(USERNAME);
    browser.screenshot("tasklist-3-logged-out");
    // The session is gone: Tasklist asks for a login again.
    browser.open(url("/camunda/app/tasklist/default/"));
    browser.visible(USERNAME);
    assertThat(browser.driver().findElements(FILTERS)).isEmpty();
  }

  @Test
  @Order(2)
  void adminSeesCockpitAndAdminDashboards() {
    login("cockpit", tree.admin);
    long definitions = repositoryService.createProcessDefinitionQuery().latestVersion().count();
    browser.until(ExpectedConditions.textToBe(By.cssSelector(".dashboard .stats-section.processes a.value"),
        String.valueOf(definitions)));
    assertThat(browser.visible(ACCOUNT).getText()).isEqualTo("管理员");
    browser.screenshot("cockpit-1-admin-dashboard");

    // One login serves every webapp the user may use: Admin opens on the same session.
    browser.open(url("/camunda/app/admin/default/"));
    browser.visible(By.cssSelector(".dashboard section h1.section-title a[href='#/users']"));
    browser.visible(By.cssSelector(".dashboard section h1.section-title a[href='#/groups']"));
    assertThat(browser.visible(ACCOUNT).getText()).isEqualTo("管理员");
    browser.screenshot("admin-1-admin-dashboard");

    // The admin sees the secretary's memberships: the role group and the organization's group, by its name.
    browser.open(url("/camunda/app/admin/default/#/users/" + tree.secretaryA + "?tab=groups"));
    By groupNames = By.cssSelector("table.cam-table tr td.group-name");
    browser.until(ExpectedConditions.numberOfElementsToBe(groupNames, 2));
    assertThat(browser.driver().findElements(groupNames)).extracting(WebElement::getText)
        .containsExactlyInAnyOrder(Role.BRANCH_SECRETARY.label(), "甲社区党支部");
    browser.screenshot("admin-2-secretary-groups");
  }

  @Test
  @Order(3)
  void branchSecretaryIsNotLetIntoCockpitOrAdmin() {
    login("cockpit", tree.secretaryA);
    // Refused at the login: the form stays, with an error, and no dashboard appears.
    browser.visible(LOGIN_ERROR);
    browser.visible(USERNAME);
    assertThat(browser.driver().findElements(By.cssSelector(".dashboard"))).isEmpty();
    browser.screenshot("cockpit-2-secretary-login-refused");

    // Logged in to Tasklist, the secretary's session still does not open Cockpit or Admin: access denied (403).
    login("tasklist", tree.secretaryA);
    browser.visible(FILTERS);
    for (String app : List.of("cockpit", "admin")) {
      browser.open(url("/camunda/app/" + app + "/default/"));
      assertThat(browser.driver().findElements(By.cssSelector("[ng-app], .dashboard, form[name='signinForm']")))
          .as(app).isEmpty();
      assertThat(statusOfCurrentPage()).as(app).isEqualTo(403);
      browser.screenshot(app + "-3-secretary-session-denied");
    }
  }

  /** The HTTP status of the page shown, fetched again with the browser's own session. */
  private long statusOfCurrentPage() {
    return (Long) browser.driver().executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(location.href, {credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));");
  }

  /**
   * Fills in and sends the login form, until the app shows the signed-in user or an error. The form may be
   * rendered anew (or take the focus back to its username field) while the page settles, so the fields are checked
   * and filled again before each attempt rather than typed into once.
   */
  private void login(String app, String user) {
    browser.open(url("/camunda/app/" + app + "/default/#/login"));
    browser.until(driver -> {
      if (!driver.findElements(ACCOUNT).isEmpty() || !driver.findElements(LOGIN_ERROR).isEmpty()) return true;
      List<WebElement> username = driver.findElements(USERNAME);
      if (username.isEmpty() || !username.get(0).isDisplayed()) return false;
      boolean filled = fill(username.get(0), user) & fill(driver.findElement(PASSWORD), TreeFixture.PASSWORD);
      if (filled) driver.findElement(SIGN_IN).click();
      return false;
    });
  }

  /** Whether the field holds the text, typing it (anew) if it did not. */
  private static boolean fill(WebElement field, String text) {
    if (text.equals(field.getDomProperty("value"))) return true;
    field.clear();
    field.sendKeys(text);
    return false;
  }

  private void logout() {
    browser.click(ACCOUNT);
    browser.click(By.cssSelector("li.account li.logout a"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
