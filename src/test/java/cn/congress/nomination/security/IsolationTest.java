package cn.congress.nomination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A branch secretary gets nothing of another organization, through any door: the engine's REST API, Tasklist (as the
 * browser uses it), the domain API. The other branch's task, process instance and its confidential variable are the
 * markers that must never show up in anything branch A's secretary receives.
 */
@IntegrationTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationTest {

  private static final String FORM_CAPTION = IsolationProbe.FORM_CAPTION;

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups organizationGroups;
  @Autowired Members members;
  @Autowired UserAccounts userAccounts;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfiguration processEngineConfiguration;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private final TreeFixture tree = new TreeFixture("iso");
  private final String secretA = "机密-甲-" + UUID.randomUUID();
  private final String secretB = "机密-乙-" + UUID.randomUUID();
  private String instanceA;
  private String instanceB;
  private String taskA;
  private String taskB;
  private List<String> markersOfB;

  @BeforeAll
  void fixture() {
    tree.create(organizations, organizationGroups, members, userAccounts);
    IsolationProbe.deploy(repositoryService, "isolation-probe");
    instanceA = start(tree.branchA, secretA);
    instanceB = start(tree.branchB, secretB);
    taskA = taskOf(instanceA).getId();
    taskB = taskOf(instanceB).getId();
    markersOfB = List.of(instanceB, taskB, secretB);
  }

  private String start(String branch, String secret) {
    return IsolationProbe.start(runtimeService, branch, secret);
  }

  private Task taskOf(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  /** The tasks branch A's group may work on, asked of the engine directly (no user, no authorization check). */
  private Set<String> tasksOfBranchA() {
    Set<String> ids = new TreeSet<>();
    taskService.createTaskQuery().taskCandidateGroup(tree.branchA).includeAssignedTasks().list()
        .forEach(t -> ids.add(t.getId()));
    return ids;
  }

  private Api secretaryA() {
    return Api.as(port, tree.secretaryA, TreeFixture.PASSWORD);
  }

  @Test
  void engineRestQueriesGiveBranchANothingOfBranchB() {
    Api a = secretaryA();
    assertThat(ids(ok(a.get("/engine-rest/task")))).containsExactlyInAnyOrderElementsOf(tasksOfBranchA())
        .contains(taskA);
    assertThat(ids(ok(a.get("/engine-rest/task?candidateGroup=" + tree.branchB)))).isEmpty();
    assertThat(ids(ok(a.get("/engine-rest/task?processInstanceId=" + instanceB)))).isEmpty();
    assertThat(ok(a.get("/engine-rest/task/count")).get("count").asInt()).isEqualTo(tasksOfBranchA().size());
    for (String path : List.of("/engine-rest/history/task", "/engine-rest/history/task?taskId=" + taskB,
        "/engine-rest/variable-instance", "/engine-rest/variable-instance?processInstanceIdIn=" + instanceB,
        "/engine-rest/history/variable-instance", "/engine-rest/history/detail",
        "/engine-rest/process-instance", "/engine-rest/process-instance?businessKey=" + tree.branchB,
        "/engine-rest/history/process-instance", "/engine-rest/history/activity-instance",
        "/engine-rest/history/identity-link-log", "/engine-rest/history/user-operation", "/engine-rest/execution",
        "/engine-rest/deployment", "/engine-rest/process-definition")) {
      Api.Response response = a.get(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      assertNothingOfB(path, response.body());
    }
    // Variables are not readable by task candidates at all: not even A's own process variables leave the engine here.
    assertThat(a.get("/engine-rest/variable-instance").body()).doesNotContain(secretA);
  }

  @Test
  void sharedFilterListsOnlyBranchATasks() throws Exception {
    Api a = secretaryA();
    JsonNode filters = ok(a.get("/engine-rest/filter?resourceType=Task"));
    List<String> names = new ArrayList<>();
    filters.forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).contains(AccessSetup.FILTER_GROUP_TASKS, AccessSetup.FILTER_MY_TASKS);
    String groupFilter = filterService.createFilterQuery().filterName(AccessSetup.FILTER_GROUP_TASKS).singleResult()
        .getId();
    assertThat(ids(ok(a.post("/engine-rest/filter/" + groupFilter + "/list", "{}"))))
        .containsExactlyInAnyOrderElementsOf(tasksOfBranchA()).contains(taskA);
    assertThat(ids(ok(a.get("/engine-rest/filter/" + groupFilter + "/list"))))
        .containsExactlyInAnyOrderElementsOf(tasksOfBranchA());
    assertThat(ok(a.get("/engine-rest/filter/" + groupFilter + "/count")).get("count").asInt())
        .isEqualTo(tasksOfBranchA().size());
    // Nor can a secretary make a filter of their own that would run with other criteria.
    assertThat(a.post("/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"偷看\",\"query\":{}}")
        .status()).isEqualTo(403);
  }

  @Test
  void branchBTaskIsRefusedToBranchA_andStaysUntouched() {
    Api a = secretaryA();
    assertThat(a.get("/engine-rest/task/" + taskB).status()).isIn(403, 404);
    for (String path : List.of("/form-variables", "/deployed-form", "/form", "/variables", "/identity-links",
        "/localVariables", "/comment", "/attachment")) {
      Api.Response response = a.get("/engine-rest/task/" + taskB + path);
      assertThat(response.status()).as(path).isIn(403, 404);
      assertRefusalRevealsNothing(path, response.body());
      assertThat(response.body()).as(path).doesNotContain(FORM_CAPTION);
    }
    assertThat(a.post("/engine-rest/task/" + taskB + "/claim", "{\"userId\":\"" + tree.secretaryA + "\"}").status())
        .isEqualTo(403);
    assertThat(a.post("/engine-rest/task/" + taskB + "/assignee", "{\"userId\":\"" + tree.secretaryA + "\"}")
        .status()).isEqualTo(403);
    assertThat(a.post("/engine-rest/task/" + taskB + "/complete", "{}").status()).isEqualTo(403);
    assertThat(a.post("/engine-rest/task/" + taskB + "/submit-form", "{}").status()).isEqualTo(403);
    assertThat(a.put("/engine-rest/task/" + taskB + "/variables/confidentialNote",
        "{\"value\":\"篡改\",\"type\":\"String\"}").status()).isEqualTo(403);

    Task untouched = taskOf(instanceB);
    assertThat(untouched).isNotNull();
    assertThat(untouched.getId()).isEqualTo(taskB);
    assertThat(untouched.getAssignee()).isNull();
    assertThat(runtimeService.getVariable(instanceB, "confidentialNote")).isEqualTo(secretB);
  }

  /**
   * The engine's services as branch A's secretary (authentication set as Tasklist, /engine-rest and the simulator
   * set it), with the authorization pre-filter skipped for their few groups (FewGroupsAuthorizationManager): branch
   * B's task is neither found nor claimed nor completed, branch A's own is.
   */
  @Test
  void engineServicesAsBranchARefuseBranchBTask_withThePreFilterSkipped() {
    List<String> groups = List.of(tree.branchA, Role.BRANCH_SECRETARY.groupId());
    identityService.setAuthentication(tree.secretaryA, groups);
    try {
      assertThat(taskService.createTaskQuery().processInstanceId(instanceB).list()).isEmpty();
      assertThat(taskService.createTaskQuery().taskId(taskB).count()).isZero();
      assertThat(taskService.createTaskQuery().taskCandidateGroup(tree.branchB).list()).isEmpty();
      assertThat(taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().list())
          .extracting(Task::getId).containsExactlyInAnyOrderElementsOf(tasksOfBranchA()).contains(taskA);
      assertThatThrownBy(() -> taskService.claim(taskB, tree.secretaryA)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.complete(taskB)).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> taskService.setVariable(taskB, "confidentialNote", "篡改"))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtimeService.getVariable(instanceB, "confidentialNote"))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    Task untouched = taskOf(instanceB);
    assertThat(untouched.getId()).isEqualTo(taskB);
    assertThat(untouched.getAssignee()).isNull();
    assertThat(runtimeService.getVariable(instanceB, "confidentialNote")).isEqualTo(secretB);
    Object manager = ((ProcessEngineConfigurationImpl) processEngineConfiguration).getCommandExecutorTxRequired()
        .execute(context -> (Object) context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(FewGroupsAuthorizationManager.class);

    String extra = start(tree.branchA, secretA);
    String ownTask = taskOf(extra).getId();
    identityService.setAuthentication(tree.secretaryA, groups);
    try {
      taskService.claim(ownTask, tree.secretaryA);
      taskService.complete(ownTask);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(extra).count()).isZero();
  }

  @Test
  void branchASeesItsOwnTaskWithFormAndCompletesIt() throws Exception {
    String extra = start(tree.branchA, secretA);
    String ownTask = taskOf(extra).getId();
    Api a = secretaryA();
    Api.Response variables = a.get("/engine-rest/task/" + ownTask + "/form-variables");
    assertThat(variables.status()).isEqualTo(200);
    assertThat(variables.body()).contains(secretA).doesNotContain(secretB);
    Api.Response form = a.get("/engine-rest/task/" + ownTask + "/deployed-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains(FORM_CAPTION);
    assertThat(a.post("/engine-rest/task/" + ownTask + "/claim", "{\"userId\":\"" + tree.secretaryA + "\"}").status())
        .isEqualTo(204);
    assertThat(a.post("/engine-rest/task/" + ownTask + "/complete", "{}").status()).isEqualTo(204);
    assertThat(taskOf(extra)).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(extra).count()).isZero();
    // Branch B's work went on untouched.
    assertThat(taskOf(instanceB).getId()).isEqualTo(taskB);
  }

  @Test
  void tasklistSessionShowsOnlyBranchATasks() throws Exception {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", tree.secretaryA, TreeFixture.PASSWORD).status()).isEqualTo(200);
    String engine = "/camunda/api/engine/engine/default";
    assertThat(ids(ok(tasklist.get(engine + "/task")))).containsExactlyInAnyOrderElementsOf(tasksOfBranchA())
        .contains(taskA);
    JsonNode filters = ok(tasklist.get(engine + "/filter?resourceType=Task&itemCount=true"));
    List<String> names = new ArrayList<>();
    filters.forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).contains(AccessSetup.FILTER_GROUP_TASKS, AccessSetup.FILTER_MY_TASKS);
    String groupFilter = filterService.createFilterQuery().filterName(AccessSetup.FILTER_GROUP_TASKS).singleResult()
        .getId();
    // Tasklist lists a filter's tasks with a POST: the session's CSRF token has to come along.
    assertThat(ids(ok(tasklist.post(engine + "/filter/" + groupFilter + "/list?firstResult=0&maxResults=50",
        "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]}"))))
        .containsExactlyInAnyOrderElementsOf(tasksOfBranchA()).contains(taskA);
    for (String path : List.of("/history/task", "/variable-instance", "/process-instance",
        "/history/variable-instance")) {
      WebappSession.Response response = tasklist.get(engine + path);
      assertThat(response.status()).as(path).isEqualTo(200);
      assertNothingOfB(path, response.body());
    }
    assertThat(tasklist.get(engine + "/task/" + taskB).status()).isIn(403, 404);
    WebappSession.Response formVariables = tasklist.get(engine + "/task/" + taskB + "/form-variables");
    assertThat(formVariables.status()).isIn(403, 404);
    assertRefusalRevealsNothing("form-variables", formVariables.body());
    assertThat(tasklist.get(engine + "/task/" + taskB + "/deployed-form").status()).isIn(403, 404);
    assertThat(tasklist.post(engine + "/task/" + taskB + "/claim", "{\"userId\":\"" + tree.secretaryA + "\"}")
        .status()).isEqualTo(403);
    assertThat(taskOf(instanceB).getAssignee()).isNull();

    // Last, as it ends the session: a modifying request without the token (a forged cross-site request) is refused.
    String ownTask = tasksOfBranchA().iterator().next();
    WebappSession.Response forged = tasklist.postWithoutCsrfToken(engine + "/task/" + ownTask + "/claim",
        "{\"userId\":\"" + tree.secretaryA + "\"}");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(ownTask).singleResult().getAssignee()).isNull();
  }

  /** Tasklist forms call the domain API on the Tasklist login: same rights as HTTP Basic, plus the CSRF token. */
  @Test
  void tasklistSessionReachesTheDomainApiAsItsUser() throws Exception {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.get("/api/organizations").status()).as("no login yet").isEqualTo(401);
    assertThat(tasklist.login("tasklist", tree.secretaryA, TreeFixture.PASSWORD).status()).isEqualTo(200);
    assertThat(ids(ok(tasklist.get("/api/organizations")))).containsExactly(tree.branchA);
    assertThat(tasklist.get("/api/organizations/" + tree.branchB).status()).isEqualTo(403);
    WebappSession.Response withToken = tasklist.post("/api/accounts", "{}");
    assertThat(withToken.status()).as(withToken.body()).isIn(403, 422);
    assertThat(withToken.body()).doesNotContain("CSRF");

    WebappSession.Response forged = tasklist.postWithoutCsrfToken("/api/accounts", "{}");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.body()).contains("CSRF");
  }

  @Test
  void domainApiKeepsBranchAWithinItsBranch() throws Exception {
    Api a = secretaryA();
    JsonNode mine = ok(a.get("/api/organizations"));
    assertThat(ids(mine)).containsExactly(tree.branchA);
    for (String path : List.of("/api/organizations/" + tree.branchB, "/api/organizations/" + tree.branchB + "/members",
        "/api/organizations/" + tree.branchB + "/children", "/api/organizations/" + tree.unit,
        "/api/organizations/" + tree.unit + "/members", "/api/organizations/" + tree.unitB)) {
      Api.Response response = a.get(path);
      assertThat(response.status()).as(path).isEqualTo(403);
      assertThat(response.body()).as(path).doesNotContain(tree.membersB.get(0)).doesNotContain("乙党员");
    }
    assertThat(ids(ok(a.get("/api/organizations/" + tree.branchA + "/members"))))
        .containsExactlyInAnyOrderElementsOf(tree.membersA);
    assertThat(a.get("/api/accounts/" + tree.secretaryB).status()).isEqualTo(403);
    assertThat(ok(a.get("/api/accounts/" + tree.secretaryA)).get("roles").toString()).contains("BRANCH_SECRETARY");
  }

  @Test
  void unauthenticatedCallsGet401() {
    Api anonymous = Api.anonymous(port);
    for (String path : List.of("/api/organizations", "/api/organizations/" + tree.branchA + "/members",
        "/api/accounts/" + tree.secretaryA, "/engine-rest/task", "/engine-rest/task/" + taskA,
        "/engine-rest/history/task", "/engine-rest/variable-instance", "/engine-rest/history/variable-instance",
        "/engine-rest/process-instance", "/engine-rest/filter", "/engine-rest/task/" + taskA + "/deployed-form")) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(anonymous.post("/api/accounts", "{}").status()).isEqualTo(401);
    assertThat(anonymous.post("/engine-rest/task/" + taskA + "/complete", "{}").status()).isEqualTo(401);
    assertThat(new WebappSession(port).get("/camunda/api/engine/engine/default/task").status()).isEqualTo(401);
  }

  @Test
  void supervisionReadsTheElectoralUnitButChangesNothing() throws Exception {
    Api supervisor = Api.as(port, tree.supervisor, TreeFixture.PASSWORD);
    List<String> all = new ArrayList<>(tree.membersA);
    all.addAll(tree.membersB);
    assertThat(ids(ok(supervisor.get("/api/organizations/" + tree.unit + "/members"))))
        .containsExactlyInAnyOrderElementsOf(all);
    assertThat(supervisor.get("/api/organizations/" + tree.branchB).status()).isEqualTo(200);

    long auditBefore = auditEntries();
    Api.Response refused = supervisor.post("/api/accounts", """
        {"id":"iso-by-supervisor","name":"冒名","password":"long-enough-1","organizationId":"%s",
         "roles":["BRANCH_SECRETARY"]}""".formatted(tree.branchA));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("无权修改");
    assertThat(identityService.createUserQuery().userId("iso-by-supervisor").count()).isZero();
    assertThat(auditEntries()).isEqualTo(auditBefore);
    // The engine refuses too: the supervision group works no task.
    assertThat(supervisor.post("/engine-rest/task/" + taskB + "/complete", "{}").status()).isEqualTo(403);
    assertThat(taskOf(instanceB)).isNotNull();
  }

  @Test
  void firstVisitorCannotCreateAnAdmin() {
    WebappSession visitor = new WebappSession(port);
    WebappSession.Response page = visitor.get("/camunda/app/admin/default/setup/");
    assertThat(page.status()).isIn(403, 404);
    WebappSession.Response create = visitor.post("/camunda/api/admin/setup/default/user/create", """
        {"profile":{"id":"intruder","firstName":"x","lastName":"y","email":"x@example.com"},
         "credentials":{"password":"intruder-pass"}}""");
    assertThat(create.status()).isIn(403, 404);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).list())
        .extracting("id").doesNotContain("intruder").contains("admin");
  }

  private long auditEntries() {
    return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
  }

  private void assertNothingOfB(String what, String body) {
    for (String marker : markersOfB) assertThat(body).as(what).doesNotContain(marker);
  }

  /** A refusal names the id that was asked for, and nothing behind it. */
  private void assertRefusalRevealsNothing(String what, String body) {
    assertThat(body).as(what).doesNotContain(instanceB).doesNotContain(secretB);
  }

  private JsonNode ok(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return parse(response.body());
  }

  private JsonNode ok(WebappSession.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return parse(response.body());
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }
}
