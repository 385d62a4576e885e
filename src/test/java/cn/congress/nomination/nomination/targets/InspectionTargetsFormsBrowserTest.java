package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two inspection-target forms in Tasklist, in a real (headless) browser: the second standing committee member confirms
 * the proposal (the decision travels as a Boolean variable), then a recommending unit's staff gives its opinion: a
 * disagreement without a remark is refused with the rule shown, a remark on a name is accepted, the task completes.
 */
@EngineTest
@Tag("browser")
// A context of its own, started when this class runs: the webapps find the engine through the JVM-wide runtime
// container, which a context closed earlier under the same engine name (DataSurvivesRestartTest) leaves without one.
@org.springframework.test.context.TestPropertySource(properties = "nomination.test.context=targets-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionTargetsFormsBrowserTest {

  private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By ACCOUNT = By.cssSelector("li.account a.dropdown-toggle");
  private static final By LOGIN_ERROR = By.cssSelector("[notifications-panel] .alert-danger");
  private static final By COMPLETE = By.cssSelector("[cam-tasklist-task] button[ng-click='complete()']");

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired InspectionTargets targets;

  private TargetsScenario s;
  private ProcessInstance pi;
  private Browser browser;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> browser);

  @BeforeAll
  void fixture() throws Exception {
    s = new TargetsScenario("itb").create(organizations, groups, members, accounts, electionService, json, jdbc, false);
    pi = s.start(repositoryService, runtimeService);
    List<MeetingVote> votes = new ArrayList<>();
    s.targets(1, 24).forEach(id -> votes.add(new MeetingVote(id, 9, true, null)));
    targets.saveDraft(s.election, TargetStage.PROPOSAL, new TargetDraft(11, 10, "同意", votes, Map.of()), s.committee);
    String propose = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_PROPOSE)
        .singleResult().getId();
    List<String> ids = identityService.createGroupQuery().groupMember(s.committee).list().stream().map(Group::getId)
        .toList();
    identityService.setAuthentication(s.committee, ids);
    try {
      taskService.complete(propose);
    } finally {
      identityService.clearAuthentication();
    }
    browser = Browser.start();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) browser.close();
  }

  @Test
  void secondMemberConfirmsTheProposal_unitGivesItsOpinion() {
    String confirm = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CONFIRM_PROPOSAL).singleResult().getId();
    login(s.committee2);
    openTask(s.committee2, confirm, "targetConfirmProposal");
    awaitRows(By.cssSelector(".tg-votes tbody tr"), 24);
    press(By.cssSelector(".tg-yes"));
    browser.screenshot("targets-1-confirm");
    press(COMPLETE);
    browser.until(d -> targets.meeting(s.election, TargetStage.PROPOSAL)
        .filter(m -> m.status() == MeetingStatus.CONFIRMED).isPresent());
    logout();

    String unit = s.units.get(0);
    String opinion = browser.until(d -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_GIVE_OPINION).taskCandidateGroup(unit).singleResult()).getId();
    login(s.staff(unit));
    openTask(s.staff(unit), opinion, "targetOpinion");
    awaitRows(By.cssSelector(".tg-list tbody tr"), 24);
    press(By.cssSelector(".tg-no"));
    press(By.cssSelector(".tg-save"));
    WebElement refused = browser.visible(By.cssSelector(".tg-violation[data-rule='DISAGREEMENT_EXPLAINED']"));
    assertThat(refused.getText()).contains("不同意建议名单时须说明意见");
    browser.screenshot("targets-2-opinion-refused");

    browser.type(By.cssSelector(".tg-list tbody tr[data-member='" + s.target(3) + "'] .tg-name-remark"), "建议调整");
    press(By.cssSelector(".tg-save"));
    browser.visible(By.cssSelector(".tg-saved"));
    press(COMPLETE);
    TargetOpinion given = browser.until(d -> targets.opinions(s.election).stream()
        .filter(o -> o.unitId().equals(unit) && o.submitted()).findFirst().orElse(null));
    browser.screenshot("targets-3-opinion-given");
    assertThat(given.agrees()).isFalse();
    assertThat(given.givenBy()).isEqualTo(s.staff(unit));
    assertThat(given.nameRemarks()).containsExactly(new TargetOpinion.NameRemark(s.target(3), "建议调整"));
  }

  /**
   * Opens the task, claims it and waits for its form. On a loaded machine Tasklist may show its login page again right
   * after signing in: then the user signs in again.
   */
  /**
   * The form loads its rows from the API after it opens. Under load Tasklist may show its login page while the task
   * opens (openTask signs in again); a form rendered before that sign-in called the API without a session, so the
   * page is reloaded once, as the user would.
   */
  private void awaitRows(By rows, int count) {
    try {
      browser.until(d -> d.findElements(rows).size() == count);
    } catch (org.openqa.selenium.TimeoutException beforeSignIn) {
      browser.driver().navigate().refresh();
      browser.until(d -> d.findElements(rows).size() == count);
    }
  }

  private void openTask(String user, String taskId, String formName) {
    browser.open(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    By claim = By.cssSelector("[cam-tasklist-task] button.claim");
    By unclaim = By.cssSelector("[cam-tasklist-task] button.unclaim");
    browser.until(driver -> {
      if (driver.findElements(unclaim).stream().anyMatch(WebElement::isDisplayed)) return true;
      List<WebElement> username = driver.findElements(USERNAME);
      if (!username.isEmpty() && username.get(0).isDisplayed()) {
        if (fill(username.get(0), user) & fill(driver.findElement(PASSWORD), TargetsScenario.PASSWORD)) {
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
    browser.visible(By.cssSelector("form[name='" + formName + "'][data-loaded='true']"));
  }

  /** Scrolls the element to the middle of the form's pane first: Tasklist's footer covers the pane's bottom. */
  private void press(By locator) {
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

  private void login(String user) {
    browser.open(url("/camunda/app/tasklist/default/#/login"));
    browser.until(driver -> {
      if (driver.findElements(ACCOUNT).stream().anyMatch(WebElement::isDisplayed)
          || !driver.findElements(LOGIN_ERROR).isEmpty()) return true;
      List<WebElement> username = driver.findElements(USERNAME);
      if (username.isEmpty() || !username.get(0).isDisplayed()) return false;
      boolean filled = fill(username.get(0), user) & fill(driver.findElement(PASSWORD), TargetsScenario.PASSWORD);
      if (filled) driver.findElement(SIGN_IN).click();
      return false;
    });
    assertThat(browser.driver().findElements(LOGIN_ERROR)).isEmpty();
  }

  /** A fresh browser for the next user: no session, cookie or single-page state carries over. */
  private void logout() {
    browser.close();
    browser = Browser.start();
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
