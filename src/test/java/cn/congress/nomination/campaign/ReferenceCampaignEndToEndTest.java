package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.CampaignUsers.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionIdentities;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.nomination.branch.BranchNominationProcess;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.Await;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The reference scenario over HTTP, as its users: the demo district (23 recommending units, their committees and
 * branches) runs its campaign from the start to the 24 fixed inspection targets filed with the city. Every branch
 * secretary records and submits the meeting; one nominee is refused and one branch is sent back and resubmits; every
 * committee and unit records its meeting and another person confirms it; every unit files 17 names (6 bureau-level,
 * 3 division-level, 8 frontline); the standing committee proposes 24 targets, the units give their opinions, the
 * targets are fixed and filed, the city consents. The history shows each task completed by a user of its organization.
 */
@IntegrationTest
@TestPropertySource(properties = {"nomination.demo.enabled=true", "nomination.calendar.unknown-years=WEEKENDS_ONLY"})
class ReferenceCampaignEndToEndTest {

  static final String ELECTION = "el-demo-district";
  static final String DISTRICT = "district";
  static final LocalDate ELECTION_DATE = LocalDate.of(2027, 4, 9);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Elections elections;
  @Autowired Members members;
  @Autowired ElectionIdentities identities;

  CampaignUsers users;

  @Test
  void referenceCampaign_fromTheBranchesToTheDelegatesElectedAndConfirmed() throws Exception {
    users = new CampaignUsers(port);
    startCampaign();
    List<String> branches = jdbc.queryForList(
        "select id from organization where type = 'BRANCH' and path like ? order by path", String.class,
        "/city/" + DISTRICT + "/%");
    await(Duration.ofMinutes(5), () -> taskService.createTaskQuery()
        .taskDefinitionKey(BranchNominationProcess.TASK_RECORD_BRANCH_MEETING).count() >= branches.size(),
        "every branch has its meeting task");

    Map<String, List<String>> names = new LinkedHashMap<>();
    for (String unit : units()) names.put(unit, UnitNames.of(jdbc, ELECTION, unit, ELECTION_DATE));

    String refusingBranch = branches.get(0);
    refusedNomineeChangesNothing(refusingBranch);
    inParallel(branches, branch -> submitBranch(branch, names.get(unitOf(branch))));
    sendBackOneBranchAndResubmit(branches.get(1), names);

    List<String> units = units();
    inParallel(units, unit -> selectAndFileUnitList(unit, names.get(unit)));

    List<String> targets = proposeTargets();
    inParallel(units, this::giveOpinion);
    fixAndFileTargets(targets);
    JsonNode filing = read(users.api("qu-zzb").get(TARGETS + "/filing").body());
    assertThat(filing.path("status").asText()).isEqualTo("CONSENTED");
    assertThat(filing.toString()).contains(targets.get(0)).contains(targets.get(23));
    for (String unit : units) {
      Api.Response materials = users.api(unit + "-staff").get("/api/nominations/" + ELECTION + "/units/" + unit
          + "/materials");
      assertThat(materials.status()).as(materials.body()).isEqualTo(200);
      assertThat(materials.body()).contains(names.get(unit).get(0)).contains(names.get(unit).get(16));
    }

    try {
      List<String> standing = inspectTargets(targets);
      List<String> initial = initialCandidates(standing, units);
      List<String> preliminary = new PreliminarySteps(users).approve(this::awaitTask);
      assertThat(preliminary).containsExactlyInAnyOrderElementsOf(initial);
      // the materials of the approved list come from its stage roster, for the electoral unit and above
      String reports = "/api/reports/elections/" + ELECTION + "/stages/PRELIMINARY_CANDIDATES";
      JsonNode composition = read(users.api("city-zzb").get(reports + "/composition").body());
      assertThat(composition.path("total").asInt()).isEqualTo(initial.size());
      assertThat(users.api("qu-zzb").get(reports + "/roster.xlsx").status()).isEqualTo(200);
      assertThat(users.api("qu-zzb").get(reports + "/registration-forms.pdf").status()).isEqualTo(200);
      assertThat(users.api(branches.get(0) + "-sj").get(reports + "/roster.xlsx").status()).isEqualTo(403);
      assertThat(jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = ?", Integer.class,
          ELECTION, "PRELIMINARY_CANDIDATES_FIXED")).isEqualTo(branches.size());

      ConferenceSteps.Elected elected = new ConferenceSteps(users, jdbc, elections, members, identities)
          .elect(this::awaitTask, preliminary);
      delegatesElectedAndReported(elected, branches.size());
      await(Duration.ofMinutes(2), () -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ELECTION)
          .processDefinitionKey("ElectionCampaignProcess").count() == 0, "the campaign ended with the delegates");
      assertThat(historyService.createHistoricActivityInstanceQuery().activityId("End_DelegatesElected").count())
          .isEqualTo(1);
      assertThat(runtimeService.createIncidentQuery().count()).isZero();
    } finally {
      ClockUtil.reset();
    }
    everyTaskCompletedByAUserOfItsOrganization();
  }

  static final String TARGETS = "/api/elections/" + ELECTION + "/inspection-targets";

  /**
   * 16 + 2 elected and confirmed; the results list them in surname stroke order with their seat source; the structure
   * of the unit's 16 is reported against each rule (≤ 9 leaders, ≥ 7 frontline, ≥ 7 women, ≥ 1 minority, ≥ 9 under
   * 50) and met; five must-knows #5 to every branch; the delegates' roster among the report materials.
   */
  private void delegatesElectedAndReported(ConferenceSteps.Elected elected, int branches) {
    JsonNode results = read(users.api("city-zzb").get(ConferenceSteps.PATH + "/results").body());
    assertThat(results.path("complete").asBoolean()).isTrue();
    assertThat(results.path("seats").asInt()).isEqualTo(18);
    List<String> own = new ArrayList<>();
    List<String> upper = new ArrayList<>();
    List<String> names = new ArrayList<>();
    results.path("elected").forEach(d -> {
      (d.path("seatSource").asText().equals("UPPER_NOMINEE") ? upper : own).add(d.path("memberId").asText());
      names.add(d.path("name").asText());
    });
    assertThat(own).containsExactlyInAnyOrderElementsOf(elected.own());
    assertThat(upper).containsExactlyInAnyOrderElementsOf(elected.upper());
    assertThat(names).isSortedAccordingTo(cn.congress.nomination.congress.SurnameStrokeOrder.names());
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    results.path("structure").forEach(r -> rules.put(r.path("code").asText(), r));
    assertThat(rules.keySet()).contains("LEADING_CADRES", "FRONTLINE", "WOMEN", "MINORITY", "UNDER_50");
    assertThat(rules.get("LEADING_CADRES").path("count").asInt()).isLessThanOrEqualTo(9);
    assertThat(rules.get("FRONTLINE").path("count").asInt()).isGreaterThanOrEqualTo(7);
    assertThat(rules.get("WOMEN").path("count").asInt()).isGreaterThanOrEqualTo(7);
    assertThat(rules.get("MINORITY").path("count").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(rules.get("UNDER_50").path("count").asInt()).isGreaterThanOrEqualTo(9);
    for (String code : List.of("LEADING_CADRES", "FRONTLINE", "WOMEN", "MINORITY", "UNDER_50")) {
      assertThat(rules.get(code).path("population").asInt()).as(code + " judges the unit's own 16").isEqualTo(16);
    }
    assertThat(results.path("structureMet").asBoolean()).isTrue();
    JsonNode credentials = read(users.api("qu-zzb").get(ConferenceSteps.PATH + "/credentials").body());
    assertThat(credentials).hasSize(18);
    credentials.forEach(c -> assertThat(c.path("decision").path("decision").asText()).isEqualTo("CONFIRMED"));
    assertThat(jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = ?", Integer.class,
        ELECTION, "ELECTION_RESULTS")).isEqualTo(branches);
    String reports = "/api/reports/elections/" + ELECTION + "/stages/ELECTION";
    assertThat(users.api("city-zzb").get(reports + "/roster.xlsx").status()).isEqualTo(200);
    assertThat(users.api("city-zzb").get(reports + "/registration-forms.pdf").status()).isEqualTo(200);
  }

  /** The 24 inspections; the last target fails the integrity check (vetoed). Returns the targets still standing. */
  private List<String> inspectTargets(List<String> targets) throws InterruptedException {
    InspectionSteps inspection = new InspectionSteps(users, jdbc);
    JsonNode opened = inspection.opened(targets.size());
    Map<String, JsonNode> byTarget = new LinkedHashMap<>();
    opened.forEach(i -> byTarget.put(i.path("memberId").asText(), i));
    assertThat(byTarget.keySet()).containsExactlyInAnyOrderElementsOf(targets);
    inParallel(targets, t -> inspection.opinions(byTarget.get(t)));
    inspection.noticePeriodsEnd(opened);
    await(Duration.ofMinutes(3), () -> {
      for (JsonNode i : read(users.api("qu-zzb").get(InspectionSteps.PATH).body())) {
        if (!i.path("noticeOver").asBoolean()) return false;
      }
      return true;
    }, "every inspection notice period is over (its timer fired)");
    String vetoed = targets.get(targets.size() - 1);
    inParallel(targets, t -> {
      try {
        inspection.conclude(byTarget.get(t), t.equals(vetoed));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    inParallel(targets, t -> {
      try {
        inspection.sign(t);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    await(Duration.ofMinutes(2), () -> inspection.statuses().stream().noneMatch("IN_PROGRESS"::equals),
        "every inspection has ended");
    assertThat(inspection.statuses()).containsOnly("PASSED", "VETOED").filteredOn("VETOED"::equals).hasSize(1);
    List<String> standing = new ArrayList<>(targets);
    standing.remove(vetoed);
    return standing;
  }

  /**
   * The initial candidates: 21 proposed and consented, published; one objection from the public (unsubstantiated),
   * one from the hotline (substantiated: removed); the units' feedback; the period ends; the list shortened to 20.
   */
  private List<String> initialCandidates(List<String> standingTargets, List<String> units) throws Exception {
    InitialCandidateSteps initial = new InitialCandidateSteps(users, jdbc, port);
    List<String> proposed = initial.proposeAndPublish(ELECTION_DATE, this::awaitTask);
    assertThat(standingTargets).containsAll(proposed);
    String objected = proposed.get(proposed.size() - 1);
    String publicity = initial.objectionsVerified(proposed.get(0), objected);
    inParallel(units, unit -> {
      awaitTask(unit + "-staff", ELECTION, "Task_DeliberateInitialCandidates");
      initial.feedback(unit);
    });
    initial.periodEnds(publicity);
    List<String> shortened = new ArrayList<>(proposed);
    shortened.remove(objected);
    initial.shortenAndFile(shortened, this::awaitTask);
    JsonNode overview = read(users.api("qu-zzb").get(InitialCandidateSteps.PATH).body());
    List<String> filed = new ArrayList<>();
    overview.path("filing").path("memberIds").forEach(n -> filed.add(n.asText()));
    assertThat(filed).containsExactlyInAnyOrderElementsOf(shortened);
    return shortened;
  }

  private void awaitTask(String user, String taskKey) {
    awaitTask(user, ELECTION, taskKey);
  }

  /** 二下: the standing committee proposes 24 from the pool (qu-cwh records, qu-cwh-2 confirms). */
  private List<String> proposeTargets() throws InterruptedException {
    await(Duration.ofMinutes(3), () -> users.task("qu-cwh", ELECTION, "Task_ProposeInspectionTargets").isPresent(),
        "the standing committee proposes");
    List<String> pool = ids(read(users.api("qu-cwh").get(TARGETS + "/pool").body()), "memberId");
    assertThat(pool).hasSize(23 * 17);
    List<String> targets = TargetChoice.of(jdbc, ELECTION, pool, ELECTION_DATE);
    Api.Response wrong = users.api("qu-cwh").put(TARGETS + "/proposal", targetMeeting(pool, targets.subList(0, 23)));
    Api.Response refused = wrong.status() == 200 ? users.api("qu-cwh").post(TARGETS + "/proposal/submit", "{}") : wrong;
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("TARGET_COUNT");
    submitted("qu-cwh", "/proposal", targetMeeting(pool, targets));
    ok(users.api("qu-cwh-2").post(TARGETS + "/proposal/confirm", "{}"));
    return targets;
  }

  /** 二上 feedback: each unit agrees, through its staff. */
  private void giveOpinion(String unit) {
    awaitTask(unit + "-staff", ELECTION, "Task_GiveTargetOpinion");
    ok(users.api(unit + "-staff").put(TARGETS + "/opinions/" + unit, "{\"agrees\":true,\"remark\":\"同意\"}"));
    ok(users.api(unit + "-staff").post(TARGETS + "/opinions/" + unit + "/submit", "{}"));
  }

  /** The standing committee fixes the proposed targets, the department files them, the city consents. */
  private void fixAndFileTargets(List<String> targets) {
    awaitTask("qu-cwh", ELECTION, "Task_FixInspectionTargets");
    List<String> pool = ids(read(users.api("qu-cwh").get(TARGETS + "/pool").body()), "memberId");
    submitted("qu-cwh", "/decision", targetMeeting(pool, targets));
    ok(users.api("qu-cwh-2").post(TARGETS + "/decision/confirm", "{}"));
    awaitTask("qu-zzb", ELECTION, "Task_FileTargets");
    ok(users.api("qu-zzb").post(TARGETS + "/filing", "{}"));
    awaitTask("city-zzb", ELECTION, "Task_ReviewTargetFiling");
    ok(users.api("city-zzb").post(TARGETS + "/filing/review", "{\"consent\":true}"));
  }

  private void submitted(String user, String stage, String meeting) {
    ok(users.api(user).put(TARGETS + stage, meeting));
    ok(users.api(user).post(TARGETS + stage + "/submit", "{}"));
  }

  private static void ok(Api.Response response) {
    assertThat(response.status()).as(response.body()).isBetween(200, 204);
  }

  /**
   * The standing committee's meeting: 11 expected, 10 present; every pool name is on the record, the targets selected
   * by all present; choosing for the structure departs from the pool's ranking, so every row carries the reason.
   */
  private static String targetMeeting(List<String> pool, List<String> targets) {
    StringBuilder votes = new StringBuilder();
    for (String id : pool) {
      if (!votes.isEmpty()) votes.append(',');
      boolean selected = targets.contains(id);
      votes.append("{\"memberId\":\"%s\",\"votes\":%d,\"selected\":%s,\"departureReason\":\"%s\"}".formatted(
          id, selected ? 10 : 0, selected, "统筹代表结构（领导干部、一线、女性、少数民族、年龄）"));
    }
    return "{\"expected\":11,\"present\":10,\"decision\":\"常委会研究确定初步人选考察对象\",\"votes\":[%s]}"
        .formatted(votes);
  }

  /** No admin shortcut: whoever completed a task of the campaign belongs to an organization among its candidates. */
  private void everyTaskCompletedByAUserOfItsOrganization() {
    var tasks = historyService.createHistoricTaskInstanceQuery().finished().list();
    assertThat(tasks).hasSizeGreaterThan(1000);
    List<String> wrong = new ArrayList<>();
    for (var task : tasks) {
      var completions = historyService.createUserOperationLogQuery().taskId(task.getId())
          .operationType(org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
      String user = completions.isEmpty() ? null : completions.get(0).getUserId();
      var links = historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
          .type(org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE).list();
      List<String> groups = links.stream().map(org.camunda.bpm.engine.history.HistoricIdentityLinkLog::getGroupId)
          .filter(java.util.Objects::nonNull).toList();
      // counting and its confirmation go to the appointed counters / scrutineers themselves (candidate users)
      List<String> people = links.stream().map(org.camunda.bpm.engine.history.HistoricIdentityLinkLog::getUserId)
          .filter(java.util.Objects::nonNull).toList();
      boolean member = user != null && (people.contains(user) || !groups.isEmpty() && identityService.createGroupQuery()
          .groupMember(user).groupIdIn(groups.toArray(String[]::new)).count() > 0);
      if (!member || user.equals("admin")) wrong.add(task.getTaskDefinitionKey() + " " + task.getId() + " by " + user
          + " candidates " + groups);
    }
    assertThat(wrong).isEmpty();
  }

  private void inParallel(List<String> items, java.util.function.Consumer<String> work) throws InterruptedException {
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (String item : items) {
      pool.submit(() -> {
        try {
          work.accept(item);
        } catch (Throwable e) {
          failures.add(item + ": " + e.getMessage());
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(20, TimeUnit.MINUTES)).isTrue();
    assertThat(failures).isEmpty();
  }

  /**
   * 一上 in a unit: the staff reviews its branches; each committee under it records its meeting and a second person
   * confirms it; the unit's meeting selects the 17 and a second person confirms; the staff files the list.
   */
  private void selectAndFileUnitList(String unit, List<String> names) {
    String key = ELECTION + "/" + unit;
    String staff = unit + "-staff";
    String second = unit + "-staff-2";
    awaitTask(staff, key, "Task_ReviewBranchNominations");
    users.completeOk(staff, key, "Task_ReviewBranchNominations");
    String base = "/api/nominations/" + ELECTION;
    for (JsonNode committee : read(users.api(staff).get(base + "/units/" + unit + "/committees").body())) {
      String id = committee.path("id").asText(committee.path("committeeId").asText());
      String cStaff = id + "-staff";
      awaitTask(cStaff, key, "Task_RecordCommitteeMeeting");
      List<String> ranked = ids(read(users.api(cStaff).get(base + "/committees/" + id + "/ranking").body()), "memberId");
      Api.Response recorded = users.api(cStaff).put(base + "/committees/" + id + "/meeting", meetingRecord(ranked));
      assertThat(recorded.status()).as(id + ": " + recorded.body()).isEqualTo(200);
      users.completeOk(cStaff, key, "Task_RecordCommitteeMeeting");
      awaitTask(id + "-staff-2", key, "Task_ConfirmCommitteeMeeting");
      Api.Response confirmed = users.api(id + "-staff-2").post(base + "/committees/" + id + "/meeting/confirm", "{}");
      assertThat(confirmed.status()).as(id + ": " + confirmed.body()).isEqualTo(200);
      users.completeOk(id + "-staff-2", key, "Task_ConfirmCommitteeMeeting");
    }
    awaitTask(staff, key, "Task_RecordUnitMeeting");
    if (unit.equals(units().get(0))) wrongListRefusedNamingTheRules(unit, names);
    Api.Response recorded = users.api(staff).put(base + "/units/" + unit + "/meeting", meetingRecord(names));
    assertThat(recorded.status()).as(unit + ": " + recorded.body()).isEqualTo(200);
    users.completeOk(staff, key, "Task_RecordUnitMeeting");
    awaitTask(second, key, "Task_ConfirmUnitMeeting");
    Api.Response confirmed = users.api(second).post(base + "/units/" + unit + "/meeting/confirm", "{}");
    assertThat(confirmed.status()).as(unit + ": " + confirmed.body()).isEqualTo(200);
    users.completeOk(second, key, "Task_ConfirmUnitMeeting");
    awaitTask(staff, key, "Task_FileUnitList");
    Api.Response filed = users.api(staff).post(base + "/units/" + unit + "/list", unitList(names));
    assertThat(filed.status()).as(unit + ": " + filed.body()).isBetween(200, 201);
    users.completeOk(staff, key, "Task_FileUnitList");
  }

  /** A list one name short is refused at the unit's meeting, naming the rule; nothing is recorded. */
  private void wrongListRefusedNamingTheRules(String unit, List<String> names) {
    Api.Response refused = users.api(unit + "-staff").put("/api/nominations/" + ELECTION + "/units/" + unit
        + "/meeting", meetingRecord(names.subList(0, 16)));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("LIST_COUNT");
    assertThat(users.api(unit + "-staff").get("/api/nominations/" + ELECTION + "/units/" + unit + "/meeting").status())
        .isEqualTo(204);
  }

  /** The meeting of a committee: 9 expected, 8 present, every name of the ranking selected by all present. */
  private static String meetingRecord(List<String> selected) {
    StringBuilder votes = new StringBuilder();
    for (String id : selected) {
      if (!votes.isEmpty()) votes.append(',');
      votes.append("{\"memberId\":\"%s\",\"votes\":8,\"selected\":true}".formatted(id));
    }
    return "{\"expected\":9,\"present\":8,\"decision\":\"会议经充分酝酿，按得票多少确定推荐人选\",\"votes\":[%s]}"
        .formatted(votes);
  }

  private static String unitList(List<String> names) {
    StringBuilder rows = new StringBuilder();
    for (String id : names) {
      if (!rows.isEmpty()) rows.append(',');
      rows.append("{\"memberId\":\"%s\"}".formatted(id));
    }
    return "{\"workSummary\":\"本单位所属党组织和党员全部参加推荐，按照三上三下程序确定推荐人选。\",\"names\":[%s]}"
        .formatted(rows);
  }

  private void awaitTask(String user, String businessKey, String taskKey) {
    try {
      await(Duration.ofMinutes(3), () -> users.task(user, businessKey, taskKey).isPresent(),
          user + " sees " + taskKey + " of " + businessKey);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void startCampaign() {
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ELECTION)
        .processDefinitionKey("ElectionCampaignProcess").count() > 0) {
      return; // the demo starts its campaign at the first start
    }
    Api.Response started = users.api("qu-zzb").post("/api/elections/" + ELECTION + "/campaign", "{}");
    assertThat(started.status()).as(started.body()).isBetween(200, 299);
  }

  private List<String> units() {
    return jdbc.queryForList("select id from organization where type = 'RECOMMENDING_UNIT' and parent_id = ? "
        + "order by sort_order, id", String.class, DISTRICT);
  }

  private String unitOf(String branch) {
    return jdbc.queryForObject("select u.id from organization b join organization u on b.path like concat(u.path, '%') "
        + "where b.id = ? and u.type = 'RECOMMENDING_UNIT'", String.class, branch);
  }

  /** A probationary member among the nominees: refused, naming the person and the rule; the record is unchanged. */
  private void refusedNomineeChangesNothing(String branch) {
    String probationary = jdbc.queryForObject("select m.id from member m join organization o on o.id = m.organization_id "
        + "where m.membership = 'PROBATIONARY' and o.path like ? order by m.id fetch first 1 rows only", String.class,
        "/city/" + DISTRICT + "/%");
    String name = jdbc.queryForObject("select name from member where id = ?", String.class, probationary);
    Api api = users.api(secretaryOf(branch));
    String path = "/api/nominations/" + ELECTION + "/branches/" + branch;
    String before = api.get(path).body();
    Api.Response refused = api.put(path + "/meeting", meeting(branch, List.of(probationary)));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains(name).contains("FULL_MEMBER");
    assertThat(api.get(path).body()).isEqualTo(before);
  }

  private void submitBranch(String branch, List<String> nominees) {
    String secretary = secretaryOf(branch);
    Api.Response saved = users.api(secretary).put("/api/nominations/" + ELECTION + "/branches/" + branch + "/meeting",
        meeting(branch, nominees));
    assertThat(saved.status()).as(branch + ": " + saved.body()).isEqualTo(200);
    users.completeOk(secretary, BranchNominationProcess.businessKey(ELECTION, branch),
        BranchNominationProcess.TASK_RECORD_BRANCH_MEETING);
  }

  /** The unit's staff sends one branch back with a reason; its secretary corrects and submits again. */
  private void sendBackOneBranchAndResubmit(String branch, Map<String, List<String>> names) throws Exception {
    String unit = unitOf(branch);
    await(Duration.ofMinutes(2), () -> "SUBMITTED".equals(status(branch)), branch + " submitted");
    Api.Response sent = users.api(unit + "-staff").post("/api/nominations/" + ELECTION + "/branches/" + branch
        + "/send-back", "{\"reason\":\"参加人数与签到表不符，请核实后重新报送\"}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    await(Duration.ofMinutes(1), () -> users.task(secretaryOf(branch), BranchNominationProcess.businessKey(ELECTION,
        branch), BranchNominationProcess.TASK_RECORD_BRANCH_MEETING).isPresent(), branch + " reopened");
    submitBranch(branch, names.get(unit));
  }

  private String status(String branch) {
    return read(users.api(secretaryOf(branch)).get("/api/nominations/" + ELECTION + "/branches/" + branch).body())
        .path("status").asText();
  }

  /** Every full member of the branch takes part (one by phone) and votes for every nominee. */
  private String meeting(String branch, List<String> nominees) {
    int full = jdbc.queryForObject("select count(*) from member where organization_id = ? and membership = 'FULL'",
        Integer.class, branch);
    int phone = full > 1 ? 1 : 0;
    StringBuilder rows = new StringBuilder();
    for (String nominee : nominees) {
      if (!rows.isEmpty()) rows.append(',');
      rows.append("{\"memberId\":\"%s\",\"votes\":%d,\"fullMemberVotes\":%d}".formatted(nominee, full, full));
    }
    return "{\"expected\":%d,\"participants\":{\"PRESENT\":%d,\"PHONE\":%d},\"educated\":%d,\"nominees\":[%s]}"
        .formatted(full, full - phone, phone, full, rows);
  }

  static String secretaryOf(String branch) {
    return branch + "-sj";
  }

  static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
    Await.until(timeout, what, condition);
  }

  static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path(field).asText()));
    return ids;
  }
}
