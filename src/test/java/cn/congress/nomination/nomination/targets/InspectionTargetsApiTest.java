package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 二下/二上 over real HTTP as its users: who may do what (standing committee, its second member, each unit for its own
 * opinion only, the organization department, the city), rules refused with 422 naming them (also through
 * /engine-rest), and the whole path to consented targets.
 */
@EngineTest
class InspectionTargetsApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  private Api as(String user) {
    return Api.as(port, user, TargetsScenario.PASSWORD);
  }

  private JsonNode body(Api.Response response) throws Exception {
    return json.readTree(response.body());
  }

  private List<String> rules(Api.Response response) throws Exception {
    return StreamSupport.stream(body(response).get("violations").spliterator(), false)
        .map(v -> v.get("rule").asText()).toList();
  }

  private String draft(List<String> selected) {
    ObjectNode draft = json.createObjectNode().put("expected", 11).put("present", 10).put("decision", "同意");
    ArrayNode votes = draft.putArray("votes");
    selected.forEach(id -> votes.addObject().put("memberId", id).put("votes", 9).put("selected", true));
    return draft.toString();
  }

  @Test
  void theWholePathOverHttp_eachStepOnlyByItsOwner() throws Exception {
    TargetsScenario s = new TargetsScenario("ita").create(organizations, groups, members, accounts, electionService,
        json, jdbc, false);
    ProcessInstance pi = s.start(repositoryService, runtimeService);
    String base = "/api/elections/" + s.election + "/inspection-targets";
    Api committee = as(s.committee);
    Api committee2 = as(s.committee2);
    Api department = as(s.orgDepartment);
    Api city = as(s.cityDepartment);
    Api unit1 = as(s.staff(s.units.get(0)));

    // the pool: the electoral unit and above read it, a recommending unit does not
    Api.Response pool = department.get(base + "/pool");
    assertThat(pool.status()).as(pool.body()).isEqualTo(200);
    assertThat(body(pool)).hasSize(25);
    assertThat(city.get(base + "/pool").status()).isEqualTo(200);
    assertThat(unit1.get(base + "/pool").status()).isEqualTo(403);

    // only the standing committee prepares the proposal
    assertThat(department.put(base + "/proposal", draft(s.targets(1, 24))).status()).isEqualTo(403);
    assertThat(unit1.put(base + "/proposal", draft(s.targets(1, 24))).status()).isEqualTo(403);

    // 23 targets: refused naming the rule, through the API and through /engine-rest; nothing recorded
    assertThat(committee.put(base + "/proposal", draft(s.targets(1, 23))).status()).isEqualTo(200);
    Api.Response short23 = committee.post(base + "/proposal/submit", "");
    assertThat(short23.status()).as(short23.body()).isEqualTo(422);
    assertThat(rules(short23)).contains("TARGET_COUNT");
    assertThat(body(short23).get("message").asText()).contains("23 名");
    String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_PROPOSE)
        .singleResult().getId();
    Api.Response bypass = committee.post("/engine-rest/task/" + taskId + "/complete", "{}");
    assertThat(bypass.status()).as(bypass.body()).isGreaterThanOrEqualTo(400);
    assertThat(bypass.body()).contains("TARGET_COUNT".isEmpty() ? "" : "23 名");
    assertThat(body(committee.get(base + "/proposal")).get("meeting")).isNull();

    assertThat(committee.put(base + "/proposal", draft(s.targets(1, 24))).status()).isEqualTo(200);
    Api.Response proposed = committee.post(base + "/proposal/submit", "");
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
    assertThat(body(proposed).at("/meeting/status").asText()).isEqualTo("RECORDED");

    // the second person: not the recorder, not the organization department
    Api.Response self = committee.post(base + "/proposal/confirm", "");
    assertThat(self.status()).as(self.body()).isEqualTo(422);
    assertThat(rules(self)).contains("SECOND_PERSON");
    assertThat(department.post(base + "/proposal/confirm", "").status()).isIn(403, 422);
    Api.Response confirmed = committee2.post(base + "/proposal/confirm", "");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(body(confirmed).at("/meeting/status").asText()).isEqualTo("CONFIRMED");

    // 二下: each unit its own opinion only; it reads the confirmed list, not the drafts
    String opinion = "{\"agrees\": false, \"nameRemarks\": [{\"memberId\": \"" + s.target(3) + "\", \"remark\": \"建议调整\"}]}";
    assertThat(unit1.put(base + "/opinions/" + s.units.get(1), opinion).status()).isEqualTo(403);
    assertThat(unit1.post(base + "/opinions/" + s.units.get(1) + "/submit", "").status()).isEqualTo(403);
    Api.Response unexplained = unit1.put(base + "/opinions/" + s.units.get(0), "{\"agrees\": false}");
    assertThat(unexplained.status()).isEqualTo(422);
    assertThat(rules(unexplained)).containsExactly("DISAGREEMENT_EXPLAINED");
    assertThat(unit1.put(base + "/opinions/" + s.units.get(0), opinion).status()).isEqualTo(200);
    JsonNode seen = body(unit1.get(base + "/proposal"));
    assertThat(seen.get("draft")).isNull();
    assertThat(seen.at("/meeting/status").asText()).isEqualTo("CONFIRMED");
    assertThat(unit1.post(base + "/opinions/" + s.units.get(0) + "/submit", "").status()).isEqualTo(204);
    for (String unit : s.units.subList(1, s.units.size())) {
      Api api = as(s.staff(unit));
      assertThat(api.put(base + "/opinions/" + unit, "{\"agrees\": true}").status()).isEqualTo(200);
      assertThat(api.post(base + "/opinions/" + unit + "/submit", "").status()).isEqualTo(204);
    }
    assertThat(body(unit1.get(base + "/opinions"))).hasSize(1);
    assertThat(body(department.get(base + "/opinions"))).hasSize(23);
    assertThat(body(department.get(base + "/opinions/late"))).isEmpty();
    runContinuations(pi);

    // 二上
    assertThat(committee.put(base + "/decision", draft(s.targets(1, 24))).status()).isEqualTo(200);
    assertThat(committee.post(base + "/decision/submit", "").status()).isEqualTo(200);
    Api.Response rejected = committee2.post(base + "/decision/reject", "{\"reason\": \"实到人数有误\"}");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(body(rejected).at("/meeting/status").asText()).isEqualTo("REJECTED");
    assertThat(committee.post(base + "/decision/submit", "").status()).isEqualTo(200);
    assertThat(committee2.post(base + "/decision/confirm", "").status()).isEqualTo(200);

    // filing: the organization department only
    assertThat(committee.post(base + "/filing", "").status()).isEqualTo(403);
    Api.Response filed = department.post(base + "/filing", "");
    assertThat(filed.status()).as(filed.body()).isEqualTo(200);
    runContinuations(pi);
    assertThat(body(filed).at("/roster/count").asInt()).isEqualTo(24);
    assertThat(body(filed).at("/statistics/opinionsDisagreeing").asInt()).isEqualTo(1);

    // review: the city only; a return needs a reason
    Api.Response notCity = department.post(base + "/filing/review", "{\"consent\": true}");
    assertThat(notCity.status()).isEqualTo(422);
    assertThat(rules(notCity)).containsExactly("TASK_NOT_OPEN");
    Api.Response noReason = city.post(base + "/filing/review", "{\"consent\": false}");
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(rules(noReason)).containsExactly("RETURN_REASON");
    Api.Response consented = city.post(base + "/filing/review", "{\"consent\": true}");
    assertThat(consented.status()).as(consented.body()).isEqualTo(200);
    assertThat(body(consented).get("status").asText()).isEqualTo("CONSENTED");
    runContinuations(pi);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

    // every task was completed by a user of the organization that owns it
    historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).finished().list()
        .forEach(t -> assertThat(t.getAssignee() == null || !t.getAssignee().equals("admin")).isTrue());
  }

  private void runContinuations(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()).isEmpty()) {
      for (Job job : jobs) managementService.executeJob(job.getId());
    }
  }
}
