package cn.congress.nomination.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox: written with the caller, delivered one by one, a failing correlation counted, retried by a manager. */
@EngineTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeDispatcherTest {

  private static final String P = "nt-";
  private static final String UNIT_PATH = "/" + P + "upper/" + P + "eu/" + P + "ru/";
  private static final String PASSWORD = "secret-pass-1";

  @LocalServerPort int port;
  @Autowired Notices notices;
  @Autowired NoticeDispatcher dispatcher;
  @Autowired NoticeRows rows;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired UserAccounts accounts;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private String standIn;

  @BeforeAll
  void fixture() {
    List<Organization> tree = List.of(
        new Organization(P + "upper", null, "市委", OrganizationType.UPPER_COMMITTEE, null, "/" + P + "upper/", 0, 0),
        new Organization(P + "eu", P + "upper", "区委", OrganizationType.ELECTORAL_UNIT, null, "/" + P + "upper/" + P + "eu/", 1, 0),
        new Organization(P + "ru", P + "eu", "街道党工委", OrganizationType.RECOMMENDING_UNIT, null, UNIT_PATH, 2, 0),
        branch("br-1"), branch("br-2"), branch("br-3"));
    organizations.insert(tree);
    groups.sync(tree);
    accounts.provision(P + "sec-1", "书记一", PASSWORD, List.of(P + "br-1"), Set.of(Role.BRANCH_SECRETARY));
    accounts.provision(P + "sec-2", "书记二", PASSWORD, List.of(P + "br-2"), Set.of(Role.BRANCH_SECRETARY));
    accounts.provision(P + "zzb", "组织部", PASSWORD, List.of(P + "eu"), Set.of(Role.ORGANIZATION_DEPARTMENT));
    standIn = repositoryService.createDeployment().name("notice-test")
        .addClasspathResource("notice/notice-test-branch.bpmn20.xml").deploy().getId();
  }

  /** The stand-in has the real branch process's key: removed, so that other tests of this context find the real one. */
  @AfterAll
  void removeStandIn() {
    repositoryService.deleteDeployment(standIn, true);
  }

  private static Organization branch(String id) {
    return new Organization(P + id, P + "ru", "支部" + id, OrganizationType.BRANCH, null, UNIT_PATH + P + id + "/", 3, 0);
  }

  @AfterEach
  void noFailure() {
    NoticeTestStep.fail = false;
  }

  @Test
  void oneNoticePerBranch_theWaitingBranchIsCorrelated_theOthersGetItInTheirInbox() throws Exception {
    String waiting = start("e1", "br-1");
    int written = transaction.execute(s -> notices.toBranchesOf(NoticeKind.BRANCH_NOMINEES_FIXED, "e1", UNIT_PATH,
        "推荐人选已确定", "本支部推荐的人选已确定，请向党员通报。"));
    assertThat(written).isEqualTo(3);
    assertThat(statuses("e1")).containsOnly("PENDING");

    dispatchAll();

    assertThat(statuses("e1")).hasSize(3).containsOnly("DELIVERED");
    assertThat(runtimeService.createExecutionQuery().processInstanceId(waiting).activityId("Task_Told").count())
        .isEqualTo(1);

    Api secretary = Api.as(port, P + "sec-1", PASSWORD);
    JsonNode own = json.readTree(secretary.get("/api/notices?electionId=e1").body());
    assertThat(own).hasSize(1);
    assertThat(own.get(0).get("organizationId").asText()).isEqualTo(P + "br-1");
    assertThat(own.get(0).get("kindLabel").asText()).isEqualTo("党支部推荐人选已确定");
    assertThat(secretary.get("/api/notices?organizationId=" + P + "br-2").status()).isEqualTo(403);
    assertThat(json.readTree(Api.as(port, P + "zzb", PASSWORD).get("/api/notices?electionId=e1").body())).hasSize(3);
  }

  @Test
  void aFailingCorrelationIsCounted_failedAfterTenAttempts_aManagerRetriesIt() throws Exception {
    String waiting = start("e2", "br-2");
    dispatchAll(); // notices of other tests sharing the database: from here on a run is one attempt at ours
    transaction.executeWithoutResult(s -> notices.toOrganization(NoticeKind.BRANCH_NOMINEES_FIXED, "e2", P + "br-2",
        "推荐人选已确定", "正文"));
    long id = jdbc.queryForObject("select id from notice where election_id = 'e2'", Long.class);
    NoticeTestStep.fail = true;

    dispatcher.dispatchPending();
    Notice once = rows.find(id).orElseThrow();
    assertThat(once.status()).isEqualTo(NoticeStatus.PENDING);
    assertThat(once.attempts()).isEqualTo(1);
    assertThat(once.lastError()).contains("支部流程暂时无法继续");
    assertThat(runtimeService.createExecutionQuery().processInstanceId(waiting).activityId("Task_AwaitNomineesFixed")
        .count()).as("rolled back: still waiting").isEqualTo(1);

    for (int i = 0; i < 12; i++) dispatcher.dispatchPending();
    assertThat(rows.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.FAILED);
    assertThat(rows.find(id).orElseThrow().attempts()).isEqualTo(10);

    assertThat(Api.as(port, P + "sec-2", PASSWORD).post("/api/notices/" + id + "/retry", "").status()).isEqualTo(403);
    Api.Response retried = Api.as(port, P + "zzb", PASSWORD).post("/api/notices/" + id + "/retry", "");
    assertThat(retried.status()).isEqualTo(200);
    assertThat(json.readTree(retried.body()).get("status").asText()).isEqualTo("PENDING");
    NoticeTestStep.fail = false;
    dispatchAll();

    assertThat(rows.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.DELIVERED);
    assertThat(runtimeService.createExecutionQuery().processInstanceId(waiting).activityId("Task_Told").count())
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'NOTICE_RETRIED' and subject_id = ?",
        Integer.class, String.valueOf(id))).isEqualTo(1);
  }

  private String start(String election, String branch) {
    return runtimeService.startProcessInstanceByKey(NoticeDispatcher.BRANCH_PROCESS, election + "/" + P + branch,
        Map.of("electionId", election, "organizationId", P + branch)).getId();
  }

  private void dispatchAll() {
    while (dispatcher.dispatchPending() > 0) {
      // until a run delivers nothing more
    }
  }

  private List<String> statuses(String election) {
    return jdbc.queryForList("select status from notice where election_id = ?", String.class, election);
  }
}
