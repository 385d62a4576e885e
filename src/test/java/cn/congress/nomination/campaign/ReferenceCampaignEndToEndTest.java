package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.CampaignUsers.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.nomination.branch.BranchNominationProcess;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
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

  CampaignUsers users;

  @Test
  void referenceCampaign_fromTheBranchesToTwentyFourFixedTargets() throws Exception {
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
    submitAllBranches(branches, names);
    sendBackOneBranchAndResubmit(branches.get(1), names);
    // units, committees, targets: see the stages below
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
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains(name).contains("FULL_MEMBER");
    assertThat(api.get(path).body()).isEqualTo(before);
  }

  private void submitAllBranches(List<String> branches, Map<String, List<String>> names) throws InterruptedException {
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (String branch : branches) {
      pool.submit(() -> {
        try {
          submitBranch(branch, names.get(unitOf(branch)));
        } catch (Throwable e) {
          failures.add(branch + ": " + e.getMessage());
        }
      });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(20, TimeUnit.MINUTES)).isTrue();
    assertThat(failures).isEmpty();
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
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) throw new AssertionError("timed out waiting until " + what);
      Thread.sleep(300);
    }
  }

  static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path(field).asText()));
    return ids;
  }
}
