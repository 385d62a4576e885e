package cn.congress.nomination.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.nomination.branch.BranchNominationProcess;
import cn.congress.nomination.nomination.unit.RecommendingUnitProcess;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.MemberAttributes.UnitType;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.security.Viewer;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.Await;
import cn.congress.nomination.support.IntegrationTest;
import cn.congress.nomination.support.SecondNode;
import cn.congress.nomination.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Two application instances sharing one PostgreSQL database, both job executors running: 2,000 branch secretaries
 * submit their meeting records from 8 threads, alternating between the nodes. Every response must be 2xx, every
 * submission counted exactly once, no job may end in an incident, and each recommending unit's process must leave
 * its wait for the branches exactly once.
 */
@IntegrationTest
@Tag("cluster")
@TestPropertySource(properties = "nomination.calendar.unknown-years=WEEKENDS_ONLY")
class BranchSubmissionClusterTest {

  private static final int UNITS = 4;
  private static final int BRANCHES_PER_UNIT = 500;
  private static final int BRANCHES = UNITS * BRANCHES_PER_UNIT;
  private static final int THREADS = 8;
  private static final int MEMBERS_PER_BRANCH = 3;
  private static final String PASSWORD = "cluster-pass-1";
  private static final String UPPER = "cl-city";
  private static final String DISTRICT = "cl-district";
  private static final String ORG_DEPARTMENT = "cl-zzb";
  private static final String ELECTION = "cl-election";

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService elections;
  @Autowired JdbcTemplate jdbc;
  @Autowired Environment environment;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ObjectMapper json;

  @Test
  void twoThousandBranchSubmissionsOnTwoNodes_eachCountedOnce_eachUnitAdvancesOnce() throws Exception {
    assertThat(TestDatabase.onPostgres()).as("the cluster test runs on PostgreSQL (-Dtest.database=postgres)").isTrue();
    List<String> branches = createTree();
    createElection();

    try (SecondNode second = SecondNode.start(Map.of(
        "spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"),
        "spring.datasource.username", environment.getRequiredProperty("spring.datasource.username"),
        "spring.datasource.password", environment.getProperty("spring.datasource.password", ""),
        "nomination.calendar.unknown-years", "WEEKENDS_ONLY"), "admin", Duration.ofMinutes(3))) {

      Api.Response started = Api.as(port, ORG_DEPARTMENT, PASSWORD).post("/api/elections/" + ELECTION + "/campaign", "{}");
      assertThat(started.status()).as(started.body()).isBetween(200, 299);
      await(Duration.ofMinutes(5), () -> taskService.createTaskQuery()
          .taskDefinitionKey(BranchNominationProcess.TASK_RECORD_BRANCH_MEETING).count() == BRANCHES, "every branch has its task");

      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      Instant begin = Instant.now();
      for (int i = 0; i < branches.size(); i++) {
        String branch = branches.get(i);
        int node = i % 2 == 0 ? port : second.port();
        pool.submit(() -> submit(node, branch, failures));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(15, TimeUnit.MINUTES)).isTrue();
      System.out.printf("cluster: %d submissions over 2 nodes from %d threads in %d ms%n", BRANCHES, THREADS,
          Duration.between(begin, Instant.now()).toMillis());
      assertThat(failures).as("non-2xx responses").isEmpty();

      await(Duration.ofMinutes(5), () -> taskService.createTaskQuery()
          .taskDefinitionKey(RecommendingUnitProcess.TASK_REVIEW_BRANCH_NOMINATIONS).count() == UNITS, "every unit reviews its branches");
      await(Duration.ofMinutes(2), () -> managementService.createJobQuery().executable().count() == 0,
          "no job left to run");
    }

    assertThat(jdbc.queryForObject("select count(*) from branch_submission where election_id = ? and status = 'SUBMITTED'",
        Long.class, ELECTION)).isEqualTo(BRANCHES);
    assertThat(jdbc.queryForObject("select count(*) from fan_out_child c join fan_out f on f.id = c.fan_out_id "
        + "where f.election_id = ? and f.id like ? and c.completed_at is not null", Long.class, ELECTION,
        ELECTION + ":branches:%")).isEqualTo(BRANCHES);
    assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
    assertThat(managementService.createJobQuery().withException().count()).as("failed jobs").isZero();
    for (int u = 1; u <= UNITS; u++) {
      String unit = unitId(u);
      assertThat(jdbc.queryForObject("select count(*) from fan_out where id = ? and correlated_at is not null",
          Long.class, FanOutIds.branches(ELECTION, unit))).as(unit + " correlated").isEqualTo(1);
      String unitProcess = runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(ELECTION + "/" + unit).processDefinitionKey(RecommendingUnitProcess.KEY)
          .singleResult().getId();
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(unitProcess)
          .activityId(RecommendingUnitProcess.RECEIVE_TASK_BRANCHES_SUBMITTED).finished().count()).as(unit + " left its wait").isEqualTo(1);
      assertThat(taskService.createTaskQuery().processInstanceId(unitProcess)
          .taskDefinitionKey(RecommendingUnitProcess.TASK_REVIEW_BRANCH_NOMINATIONS).count()).as(unit + " review tasks").isEqualTo(1);
    }
  }

  private void submit(int node, String branch, ConcurrentLinkedQueue<String> failures) {
    Api api = Api.as(node, secretaryOf(branch), PASSWORD);
    String base = "/api/nominations/" + ELECTION + "/branches/" + branch;
    String meeting = """
        {"expected": 3, "participants": {"PRESENT": 2, "PHONE": 1}, "educated": 3,
         "nominees": [{"memberId": "%s", "votes": 3, "fullMemberVotes": 3}]}""".formatted(branch + "-m1");
    try {
      Api.Response saved = api.put(base + "/meeting", meeting);
      if (saved.status() / 100 != 2) {
        failures.add(branch + " PUT " + saved.status() + " " + saved.body());
        return;
      }
      Api.Response submitted = api.post(base + "/submit", "{}");
      if (submitted.status() / 100 != 2) failures.add(branch + " submit " + submitted.status() + " " + submitted.body());
    } catch (RuntimeException e) {
      failures.add(branch + " " + e);
    }
  }

  /** City → district → 4 units → 500 branches each, 3 full members per branch, a secretary per branch. */
  private List<String> createTree() {
    String pUpper = "/" + UPPER + "/";
    String pDistrict = pUpper + DISTRICT + "/";
    List<Organization> tree = new ArrayList<>();
    tree.add(new Organization(UPPER, null, "市委", OrganizationType.UPPER_COMMITTEE, "PARTY_COMMITTEE", pUpper, 0, 0));
    tree.add(new Organization(DISTRICT, UPPER, "区委", OrganizationType.ELECTORAL_UNIT, "PARTY_COMMITTEE", pDistrict, 1,
        0));
    List<String> branches = new ArrayList<>();
    List<Member> people = new ArrayList<>();
    for (int u = 1; u <= UNITS; u++) {
      String unit = unitId(u);
      String pUnit = pDistrict + unit + "/";
      tree.add(new Organization(unit, DISTRICT, "第" + u + "街道党工委", OrganizationType.RECOMMENDING_UNIT,
          "WORKING_COMMITTEE", pUnit, 2, u));
      for (int b = 1; b <= BRANCHES_PER_UNIT; b++) {
        String branch = "%s-br-%03d".formatted(unit, b);
        branches.add(branch);
        tree.add(new Organization(branch, unit, "第" + u + "街道第" + b + "党支部", OrganizationType.BRANCH, null,
            pUnit + branch + "/", 3, b));
        for (int m = 1; m <= MEMBERS_PER_BRANCH; m++) people.add(member(branch + "-m" + m, branch, "党员" + b + "-" + m));
      }
    }
    organizations.insert(tree);
    groups.sync(tree);
    members.insert(people);
    accounts.provision(ORG_DEPARTMENT, "区委组织部干事", PASSWORD, List.of(DISTRICT), Set.of(Role.ORGANIZATION_DEPARTMENT));
    for (String branch : branches) {
      accounts.provision(secretaryOf(branch), "书记", PASSWORD, List.of(branch), Set.of(Role.BRANCH_SECRETARY));
    }
    return branches;
  }

  /** Deadlines far enough ahead that no timer fires during the test. */
  private void createElection() {
    ObjectNode e = json.createObjectNode();
    LocalDate today = LocalDate.now();
    e.put("id", ELECTION).put("electoralUnitId", DISTRICT).put("name", "选举出席市党代会代表")
        .put("congressName", "中国共产党市代表大会").put("electionDate", today.plusDays(120).toString()).put("seats", 3)
        .put("nominationMode", "FULL_QUOTA").put("publicityWorkingDays", 5);
    ArrayNode margins = e.putArray("margins");
    margins.addObject().put("stage", "RECOMMENDATION").put("kind", "MIN_COUNT").put("count", 4);
    margins.addObject().put("stage", "ELECTION").put("kind", "RATIO").put("ratio", 0.2).put("strict", false);
    ArrayNode categories = e.putArray("identityCategories");
    categories.addObject().put("code", "FRONTLINE_WORKER").put("name", "一线职工").put("kind", "FRONTLINE");
    categories.addObject().put("code", "OTHER").put("name", "其他").put("kind", "OTHER");
    e.putArray("structureRules");
    ArrayNode schedule = e.putArray("schedule");
    schedule.addObject().put("step", "NOMINATION").put("dueOn", today.plusDays(40).toString());
    schedule.addObject().put("step", "INSPECTION_TARGETS").put("dueOn", today.plusDays(60).toString());
    schedule.addObject().put("step", "ELECTION").put("dueOn", today.plusDays(120).toString());
    e.putObject("quorum").put("numerator", 4).put("denominator", 5).put("strict", true);
    e.putObject("threshold").put("numerator", 1).put("denominator", 2).put("strict", true).put("basis", "PRESENT");
    try {
      elections.create(json.convertValue(e, ElectionConfig.class), Viewer.system("cluster-test"));
    } catch (ValidationException invalid) {
      throw new AssertionError(invalid.getMessage() + " " + invalid.violations(), invalid);
    }
  }

  private static String unitId(int u) {
    return "cl-ru-" + u;
  }

  private static String secretaryOf(String branch) {
    return branch + "-sj";
  }

  private static Member member(String id, String branch, String name) {
    return new Member(id, branch, name, Gender.FEMALE, "汉族", LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1),
        Membership.FULL, Education.UNIVERSITY, UnitType.COMMUNITY, null, CadreLevel.NONE, Occupation.WORKER,
        HonourLevel.NONE, null, Sanction.NONE, null, false, false, false, false);
  }

  private static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
    Await.until(timeout, what, condition);
  }
}
