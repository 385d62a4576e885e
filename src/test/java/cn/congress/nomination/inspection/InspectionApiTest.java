package cn.congress.nomination.inspection;

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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One target's inspection over real HTTP as its users: each step only by its owner (403 otherwise), rules refused with
 * 422 naming them, and the dual signature by one person refused with the rule's Chinese message, nothing changed.
 */
@EngineTest
class InspectionApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Api as(String user) {
    return Api.as(port, user, InspectionScenario.PASSWORD);
  }

  private JsonNode body(Api.Response response) throws Exception {
    return json.readTree(response.body());
  }

  private List<String> rules(Api.Response response) throws Exception {
    return StreamSupport.stream(body(response).get("violations").spliterator(), false)
        .map(v -> v.get("rule").asText()).toList();
  }

  private void runJobs(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()).isEmpty()) {
      for (Job job : jobs) managementService.executeJob(job.getId());
    }
  }

  private static String evidence(String source) {
    return "{\"source\":\"" + source + "\",\"reference\":\"2024-10\",\"summary\":\"未发现问题\"}";
  }

  @Test
  void onePlainTargetOverHttp_eachStepByItsOwner_dualSignatureByOnePersonRefused() throws Exception {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2024-09-27T10:00:00+08:00[Asia/Shanghai]").toInstant()));
    InspectionScenario s = new InspectionScenario("iapi" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, electionService, json, jdbc);
    ProcessInstance pi = s.start(repositoryService, runtimeService, s.plain);
    runJobs(pi);
    String base = "/api/elections/" + s.election + "/inspections";
    String target = base + "/" + s.plain;
    Api team = as(s.team);
    Api discipline = as(s.discipline);
    Api unitStaff = as(s.unitStaff);
    Api both = as(s.both);

    Api.Response list = team.get(base);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(body(list)).hasSize(1);
    assertThat(body(list).get(0).get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(body(list).get(0).get("noticeLastDay").asText()).isEqualTo("2024-10-10");
    assertThat(body(list).get(0).get("openSteps")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
        "Task_PartyOrganizationOpinion", "Task_DisciplineCommissionOpinion", "Task_RecordFourMusts");
    assertThat(unitStaff.get(base).status()).isEqualTo(403);
    assertThat(unitStaff.get(target).status()).as("the party organization reads its target").isEqualTo(200);
    assertThat(body(unitStaff.get(target)).get("complaints")).isEmpty();

    // opinions: each by its own giver
    String agree = "{\"agrees\":true,\"opinion\":\"同意，未发现问题\"}";
    assertThat(team.put(target + "/opinions/party-organization", agree).status()).isEqualTo(403);
    assertThat(rules(unitStaff.put(target + "/opinions/party-organization", "{\"agrees\":true}")))
        .containsExactly("OPINION_TEXT");
    assertThat(unitStaff.put(target + "/opinions/party-organization", agree).status()).isEqualTo(200);
    assertThat(unitStaff.post(target + "/opinions/party-organization/submit", "").status()).isEqualTo(204);
    assertThat(rules(discipline.post(target + "/opinions/discipline-commission/submit", "")))
        .containsExactly("OPINION_GIVEN");
    assertThat(discipline.put(target + "/opinions/discipline-commission", agree).status()).isEqualTo(200);
    assertThat(discipline.post(target + "/opinions/discipline-commission/submit", "").status()).isEqualTo(204);
    assertThat(rules(team.put(target + "/opinions/regulator", agree))).containsExactly("TASK_NOT_OPEN");

    // a complaint during the notice, verified
    assertThat(unitStaff.post(target + "/complaints", "{\"channel\":\"来信\",\"content\":\"x\",\"specific\":true}")
        .status()).isEqualTo(403);
    Api.Response complaint = as(s.department).post(target + "/complaints",
        "{\"channel\":\"来信\",\"content\":\"反映其亲属经商\",\"specific\":true}");
    assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
    long complaintId = body(complaint).get("id").asLong();
    Api.Response verified = discipline.put(target + "/complaints/" + complaintId + "/verification",
        "{\"conclusion\":\"UNSUBSTANTIATED\",\"verification\":\"经核实不属实\",\"evidence\":[" + evidence("RELATIVES_BUSINESS")
            + "]}");
    assertThat(verified.status()).as(verified.body()).isEqualTo(200);

    // the notice ends (clock moved), the team records the four musts
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-10-10T16:00:01Z")));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .singleResult().getId());
    String musts = "{\"musts\":[{\"must\":\"ARCHIVE_REVIEW\",\"result\":\"CLEAR\",\"evidence\":[" + evidence("ARCHIVE")
        + "]},{\"must\":\"PERSONAL_MATTERS\",\"result\":\"NOT_APPLICABLE\"},{\"must\":\"DISCIPLINE_OPINION\","
        + "\"result\":\"CLEAR\",\"evidence\":[" + evidence("DISCIPLINE_OPINION") + "]},{\"must\":\"COMPLAINTS\","
        + "\"result\":\"NOT_APPLICABLE\"}]}";
    assertThat(discipline.put(target + "/musts", musts).status()).isEqualTo(403);
    assertThat(team.put(target + "/musts", musts).status()).isEqualTo(200);
    Api.Response refused = team.post(target + "/musts/submit", "");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(rules(refused)).containsExactly("MUST_APPLIES");
    assertThat(team.put(target + "/musts", musts.replace("{\"must\":\"COMPLAINTS\",\"result\":\"NOT_APPLICABLE\"}",
        "{\"must\":\"COMPLAINTS\",\"result\":\"CLEAR\",\"evidence\":[" + evidence("PETITION") + "]}")).status())
        .isEqualTo(200);
    Api.Response submitted = team.post(target + "/musts/submit", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    runJobs(pi);

    // conclusion, then the dual signature: one person signing both halves is refused, nothing changes
    assertThat(team.put(target + "/conclusion", "{\"political\":\"PASSED\",\"politicalFinding\":\"政治坚定\","
        + "\"integrity\":\"PASSED\",\"integrityFinding\":\"廉洁自律\"}").status()).isEqualTo(200);
    assertThat(team.post(target + "/conclusion/submit", "").status()).isEqualTo(204);
    assertThat(team.post(target + "/signatures/committee-secretary", "").status()).isEqualTo(403);
    Api.Response first = both.post(target + "/signatures/committee-secretary", "");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    runJobs(pi);
    Api.Response twice = both.post(target + "/signatures/discipline-secretary", "");
    assertThat(twice.status()).isEqualTo(422);
    assertThat(rules(twice)).containsExactly("SEPARATE_SIGNATORIES");
    assertThat(body(twice).get("message").asText()).contains("两人分别签字").contains("双签字");
    JsonNode record = body(team.get(target));
    assertThat(record.get("signatures")).hasSize(1);
    assertThat(record.get("inspection").get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(record.get("openSteps")).extracting(JsonNode::asText)
        .containsExactly("Task_DisciplineSecretarySignsIntegrity");

    Api.Response second = discipline.post(target + "/signatures/discipline-secretary", "");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    runJobs(pi);
    assertThat(body(team.get(target)).get("inspection").get("status").asText()).isEqualTo("PASSED");
    assertThat(body(team.get(base)).get(0).get("status").asText()).isEqualTo("PASSED");
  }
}
