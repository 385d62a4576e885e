package cn.congress.nomination.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.nomination.branch.BranchNominationProcess;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.Await;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard in a real browser during the demo campaign: the district's organization department signs in (Tasklist
 * login), opens the dashboard, sees the charts (units, branches, structure rules) and the units late after the
 * nomination deadline passed; a unit sees its branches; a branch secretary is refused the district's view (403).
 * With {@code -Ddashboard.screenshot=docs/dashboard.png} the district's view is saved there for the README.
 */
@IntegrationTest
@Tag("browser")
@TestPropertySource(properties = {"nomination.demo.enabled=true", "nomination.calendar.unknown-years=WEEKENDS_ONLY",
    // a context of its own: the demo campaign here is not the one the end-to-end test drives to its end
    "nomination.test.context=dashboard-browser"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

  static final String ELECTION = "el-demo-district";
  private static final By LOADED = By.cssSelector("body[data-loaded='true']");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired FanOuts fanOuts;
  @Autowired ObjectMapper json;

  private Browser browser;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> browser);

  /** The campaign runs; ru-01's branches report (one is sent back); the nomination deadline was yesterday. */
  @BeforeAll
  void campaignUnderWay() throws Exception {
    Await.until(Duration.ofMinutes(5), "every unit started", () -> fanOuts.status(FanOutIds.units(ELECTION))
        .map(s -> s.started() == s.expected() && s.expected() == 23).orElse(false));
    List<String> branches = jdbc.queryForList("select id from organization where type = 'BRANCH' and path like "
        + "'/city/district/ru-01/%' order by path", String.class);
    Await.until(Duration.ofMinutes(5), "ru-01's branches have their tasks", () -> branches.stream().allMatch(b ->
        taskService.createTaskQuery().processInstanceBusinessKey(BranchNominationProcess.businessKey(ELECTION, b))
            .taskDefinitionKey(BranchNominationProcess.TASK_RECORD_BRANCH_MEETING).count() == 1));
    for (String branch : branches.subList(0, branches.size() - 2)) submit(branch);
    Await.until(Duration.ofMinutes(1), "the first branch is submitted", () -> "SUBMITTED".equals(jdbc.queryForObject(
        "select status from branch_submission where election_id = ? and branch_id = ?", String.class, ELECTION,
        branches.get(0))));
    Api.Response sent = Api.as(port, "ru-01-staff", "demo").post("/api/nominations/" + ELECTION + "/branches/"
        + branches.get(0) + "/send-back", "{\"reason\":\"参加人数与签到表不符，请核实后重新报送\"}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);

    LocalDate today = DashboardService.today();
    JsonNode election = json.readTree(Api.as(port, "qu-zzb", "demo").get("/api/elections/" + ELECTION).body());
    StringBuilder schedule = new StringBuilder("[");
    for (JsonNode d : election.path("schedule")) {
      String step = d.path("step").asText();
      String due = switch (step) {
        case "WORK_PLAN" -> today.minusDays(20).toString();
        case "DEPLOYMENT" -> today.minusDays(15).toString();
        case "NOMINATION" -> today.minusDays(1).toString();
        default -> d.path("dueOn").asText();
      };
      if (schedule.length() > 1) schedule.append(',');
      schedule.append("{\"step\":\"").append(step).append("\",\"dueOn\":\"").append(due).append("\"}");
    }
    Api.Response moved = Api.as(port, "qu-zzb", "demo").put("/api/elections/" + ELECTION + "/schedule",
        schedule.append(']').toString());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
  }

  /** A fresh browser per test (no session carries over); the last one stays open for the failure screenshot. */
  private void startBrowser() {
    closeBrowser();
    browser = Browser.start();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) browser.close();
    browser = null;
  }

  @Test
  void theOrganizationDepartment_seesTheChartsAndTheLateUnits() throws Exception {
    startBrowser();
    login("qu-zzb");
    browser.open(url("/dashboard?election=" + ELECTION));
    browser.visible(LOADED);
    var driver = browser.driver();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("党代表选举工作进度看板");
    assertThat(driver.findElements(By.cssSelector("svg.donut"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("svg.unit-bars g.unit-status"))).hasSize(23);
    List<WebElement> late = driver.findElements(By.cssSelector("svg.unit-bars g.unit-status[data-status='LATE']"));
    assertThat(late).hasSizeGreaterThanOrEqualTo(22);
    assertThat(late.get(0).getText()).isEqualTo("逾期未报");
    assertThat(driver.findElement(By.id("cards")).getText()).contains("逾期推荐单位").contains("党支部已报送");
    // the structure rules of the delegates, each a bar, none met by an empty list of recommended names
    List<WebElement> rules = driver.findElements(By.cssSelector("svg.rule-bars rect.rule"));
    assertThat(rules).hasSize(8);
    assertThat(driver.findElement(By.id("ruleBars")).getText()).contains("妇女").contains("要求不少于7名");
    assertThat(driver.findElement(By.id("deadlines")).getText()).contains("推荐提名").contains("已过");
    String screenshot = System.getProperty("dashboard.screenshot");
    driver.manage().window().setSize(new Dimension(1400, 2300));
    Path shot = browser.screenshot("dashboard-district");
    if (screenshot != null) Files.copy(shot, Path.of(screenshot), StandardCopyOption.REPLACE_EXISTING);

    // a unit in the list links to its own view: its branches, the one sent back with its reason
    browser.open(url("/dashboard/index.html?election=" + ELECTION + "&unit=ru-01"));
    browser.visible(LOADED);
    String branches = driver.findElement(By.id("branches")).getText();
    assertThat(branches).contains("已完成").contains("退回重报").contains("参加人数与签到表不符");
  }

  @Test
  void aBranchSecretary_isRefusedTheElectoralUnitsView() {
    startBrowser();
    login("br-07-012-sj");
    browser.open(url("/dashboard/index.html?election=" + ELECTION));
    WebElement message = browser.visible(By.id("message"));
    assertThat(message.getText()).startsWith("无权查看");
    assertThat(browser.driver().findElements(By.cssSelector("svg"))).isEmpty();
    assertThat(Api.as(port, "br-07-012-sj", "demo").get("/api/dashboard/elections/" + ELECTION).status())
        .isEqualTo(403);
  }

  @Test
  void theApi_answersEachLevelForItsOwnSubtree() throws Exception {
    assertThat(Api.anonymous(port).get("/api/dashboard/elections/" + ELECTION).status()).isEqualTo(401);
    assertThat(Api.as(port, "dudao", "demo").get("/api/dashboard/elections/" + ELECTION).status()).isEqualTo(200);
    assertThat(Api.as(port, "city-zzb", "demo").get("/api/dashboard/elections/" + ELECTION).status()).isEqualTo(200);
    Api unit = Api.as(port, "ru-07-staff", "demo");
    assertThat(unit.get("/api/dashboard/elections/" + ELECTION).status()).isEqualTo(403);
    assertThat(unit.get("/api/dashboard/elections/" + ELECTION + "/units/ru-08").status()).isEqualTo(403);
    JsonNode own = json.readTree(unit.get("/api/dashboard/elections/" + ELECTION + "/units/ru-07").body());
    assertThat(own.path("unit").path("status").asText()).isEqualTo("LATE");
    assertThat(own.path("branches").size()).isEqualTo(jdbc.queryForObject("select count(*) from organization "
        + "where type = 'BRANCH' and path like '/city/district/ru-07/%'", Integer.class));
    JsonNode entries = json.readTree(unit.get("/api/dashboard/elections").body());
    assertThat(entries.get(0).path("scope").asText()).isEqualTo("UNIT");
    assertThat(entries.get(0).path("organizationId").asText()).isEqualTo("ru-07");

    JsonNode district = json.readTree(Api.as(port, "qu-zzb", "demo").get("/api/dashboard/elections/" + ELECTION).body());
    JsonNode ru01 = district.path("units").get(0);
    assertThat(ru01.path("id").asText()).isEqualTo("ru-01");
    assertThat(ru01.path("branchesSentBack").asInt()).isEqualTo(1);
    assertThat(ru01.path("branchesSubmitted").asInt()).isEqualTo(ru01.path("branches").asInt() - 3);
    assertThat(district.path("branchesByStatus").path("SENT_BACK").asInt()).isEqualTo(1);
  }

  /** The secretary records a meeting where every full member takes part and nominates one member, and submits it. */
  private void submit(String branch) {
    String secretary = branch + "-sj";
    int full = jdbc.queryForObject("select count(*) from member where organization_id = ? and membership = 'FULL'",
        Integer.class, branch);
    String nominee = jdbc.queryForObject("select min(m.id) from member m join election_identity i on i.member_id = m.id "
        + "and i.election_id = ? where m.organization_id like 'br-01-%' and m.membership = 'FULL' and m.sanction = 'NONE' "
        + "and m.under_investigation = false", String.class, ELECTION);
    String meeting = "{\"expected\":%d,\"participants\":{\"PRESENT\":%d,\"PHONE\":1},\"educated\":%d,\"nominees\":"
        + "[{\"memberId\":\"%s\",\"votes\":%d,\"fullMemberVotes\":%d}]}";
    Api api = Api.as(port, secretary, "demo");
    Api.Response saved = api.put("/api/nominations/" + ELECTION + "/branches/" + branch + "/meeting",
        meeting.formatted(full, full - 1, full, nominee, full, full));
    assertThat(saved.status()).as(branch + ": " + saved.body()).isEqualTo(200);
    Api.Response submitted = api.post("/api/nominations/" + ELECTION + "/branches/" + branch + "/submit", "{}");
    assertThat(submitted.status()).as(branch + ": " + submitted.body()).isBetween(200, 299);
  }

  private void login(String user) {
    browser.signInToTasklist("http://localhost:" + port, user, "demo");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
