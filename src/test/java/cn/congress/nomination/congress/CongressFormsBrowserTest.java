package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.CongressElectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.AsUser;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.EngineTest;
import cn.congress.nomination.support.Tasklist;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delegate conference's forms in Tasklist, in a real (headless) browser, along one conference of
 * {@link CongressScenario} (23 names for 18 seats, 40 expected, 38 present): the city enters its two nominees (one
 * found with the member search, one by id); the organization department prepares the conference (a staff appointment
 * refused with the rule shown, the three sections saved, completion refused until all three are); a counter saves a
 * tally sheet and sees their own entry only; the scrutineer opens the sealed count (密封, the places of the
 * differences, no figure), resolves the difference and confirms; one seat is unfilled and the conference holds a
 * supplementary round (names chosen in the issue form, ballots returned); the results are filed and the credentials
 * confirmed. Steps that are not about a form go through the engine as the user who owns them.
 */
@EngineTest
@Tag("browser")
@Import(CongressScenario.Roster.class)
// A context of its own, started when this class runs (see InspectionTargetsFormsBrowserTest).
@org.springframework.test.context.TestPropertySource(properties = "nomination.test.context=congress-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CongressFormsBrowserTest {

  /** The sheet's distinctive figures: 37 valid ballots, 31 "for" each of 17 elected, 33 in the other counter's entry. */
  private static final int VALID = 37;
  private static final int ELECTED_VOTES = 31;
  private static final int OTHER_COUNTERS_VOTES = 33;
  private static final int NOT_ELECTED_VOTES = 9;

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
  @Autowired Conference conference;
  @Autowired Counts counts;
  @Autowired CredentialsReview credentials;

  private CongressScenario s;
  private ProcessInstance pi;
  private Tasklist tasklist;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> tasklist == null ? null : tasklist.browser());

  @BeforeAll
  void fixture() throws Exception {
    s = new CongressScenario("cfb").create(organizations, groups, members, accounts, electionService, json, jdbc);
    pi = s.start(repositoryService, runtimeService);
    tasklist = Tasklist.start(port, CongressScenario.PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) tasklist.close();
  }

  @Test
  void theConferenceInTasklist_countSealedForTheScrutineer() {
    nominees();
    preparation();
    long round = openRound(null);
    complete(s.orgDepartment, TASK_RECORD_RETURNED, Map.of(RETURNED, 38L));
    countEntry(round);
    confirmCount(round);
    long supplementary = unfilledSeatsAndSupplementaryRound(round);
    ballotsReturned(supplementary);
    countOnTheEngine(supplementary);
    fileResults();
    credentialsReview();
  }

  /** The city finds one nominee with the member search and enters the other by id. */
  private void nominees() {
    tasklist.login(s.cityDepartment);
    tasklist.openTask(s.cityDepartment, taskId(TASK_NOMINATE_UPPER), "congressUpperNominees");
    tasklist.awaitRows(By.cssSelector(".cg-preliminary tbody tr"), 21);
    String names = text(".cg-preliminary");
    assertThat(names).contains(name(s.candidate(1)), name(s.candidate(21))).doesNotContain("未找到姓名");

    // nothing chosen and "no nominees" not ticked: refused
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-errors")).getText()).contains("请添加提名人选");

    tasklist.browser().type(By.cssSelector(".cg-search"), s.candidate(22));
    tasklist.press(By.cssSelector(".cg-search-go"));
    tasklist.press(By.cssSelector(".cg-found tr[data-member='" + s.candidate(22) + "'] .cg-pick"));
    tasklist.browser().type(By.cssSelector(".cg-member-id"), s.upperNominee);
    tasklist.press(By.cssSelector(".cg-add-id"));
    tasklist.browser().until(d -> d.findElements(By.cssSelector(".cg-nominees tbody tr")).size() == 2);
    assertThat(text(".cg-nominees")).contains(name(s.candidate(22)), name(s.upperNominee));
    tasklist.browser().screenshot("congress-1-nominees");
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_PREPARE_CONFERENCE);
    assertThat(conference.seats(s.election)).isEqualTo(18);
    assertThat(conference.candidateList(s.election)).filteredOn(c -> c.seatSource() == SeatSource.UPPER_NOMINEE)
        .extracting(FormalCandidate::memberId).containsExactlyInAnyOrder(s.candidate(22), s.upperNominee);
    tasklist.logout();
  }

  /** The three sections: a refused staff appointment shows its rule with the Chinese field name; all three saved. */
  private void preparation() {
    tasklist.login(s.orgDepartment);
    tasklist.openTask(s.orgDepartment, taskId(TASK_PREPARE_CONFERENCE), "congressPreparation");
    for (String section : List.of(".cg-rules-section", ".cg-staff-section", ".cg-introduction-section")) {
      assertThat(tasklist.browser().visible(By.cssSelector(section)).getDomAttribute("data-recorded")).isNull();
    }
    assertThat(text(".cg-list-summary")).contains("23 名").contains("18");

    // the election's delegate structure rules to count the upper nominees in: one ticked
    tasklist.browser().until(d -> !d.findElements(By.cssSelector(".cg-upper-rule")).isEmpty());
    String rule = tasklist.browser().driver().findElements(By.cssSelector(".cg-upper-rule")).get(0).getDomProperty("value");
    tasklist.press(By.cssSelector(".cg-upper-rule[value='" + rule + "']"));
    tasklist.press(By.cssSelector(".cg-save-rules"));
    tasklist.browser().visible(By.cssSelector(".cg-rules-section[data-recorded='true']"));
    assertThat(conference.rules(s.election).upperNomineeRules()).containsExactly(rule);

    tasklist.browser().type(By.cssSelector(".cg-counters"), s.counter1);
    tasklist.browser().type(By.cssSelector(".cg-scrutineer-user"), s.scrutineer);
    tasklist.browser().type(By.cssSelector(".cg-scrutineer-member"), s.scrutineerMember);
    tasklist.press(By.cssSelector(".cg-save-staff"));
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-violation[data-rule='TWO_COUNTERS']")).getText())
        .contains("【计票人｜TWO_COUNTERS】");
    tasklist.browser().type(By.cssSelector(".cg-counters"), s.counter1 + "，" + s.counter2);
    tasklist.press(By.cssSelector(".cg-save-staff"));
    tasklist.browser().visible(By.cssSelector(".cg-staff-section[data-recorded='true']"));

    // the introduction is missing: completion refused
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-errors")).getText()).contains("请先保存：候选人介绍");
    tasklist.browser().type(By.cssSelector(".cg-explained-by"), "区委组织部部长");
    tasklist.browser().type(By.cssSelector(".cg-introduction"), "印发候选人简历，逐一介绍候选人基本情况");
    tasklist.press(By.cssSelector(".cg-save-introduction"));
    tasklist.browser().visible(By.cssSelector(".cg-introduction-section[data-recorded='true']"));
    // opened again, the form shows the three as recorded (the overview), nothing to change
    tasklist.browser().driver().navigate().refresh();
    tasklist.openTask(s.orgDepartment, taskId(TASK_PREPARE_CONFERENCE), "congressPreparation");
    for (String section : List.of(".cg-rules-section", ".cg-staff-section", ".cg-introduction-section")) {
      assertThat(tasklist.browser().visible(By.cssSelector(section)).getDomAttribute("data-recorded")).isEqualTo("true");
    }
    assertThat(tasklist.browser().driver().findElement(By.cssSelector(".cg-upper-rule[value='" + rule + "']")).isSelected())
        .isTrue();
    assertThat(tasklist.browser().driver().findElement(By.cssSelector(".cg-counters")).getDomProperty("value"))
        .isEqualTo(s.counter1 + "," + s.counter2);
    tasklist.browser().screenshot("congress-2-preparation");
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_OPEN_ROUND);
    assertThat(conference.counters(s.election)).containsExactlyInAnyOrder(s.counter1, s.counter2);
    tasklist.logout();
  }

  /**
   * The other counter's entry goes in first (on the engine) and differs from the sheet by one figure (33); the counter
   * in Tasklist saves the sheet and sees their own entry, not the other's.
   */
  private void countEntry(long round) {
    List<FormalCandidate> ballot = conference.roundBallot(round);
    Map<String, Integer> sheet = firstRoundVotes(ballot);
    Map<String, Integer> other = new HashMap<>(sheet);
    other.put(ballot.get(0).memberId(), OTHER_COUNTERS_VOTES);
    counts.enterSheet(round, new SheetTotals(VALID, 1, CongressScenario.sheet(ballot, other, VALID).candidates(),
        List.of()), s.counter2);
    complete(s.counter2, TASK_FIRST_COUNT, Map.of());

    tasklist.login(s.counter1);
    tasklist.openTask(s.counter1, taskId(TASK_SECOND_COUNT), "congressCountEntry");
    tasklist.awaitRows(By.cssSelector(".cg-candidates tbody tr"), 23);
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-errors")).getText()).contains("请先保存计票单");
    // the sheet as the counter reads it off the paper
    StringBuilder fill = new StringBuilder("var f = document.querySelector(\"form[name='congressCountEntry']\");"
        + "f.querySelector('.cg-valid').value = '" + VALID + "'; f.querySelector('.cg-invalid').value = '1';");
    for (FormalCandidate c : ballot) {
      int votesFor = sheet.get(c.memberId());
      fill.append("var r = f.querySelector(\".cg-candidates tr[data-member='").append(c.memberId()).append("']\");")
          .append("r.querySelector('.cg-for').value = '").append(votesFor).append("';")
          .append("r.querySelector('.cg-against').value = '").append(VALID - votesFor).append("';")
          .append("r.querySelector('.cg-abstain').value = '0';");
    }
    tasklist.browser().driver().executeScript(fill.toString());
    tasklist.press(By.cssSelector(".cg-save"));
    tasklist.browser().visible(By.cssSelector(".cg-own"));
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-saved")).getText()).contains("计票单已保存");
    String own = text(".cg-own");
    assertThat(own).contains("本人的录入", "有效票", String.valueOf(VALID), String.valueOf(ELECTED_VOTES))
        .doesNotContain(String.valueOf(OTHER_COUNTERS_VOTES));
    assertThat(form("congressCountEntry")).doesNotContain(s.counter2).doesNotContain("不一致");
    tasklist.browser().screenshot("congress-3-own-entry");
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_CONFIRM_COUNT);
    tasklist.logout();
  }

  /** Sealed: 密封, two entries, where they differ — and no figure of either; resolved, then confirmed. */
  private void confirmCount(long round) {
    tasklist.login(s.scrutineer);
    tasklist.openTask(s.scrutineer, taskId(TASK_CONFIRM_COUNT), "congressConfirmCount");
    tasklist.awaitRows(By.cssSelector(".cg-differences li"), 2);
    tasklist.browser().until(d -> d.findElements(By.cssSelector(".cg-entry")).size() == 2);
    String page = form("congressConfirmCount");
    assertThat(page).contains("密封", "2 次", "赞成票两次录入不一致", "不赞成票两次录入不一致");
    for (int figure : List.of(VALID, ELECTED_VOTES, OTHER_COUNTERS_VOTES, VALID - NOT_ELECTED_VOTES)) {
      assertThat(page).as("no figure of the sealed count").doesNotContain(String.valueOf(figure));
    }
    tasklist.browser().screenshot("congress-4-sealed");

    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-errors")).getText()).contains("两次录入不一致");
    long counter1Entry = jdbc.queryForObject("select id from congress_count_entry where round_id = ? and counter = ?",
        Long.class, round, s.counter1);
    tasklist.press(By.cssSelector(".cg-entry[value='" + counter1Entry + "']"));
    tasklist.browser().type(By.cssSelector(".cg-reason"), "核对纸质选票，以第二次录入为准");
    tasklist.press(By.cssSelector(".cg-resolve"));
    tasklist.browser().visible(By.cssSelector(".cg-saved"));
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_DECIDE_UNFILLED);
    assertThat(runtimeService.getVariable(pi.getId(), NEXT_STEP)).isEqualTo("UNFILLED_SEATS");
    assertThat(counts.view(round, s.orgDepartment).tally().of(s.candidate(1)).orElseThrow().votesFor())
        .isEqualTo(sheetVotes(s.candidate(1)));
    tasklist.logout();
  }

  /** The confirmed outcome shown; 另行选举 chosen; its two names chosen in the issue form (1 seat, > 20%: 2 names). */
  private long unfilledSeatsAndSupplementaryRound(long round) {
    tasklist.login(s.orgDepartment);
    tasklist.openTask(s.orgDepartment, taskId(TASK_DECIDE_UNFILLED), "congressUnfilledSeats");
    tasklist.awaitRows(By.cssSelector(".cg-standings tbody tr"), 23);
    assertThat(text(".cg-outcome")).contains("缺额", "1 名");
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-errors")).getText()).contains("请选择另行选举或减少名额");
    tasklist.press(By.cssSelector(".cg-supplementary"));
    tasklist.browser().screenshot("congress-5-unfilled");
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_OPEN_ROUND);

    tasklist.openTask(s.orgDepartment, taskId(TASK_OPEN_ROUND), "congressIssueBallots");
    assertThat(text(".cg-next")).contains("另行选举");
    tasklist.browser().until(d -> !d.findElements(By.cssSelector(".cg-pick")).isEmpty());
    tasklist.browser().type(By.cssSelector(".cg-expected"), "40");
    tasklist.browser().type(By.cssSelector(".cg-present"), "38");
    tasklist.browser().type(By.cssSelector(".cg-issued"), "38");
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-errors")).getText()).contains("请勾选本轮的候选人");
    List<String> chosen = List.of(s.candidate(18), s.candidate(19));
    chosen.forEach(id -> tasklist.press(By.cssSelector(".cg-pick[data-member='" + id + "']")));
    tasklist.browser().screenshot("congress-6-issue");
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_RECORD_RETURNED);
    long supplementary = roundId();
    assertThat(supplementary).isNotEqualTo(round);
    assertThat(conference.round(supplementary).kind()).isEqualTo(RoundKind.SUPPLEMENTARY);
    assertThat(conference.roundBallot(supplementary)).extracting(FormalCandidate::memberId)
        .containsExactlyInAnyOrderElementsOf(chosen);
    return supplementary;
  }

  private void ballotsReturned(long round) {
    tasklist.openTask(s.orgDepartment, taskId(TASK_RECORD_RETURNED), "congressBallotsReturned");
    assertThat(text(".cg-round")).contains("第 2 轮", "另行选举");
    tasklist.browser().type(By.cssSelector(".cg-returned"), "38");
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_FIRST_COUNT);
    assertThat(conference.round(round).returned()).isEqualTo(38);
  }

  /** Both counters enter the same sheet, the scrutineer confirms: every seat filled. */
  private void countOnTheEngine(long round) {
    List<FormalCandidate> ballot = conference.roundBallot(round);
    SheetTotals sheet = CongressScenario.sheet(ballot, Map.of(s.candidate(18), 30, s.candidate(19), 8), 38);
    counts.enterSheet(round, sheet, s.counter1);
    complete(s.counter1, TASK_FIRST_COUNT, Map.of());
    counts.enterSheet(round, sheet, s.counter2);
    complete(s.counter2, TASK_SECOND_COUNT, Map.of());
    complete(s.scrutineer, TASK_CONFIRM_COUNT, Map.of());
    awaitTask(TASK_FILE_RESULTS);
  }

  private void fileResults() {
    tasklist.openTask(s.orgDepartment, taskId(TASK_FILE_RESULTS), "congressFileResults");
    tasklist.awaitRows(By.cssSelector(".cg-elected tbody tr"), 18);
    assertThat(tasklist.browser().driver().findElements(By.cssSelector(".cg-structure tbody tr"))).isNotEmpty();
    String reports = "/api/reports/elections/" + s.election + "/stages/ELECTION";
    assertThat(tasklist.browser().driver().findElement(By.cssSelector(".cg-roster")).getDomAttribute("href"))
        .isEqualTo(reports + "/roster.xlsx");
    assertThat(tasklist.browser().driver().findElement(By.cssSelector(".cg-forms")).getDomAttribute("href"))
        .isEqualTo(reports + "/registration-forms.pdf");
    assertThat(text(".cg-elected")).contains("上级党委提名", "第 2 轮");
    tasklist.browser().screenshot("congress-7-results");
    tasklist.press(Tasklist.COMPLETE);
    awaitTask(TASK_REVIEW_CREDENTIALS);
    tasklist.logout();
  }

  /** An invalid decision without its kind is refused with the field named; then every delegate confirmed. */
  private void credentialsReview() {
    tasklist.login(s.cityDepartment);
    tasklist.openTask(s.cityDepartment, taskId(TASK_REVIEW_CREDENTIALS), "congressCredentials");
    tasklist.awaitRows(By.cssSelector(".cg-delegates tbody tr.cg-open"), 18);
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-errors")).getText()).contains("尚有 18 名代表未作审查结论");

    By first = By.cssSelector(".cg-delegates tbody tr.cg-open .cg-decision");
    new Select(tasklist.browser().visible(first)).selectByValue("INVALID");
    tasklist.press(By.cssSelector(".cg-save"));
    assertThat(tasklist.browser().visible(By.cssSelector(".cg-violation")).getText())
        .startsWith("【审查结论第 1 行无效情形｜REQUIRED】");
    tasklist.browser().screenshot("congress-8-credentials-refused");
    assertThat(credentials.decisions(s.election)).isEmpty();

    new Select(tasklist.browser().visible(first)).selectByValue("CONFIRMED");
    tasklist.press(By.cssSelector(".cg-all"));
    tasklist.press(By.cssSelector(".cg-save"));
    tasklist.browser().until(d -> d.findElements(By.cssSelector(".cg-delegates tbody tr.cg-decided")).size() == 18);
    tasklist.press(Tasklist.COMPLETE);
    tasklist.browser().until(d -> runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0);
    assertThat(credentials.decisions(s.election)).hasSize(18);
  }

  // --- the scenario's figures and engine steps ---

  /** 17 elected with 31 of 37, the other six 9: one seat unfilled (more than half of 40 = 21 needed). */
  private Map<String, Integer> firstRoundVotes(List<FormalCandidate> ballot) {
    Map<String, Integer> votes = new HashMap<>();
    for (FormalCandidate c : ballot) votes.put(c.memberId(), sheetVotes(c.memberId()));
    return votes;
  }

  private int sheetVotes(String memberId) {
    List<String> elected = new ArrayList<>(s.candidates(1, 12));
    elected.addAll(s.candidates(14, 17));
    elected.add(s.candidate(22));
    return elected.contains(memberId) ? ELECTED_VOTES : NOT_ELECTED_VOTES;
  }

  private long openRound(List<String> candidates) {
    Map<String, Object> v = new HashMap<>(Map.of(EXPECTED, 40L, PRESENT, 38L, ISSUED, 38L));
    if (candidates != null) v.put(CANDIDATES, String.join(",", candidates));
    complete(s.orgDepartment, TASK_OPEN_ROUND, v);
    return roundId();
  }

  private long roundId() {
    return ((Number) runtimeService.getVariable(pi.getId(), ROUND_ID)).longValue();
  }

  private String taskId(String key) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task.getId();
  }

  private void awaitTask(String key) {
    tasklist.browser().until(d -> taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .count() == 1);
  }

  private void complete(String user, String key, Map<String, Object> variables) {
    String id = taskId(key);
    AsUser.run(identityService, user, () -> taskService.complete(id, variables));
  }

  private String name(String memberId) {
    return members.find(memberId).orElseThrow().name();
  }

  private String text(String selector) {
    return tasklist.browser().visible(By.cssSelector(selector)).getText();
  }

  private String form(String name) {
    return tasklist.browser().visible(By.cssSelector("form[name='" + name + "']")).getText();
  }
}
