package cn.congress.nomination.nomination.branch;

import static cn.congress.nomination.nomination.branch.BranchNominationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The branch secretary's whole path in a real (headless) browser: logs in to Tasklist, opens the branch meeting task,
 * searches nominees among more than 10,000 members of the electoral unit, adds rows, has an invalid entry refused with
 * a Chinese message naming the field, corrects it, saves and completes the task; the recommending unit then reads the
 * submission through the API. Selectors use the form's own attributes and Tasklist's markup, never its UI text.
 */
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BranchMeetingBrowserTest {

  private static final int MEMBERS = 10_000;
  private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  private static final By ACCOUNT = By.cssSelector("li.account a.dropdown-toggle");
  private static final By LOGIN_ERROR = By.cssSelector("[notifications-panel] .alert-danger");
  private static final By FORM = By.cssSelector("#branch-meeting-form[data-loaded='true']");
  private static final By COMPLETE = By.cssSelector("[cam-tasklist-task] button[ng-click='complete()']");

  @MockitoBean FanOuts fanOuts;
  @MockitoBean(name = "notifyParentDelegate") JavaDelegate notifyParent;

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired BranchSubmissions submissions;

  private final BranchFixture f = new BranchFixture("bmb");
  private final String ouyang = "bmb-m-ouyang";
  private String election;
  private String taskId;
  private Browser browser;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> browser);

  @BeforeAll
  void fixture() {
    f.create(organizations, groups, members, accounts);
    // more than 10,000 members in the electoral unit, spread over branch B; one of them is searched by name
    String[] surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜".split("");
    String[] given = "建国秀英伟洋静帆明华丽军平红玉兰海波志强桂芳春梅文杰晓东".split("");
    List<Member> many = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      String name = surnames[i % surnames.length] + given[(i / surnames.length) % given.length]
          + given[(i / (surnames.length * given.length)) % given.length];
      many.add(BranchFixture.member("bmb-n" + i, f.branchB, name, Membership.FULL, CadreLevel.NONE, Sanction.NONE,
          null, false));
    }
    many.add(BranchFixture.member(ouyang, f.branchB, "欧阳明辉", Membership.FULL, CadreLevel.NONE, Sanction.NONE, null,
        false));
    members.insert(many);
    assertThat(members.countWithin(organizations.get(f.unit).path())).isGreaterThan(MEMBERS);
    election = f.election(electionService, "bmb-election");
    String pid = runtimeService.startProcessInstanceByKey(KEY, businessKey(election, f.branchA), Map.of(
        VAR_ELECTION_ID, election, VAR_ORGANIZATION_ID, f.branchA,
        VAR_FAN_OUT_ID, FanOutIds.branches(election, f.recommendingUnit))).getId();
    taskId = taskService.createTaskQuery().processInstanceId(pid).singleResult().getId();
    browser = Browser.start();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) browser.close();
  }

  @Test
  void secretaryRecordsTheMeetingInTasklist_invalidEntryRefused_submits_unitSeesIt() {
    login(f.secretaryA);
    // the organization's filter comes first and is selected: its one task is this branch's meeting
    By taskLink = By.cssSelector("[cam-tasks] .tasks-list li.task h4.task a[href*='" + taskId + "']");
    browser.click(taskLink);
    // Tasklist enables the form of a task once the user has claimed it
    claim(f.secretaryA);
    browser.visible(FORM);
    browser.until(d -> d.findElement(By.id("bm-search")).isEnabled());
    browser.screenshot("branch-meeting-1-form");

    browser.type(By.id("bm-expected"), "30");
    browser.type(By.id("bm-present"), "26");
    browser.type(By.id("bm-phone"), "2");
    browser.type(By.id("bm-educated"), "28");

    // the picker searches the electoral unit's members on the server: a name among 10,000
    addNominee("欧阳", ouyang);
    addNominee("王建国", f.good.get(0));
    List<WebElement> rows = browser.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(".bm-nominees tr.bm-nominee"));
      return found.size() == 2 ? found : null;
    });
    assertThat(rows.get(0).getText()).contains("欧阳明辉").contains("建设社区党支部");

    // an invalid entry: more votes than members taking part
    browser.type(By.cssSelector("input[data-field='nominees[0].votes']"), "40");
    browser.type(By.cssSelector("input[data-field='nominees[0].fullMemberVotes']"), "20");
    browser.type(By.cssSelector("input[data-field='nominees[1].votes']"), "20");
    browser.type(By.cssSelector("input[data-field='nominees[1].fullMemberVotes']"), "19");
    press(By.cssSelector(".bm-save"));
    WebElement refused = browser.visible(By.cssSelector(".bm-violation[data-field='nominees[0].votes']"));
    assertThat(refused.getText()).contains("第1名推荐人选“欧阳明辉”的得票数").contains("得票数 40 超过参加人数 28");
    assertThat(refused.getAttribute("data-rule")).isEqualTo("VOTES_WITHIN_PARTICIPANTS");
    browser.screenshot("branch-meeting-2-refused");
    assertThat(json(Api.as(port, f.unitStaff, BranchFixture.PASSWORD).get(branchPath())).get("status").asText())
        .isEqualTo("NOT_SUBMITTED");

    browser.type(By.cssSelector("input[data-field='nominees[0].votes']"), "25");
    press(By.cssSelector(".bm-save"));
    WebElement saved = browser.visible(By.cssSelector(".bm-saved"));
    assertThat(saved.getText()).contains("欧阳明辉").contains("王建国");
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".bm-errors")));
    browser.screenshot("branch-meeting-3-saved");

    press(COMPLETE);
    Api unit = Api.as(port, f.unitStaff, BranchFixture.PASSWORD);
    JsonNode submitted = browser.until(d -> {
      JsonNode view = json(unit.get(branchPath()));
      return "SUBMITTED".equals(view.get("status").asText()) ? view : null;
    });
    browser.screenshot("branch-meeting-4-completed");
    assertThat(submitted.get("submittedBy").asText()).isEqualTo(f.secretaryA);
    assertThat(submitted.get("nominees").findValuesAsText("memberId")).containsExactly(ouyang, f.good.get(0));
    assertThat(submitted.get("branchNames").findValuesAsText("name")).containsExactly("欧阳明辉", "王建国");
    assertThat(submitted.at("/rates/participation/percent").decimalValue()).isEqualByComparingTo("93.3");
    assertThat(submissions.states(election, organizations.get(f.recommendingUnit).path()))
        .extracting(s -> s.branchId() + " " + s.status()).contains(f.branchA + " SUBMITTED");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
  }

  private void addNominee(String query, String memberId) {
    browser.type(By.id("bm-search"), query);
    press(By.cssSelector(".bm-search-button"));
    By candidate = By.cssSelector(".bm-results .bm-candidate[data-member-id='" + memberId + "']");
    browser.visible(candidate);
    assertThat(browser.driver().findElements(By.cssSelector(".bm-results .bm-candidate")).size()).isBetween(1, 20);
    press(candidate);
    browser.visible(By.cssSelector(".bm-nominees tr.bm-nominee[data-member-id='" + memberId + "']"));
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

  private String branchPath() {
    return "/api/nominations/" + election + "/branches/" + f.branchA;
  }

  /**
   * Fills in and sends the login form once, then waits for the signed-in account. The form may be rendered anew while
   * the page settles, so the fields are checked before sending; it is sent again only if nothing happened for 5 s
   * (two logins racing each other would leave the browser with a session the second one replaced).
   */
  private void login(String user) {
    browser.open(url("/camunda/app/tasklist/default/#/login"));
    long[] sentAt = {0};
    browser.until(driver -> {
      if (driver.findElements(ACCOUNT).stream().anyMatch(a -> a.isDisplayed() && "和平书记".equals(a.getText()))) {
        return true;
      }
      if (!driver.findElements(LOGIN_ERROR).isEmpty()) throw new AssertionError("login refused for " + user);
      if (System.currentTimeMillis() - sentAt[0] < 5_000) return false;
      List<WebElement> username = driver.findElements(USERNAME);
      if (username.isEmpty() || !username.get(0).isDisplayed()) return false;
      boolean filled = fill(username.get(0), user) & fill(driver.findElement(PASSWORD), BranchFixture.PASSWORD);
      if (filled) {
        driver.findElement(SIGN_IN).click();
        sentAt[0] = System.currentTimeMillis();
      }
      return false;
    });
  }

  /**
   * Claims the open task. On a loaded machine Tasklist may show its login page again right after signing in (a login
   * sent twice replaced the session under a request in flight): then the user signs in again, as support/Tasklist does.
   */
  private void claim(String user) {
    By claim = By.cssSelector("[cam-tasklist-task] button.claim");
    By unclaim = By.cssSelector("[cam-tasklist-task] button.unclaim");
    browser.until(driver -> {
      if (driver.findElements(unclaim).stream().anyMatch(WebElement::isDisplayed)) return true;
      List<WebElement> username = driver.findElements(USERNAME);
      if (!username.isEmpty() && username.get(0).isDisplayed()) {
        if (fill(username.get(0), user) & fill(driver.findElement(PASSWORD), BranchFixture.PASSWORD)) {
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

  private static boolean fill(WebElement field, String text) {
    if (text.equals(field.getDomProperty("value"))) return true;
    field.clear();
    field.sendKeys(text);
    return false;
  }

  private static JsonNode json(Api.Response response) {
    try {
      return BranchFixture.JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
