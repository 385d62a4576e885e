package cn.congress.nomination.nomination.branch;

import static cn.congress.nomination.nomination.branch.BranchNominationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.ParticipationChannel;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The branch nomination API over real HTTP, as the branch, its unit, the district and the supervision would call it. */
@IntegrationTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BranchNominationApiTest {

  @MockitoBean FanOuts fanOuts;
  @MockitoBean(name = "notifyParentDelegate") JavaDelegate notifyParent;

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired BranchSubmissions submissions;
  @Autowired JdbcTemplate jdbc;

  private final BranchFixture f = new BranchFixture("bna");
  private Api secretaryA;
  private Api secretaryB;
  private Api unitStaff;
  private Api orgDepartment;
  private Api supervisor;

  @BeforeAll
  void fixture() {
    f.create(organizations, groups, members, accounts);
    secretaryA = Api.as(port, f.secretaryA, BranchFixture.PASSWORD);
    secretaryB = Api.as(port, f.secretaryB, BranchFixture.PASSWORD);
    unitStaff = Api.as(port, f.unitStaff, BranchFixture.PASSWORD);
    orgDepartment = Api.as(port, f.orgDepartment, BranchFixture.PASSWORD);
    supervisor = Api.as(port, f.supervisor, BranchFixture.PASSWORD);
  }

  private String newElection() {
    return f.election(electionService, "bna-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private String branchA(String e) {
    return "/api/nominations/" + e + "/branches/" + f.branchA;
  }

  @Test
  void everyViolationNamesFieldRuleAndPerson_nothingSaved() {
    String e = newElection();
    Map<String, Object> bad = Map.of("expected", 10,
        "participants", Map.of("PRESENT", 9, "PHONE", 2),
        "educated", 12,
        "nominees", List.of(
            Map.of("memberId", f.probationary, "votes", 5, "fullMemberVotes", 5),
            Map.of("memberId", f.sanctioned, "votes", 12, "fullMemberVotes", 3),
            Map.of("memberId", f.investigated, "votes", 5, "fullMemberVotes", 6),
            Map.of("memberId", f.outsider, "votes", 5, "fullMemberVotes", 5),
            Map.of("memberId", f.cadre, "votes", 5, "fullMemberVotes", 5, "category", "FRONTLINE_WORKER"),
            Map.of("memberId", f.good.get(0), "votes", 5, "fullMemberVotes", 5),
            Map.of("memberId", f.good.get(0), "votes", 5, "fullMemberVotes", 5),
            Map.of("memberId", "no-such-member", "votes", 1, "fullMemberVotes", 1)));
    Api.Response refused = secretaryA.put(branchA(e) + "/meeting", BranchFixture.json(bad));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(rules(refused)).contains(
        "participants PARTICIPANTS_WITHIN_EXPECTED",
        "educated WITHIN_EXPECTED",
        "nominees[0].memberId FULL_MEMBER",
        "nominees[1].votes VOTES_WITHIN_PARTICIPANTS",
        "nominees[1].memberId NOT_SANCTIONED",
        "nominees[2].fullMemberVotes FULL_MEMBER_VOTES_WITHIN_VOTES",
        "nominees[2].memberId NOT_UNDER_INVESTIGATION",
        "nominees[3].memberId WITHIN_ELECTORAL_UNIT",
        "nominees[4].memberId IDENTITY_CONSISTENT",
        "nominees[6].memberId NO_DUPLICATE_NOMINEE",
        "nominees[7].memberId MEMBER_EXISTS");
    String body = refused.body();
    assertThat(body).contains("孙小红（" + f.probationary + "）是预备党员").contains("周大海").contains("吴审查")
        .contains("冯外县").contains("郑处长").contains("顶帽子").contains("参加人数 11 超过应到人数 10");
    JsonNode read = json(secretaryA.get(branchA(e)));
    assertThat(read.get("status").asText()).isEqualTo("NOT_SUBMITTED");
    assertThat(jdbc.queryForObject("select count(*) from branch_submission where election_id = ?", Integer.class, e))
        .isZero();
  }

  @Test
  void validRecordSaved_ratesAndBranchNamesComputed_onlyTheBranchMayWriteIt() {
    String e = newElection();
    String record = BranchFixture.json(BranchFixture.validMeeting(f.good.subList(0, 3)));
    assertThat(secretaryB.put(branchA(e) + "/meeting", record).status()).isEqualTo(403);
    assertThat(unitStaff.put(branchA(e) + "/meeting", record).status()).isEqualTo(403);
    Api.Response saved = secretaryA.put(branchA(e) + "/meeting", record);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonNode view = json(saved);
    assertThat(view.get("status").asText()).isEqualTo("DRAFT");
    assertThat(view.get("participantCount").asInt()).isEqualTo(29);
    assertThat(view.at("/rates/participation/percent").decimalValue()).isEqualByComparingTo("96.7");
    assertThat(view.at("/rates/education/fraction").asText()).isEqualTo("14/15");
    assertThat(view.get("votesNeeded").asInt()).isEqualTo(15);
    assertThat(view.get("branchNames").findValuesAsText("memberId")).containsExactly(f.good.get(0), f.good.get(1));
    assertThat(view.get("majorityRule").asText()).contains("超过参加人数的1/2");

    // the unit above and the district read it; another branch and another district do not
    assertThat(unitStaff.get(branchA(e)).status()).isEqualTo(200);
    assertThat(supervisor.get(branchA(e)).status()).isEqualTo(200);
    assertThat(secretaryB.get(branchA(e)).status()).isEqualTo(403);
  }

  @Test
  void submittedRecordIsLocked_sentBackByTheUnitOnly_thenEditableAgain() {
    String e = newElection();
    String pid = runtimeService.startProcessInstanceByKey(KEY, businessKey(e, f.branchA), Map.of(VAR_ELECTION_ID, e,
        VAR_ORGANIZATION_ID, f.branchA, VAR_FAN_OUT_ID, e + ":branches:" + f.recommendingUnit)).getId();
    assertThat(secretaryA.put(branchA(e) + "/meeting",
        BranchFixture.json(BranchFixture.validMeeting(f.good.subList(0, 2)))).status()).isEqualTo(200);
    assertThat(secretaryB.post(branchA(e) + "/submit", "").status()).isEqualTo(403);
    Api.Response submitted = secretaryA.post(branchA(e) + "/submit", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(json(submitted).get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(json(submitted).get("editable").asBoolean()).isFalse();

    Api.Response locked = secretaryA.put(branchA(e) + "/meeting",
        BranchFixture.json(BranchFixture.validMeeting(f.good.subList(0, 3))));
    assertThat(locked.status()).isEqualTo(409);
    assertThat(json(locked).get("message").asText()).contains("已提交并锁定");
    awaitWaitingAt(pid, GATEWAY_AWAIT_DECISION);

    String reason = "{\"reason\":\"应到人数与党员名册不符\"}";
    assertThat(secretaryA.post(branchA(e) + "/send-back", reason).status()).isEqualTo(403);
    assertThat(supervisor.post(branchA(e) + "/send-back", reason).status()).isEqualTo(403);
    assertThat(secretaryB.post(branchA(e) + "/send-back", reason).status()).isEqualTo(403);
    Api.Response noReason = unitStaff.post(branchA(e) + "/send-back", "{\"reason\":\" \"}");
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(rules(noReason)).containsExactly("reason REQUIRED");

    Api.Response sentBack = unitStaff.post(branchA(e) + "/send-back", reason);
    assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(200);
    JsonNode view = json(sentBack);
    assertThat(view.get("status").asText()).isEqualTo("SENT_BACK");
    assertThat(view.get("sentBackReason").asText()).isEqualTo("应到人数与党员名册不符");
    assertThat(view.get("sentBackBy").asText()).isEqualTo(f.unitStaff);
    verify(fanOuts).reopen(eq(e + ":branches:" + f.recommendingUnit), eq(f.branchA));
    assertThat(runtimeService.getActiveActivityIds(pid)).containsExactly(TASK_RECORD_BRANCH_MEETING);
    // a second send back finds nothing submitted
    assertThat(orgDepartment.post(branchA(e) + "/send-back", reason).status()).isEqualTo(409);

    assertThat(secretaryA.put(branchA(e) + "/meeting",
        BranchFixture.json(BranchFixture.validMeeting(f.good.subList(0, 3)))).status()).isEqualTo(200);
    Api.Response again = secretaryA.post(branchA(e) + "/submit", "");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject_id = ? and action = ?",
        Integer.class, businessKey(e, f.branchA), "BRANCH_SUBMITTED")).isEqualTo(2);
  }

  @Test
  void submitRefusedWithTheRuleWhenTheRecordIsNoLongerValid() {
    String e = newElection();
    runtimeService.startProcessInstanceByKey(KEY, businessKey(e, f.branchB), Map.of(VAR_ELECTION_ID, e,
        VAR_ORGANIZATION_ID, f.branchB, VAR_FAN_OUT_ID, e + ":branches:" + f.recommendingUnit));
    Api.Response nothingSaved = secretaryB.post("/api/nominations/" + e + "/branches/" + f.branchB + "/submit", "");
    assertThat(nothingSaved.status()).isEqualTo(422);
    assertThat(rules(nothingSaved)).containsExactly("meeting RECORD_SAVED");
  }

  @Test
  void engineRestCannotBypassTheRules() {
    String e = newElection();
    String pid = runtimeService.startProcessInstanceByKey(KEY, businessKey(e, f.branchA), Map.of(VAR_ELECTION_ID, e,
        VAR_ORGANIZATION_ID, f.branchA, VAR_FAN_OUT_ID, e + ":branches:" + f.recommendingUnit)).getId();
    String task = taskService.createTaskQuery().processInstanceId(pid).singleResult().getId();
    // the branch's own secretary completes the task directly through the engine's REST API, nothing saved
    Api.Response direct = secretaryA.post("/engine-rest/task/" + task + "/complete", "{}");
    assertThat(direct.status()).as(direct.body()).isGreaterThanOrEqualTo(400);
    assertThat(direct.body()).contains("meeting").contains("尚未保存党员大会记录");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    // another branch cannot even see it
    assertThat(secretaryB.post("/engine-rest/task/" + task + "/complete", "{}").status()).isGreaterThanOrEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from branch_submission where election_id = ?", Integer.class, e))
        .isZero();
    runtimeService.deleteProcessInstance(pid, "test done");
  }

  @Test
  void mustKnowsChecked_thenReadable() {
    String e = newElection();
    String pid = runtimeService.startProcessInstanceByKey(KEY, businessKey(e, f.branchA), Map.of(VAR_ELECTION_ID, e,
        VAR_ORGANIZATION_ID, f.branchA, VAR_FAN_OUT_ID, e + ":branches:" + f.recommendingUnit)).getId();
    String early = BranchFixture.json(new MustKnowRequest(MustKnowKind.BRANCH_NOMINEES, LocalDate.now(), MustKnowChannel.MEETING, 20));
    assertThat(rules(secretaryA.post(branchA(e) + "/must-knows", early))).containsExactly("meeting SUBMITTED");
    secretaryA.put(branchA(e) + "/meeting", BranchFixture.json(BranchFixture.validMeeting(f.good.subList(0, 2))));
    assertThat(secretaryA.post(branchA(e) + "/submit", "").status()).isEqualTo(200);

    LocalDate tomorrow = LocalDate.now(BranchMeetings.ZONE).plusDays(1);
    Api.Response wrong = secretaryA.post(branchA(e) + "/must-knows",
        BranchFixture.json(new MustKnowRequest(MustKnowKind.BRANCH_NOMINEES, tomorrow, MustKnowChannel.MEETING, 31)));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(rules(wrong)).containsExactlyInAnyOrder("toldOn NOT_IN_FUTURE", "membersTold WITHIN_EXPECTED");
    assertThat(wrong.body()).contains("知晓党员人数 31 超过应到人数 30");
    assertThat(unitStaff.post(branchA(e) + "/must-knows", early).status()).isEqualTo(403);

    Api.Response ok = secretaryA.post(branchA(e) + "/must-knows", BranchFixture.json(new MustKnowRequest(
        MustKnowKind.BRANCH_NOMINEES, LocalDate.now(BranchMeetings.ZONE), MustKnowChannel.BULLETIN, 30)));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    JsonNode listed = json(unitStaff.get(branchA(e) + "/must-knows"));
    assertThat(listed.get(0).get("kind").asText()).isEqualTo("BRANCH_NOMINEES");
    assertThat(listed.get(0).get("channelLabel").asText()).isEqualTo("党务公开栏");
    assertThat(listed.get(0).get("membersTold").asInt()).isEqualTo(30);
    assertThat(listed.get(0).get("confirmedBy").asText()).isEqualTo(f.secretaryA);
    runtimeService.deleteProcessInstance(pid, "test done");
  }

  @Test
  void pickerSearchesTheElectoralUnitOnly_atMostTwentyRows_withHints() {
    String e = newElection();
    JsonNode found = json(secretaryA.get("/api/nominations/" + e + "/candidates?q=" + enc("孙")));
    assertThat(found.findValuesAsText("memberId")).containsExactly(f.probationary);
    assertThat(found.get(0).get("branchName").asText()).isEqualTo("和平社区党支部");
    assertThat(found.get(0).get("hints").toString()).contains("预备党员");
    assertThat(json(secretaryA.get("/api/nominations/" + e + "/candidates?q=" + enc("郑"))).get(0).get("hints")
        .toString()).contains("处级领导干部");
    // the member of the other district is not offered
    assertThat(json(secretaryA.get("/api/nominations/" + e + "/candidates?q=" + enc("冯"))).size()).isZero();
    assertThat(json(secretaryA.get("/api/nominations/" + e + "/candidates?q=" + f.p + "&limit=500")).size())
        .isBetween(1, 20);
    assertThat(Api.anonymous(port).get("/api/nominations/" + e + "/candidates?q=a").status()).isEqualTo(401);
  }

  @Test
  void subtreeRankingStatesAndTotals() {
    String e = newElection();
    for (String branch : List.of(f.branchA, f.branchB)) {
      runtimeService.startProcessInstanceByKey(KEY, businessKey(e, branch), Map.of(VAR_ELECTION_ID, e,
          VAR_ORGANIZATION_ID, branch, VAR_FAN_OUT_ID, e + ":branches:" + f.recommendingUnit));
    }
    secretaryA.put(branchA(e) + "/meeting", BranchFixture.json(BranchFixture.validMeeting(f.good.subList(0, 3))));
    assertThat(secretaryA.post(branchA(e) + "/submit", "").status()).isEqualTo(200);
    String path = organizations.get(f.recommendingUnit).path();
    assertThat(submissions.states(e, path)).extracting(s -> s.branchId() + " " + s.status())
        .containsExactly(f.branchA + " SUBMITTED", f.branchB + " NOT_SUBMITTED");
    // branch B backs the first member as well (in a record of its own)
    var b = new MeetingRequest(10, Map.of(ParticipationChannel.PRESENT, 8), 9,
        List.of(new MeetingRequest.NomineeRow(f.good.get(0), 8, 8, null),
            new MeetingRequest.NomineeRow(f.good.get(2), 6, 6, null)));
    Api.Response savedB = secretaryB.put("/api/nominations/" + e + "/branches/" + f.branchB + "/meeting",
        BranchFixture.json(b));
    assertThat(savedB.status()).as(savedB.body()).isEqualTo(200);
    assertThat(secretaryB.post("/api/nominations/" + e + "/branches/" + f.branchB + "/submit", "").status())
        .isEqualTo(200);

    List<RankedName> ranking = submissions.ranking(e, path);
    assertThat(ranking).extracting(r -> r.memberId() + " " + r.branches() + " " + r.members()).containsExactly(
        f.good.get(0) + " 2 33", f.good.get(1) + " 1 20", f.good.get(2) + " 1 6");
    assertThat(ranking.get(0).name()).isEqualTo("王建国");
    ParticipationTotals totals = submissions.totals(e, organizations.get(f.unit).path());
    assertThat(totals.branches()).isEqualTo(2);
    assertThat(totals.branchesTakingPart()).isEqualTo(2);
    assertThat(totals.expectedMembers()).isEqualTo(40);
    assertThat(totals.membersTakingPart()).isEqualTo(37);
    assertThat(totals.membersByChannel().get(ParticipationChannel.PHONE)).isEqualTo(2);
    assertThat(totals.membersEducated()).isEqualTo(37);
    assertThat(submissions.ranking(e, organizations.get(f.otherUnit).path())).isEmpty();
  }

  private void awaitWaitingAt(String pid, String activityId) {
    long until = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < until && !runtimeService.getActiveActivityIds(pid).contains(activityId)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(runtimeService.getActiveActivityIds(pid)).contains(activityId);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static JsonNode json(Api.Response response) {
    try {
      return BranchFixture.JSON.readTree(response.body());
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  private static List<String> rules(Api.Response response) {
    return StreamSupport.stream(json(response).get("violations").spliterator(), false)
        .map(v -> v.get("field").asText() + " " + v.get("rule").asText()).toList();
  }
}
