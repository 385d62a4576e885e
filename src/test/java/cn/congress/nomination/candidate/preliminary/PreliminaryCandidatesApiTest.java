package cn.congress.nomination.candidate.preliminary;

import static cn.congress.nomination.support.ApiJson.body;
import static cn.congress.nomination.support.ApiJson.rules;
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
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The preliminary candidates over real HTTP as their users: each step only by its owner (403), rules refused with 422
 * naming them (also through /engine-rest), the whole path to the approved list.
 */
@EngineTest
@Import(TestInitialCandidates.class)
class PreliminaryCandidatesApiTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  private Api as(String user) {
    return Api.as(port, user, PreliminaryScenario.PASSWORD);
  }


  private String vote(List<String> ballot, List<String> chosen) {
    ObjectNode draft = json.createObjectNode().put("expected", 40).put("present", 38).put("decision", "圈选");
    ArrayNode votes = draft.putArray("votes");
    ballot.forEach(id -> votes.addObject().put("memberId", id).put("votes", chosen.contains(id) ? 33 : 9)
        .put("selected", chosen.contains(id)));
    return draft.toString();
  }

  @Test
  void theWholePathOverHttp_eachStepOnlyByItsOwner() throws Exception {
    PreliminaryScenario s = new PreliminaryScenario("pca" + System.nanoTime() % 100000).create(organizations, groups,
        members, accounts, electionService, json, jdbc, 21);
    ProcessInstance pi = s.start(repositoryService, runtimeService);
    String base = "/api/elections/" + s.election + "/preliminary-candidates";
    Api department = as(s.orgDepartment);
    Api plenary = as(s.plenary);
    Api plenary2 = as(s.plenary2);
    Api city = as(s.cityDepartment);

    assertThat(body(department.get(base + "/initial"))).hasSize(21);
    String briefing = "{\"heldOn\": \"" + LocalDate.now().minusDays(1) + "\", \"attendees\": ["
        + "{\"group\": \"DEMOCRATIC_PARTIES\", \"count\": 6}, {\"group\": \"FEDERATION_OF_INDUSTRY_AND_COMMERCE\", "
        + "\"count\": 2}, {\"group\": \"NON_PARTY_FIGURES\", \"count\": 2}], \"opinions\": \"无不同意见\"}";
    assertThat(plenary.put(base + "/briefing", briefing).status()).isEqualTo(403);
    Api.Response partial = department.put(base + "/briefing", "{\"heldOn\": \"" + LocalDate.now() + "\", "
        + "\"attendees\": [{\"group\": \"NON_PARTY_FIGURES\", \"count\": 0}], \"opinions\": \"无\"}");
    assertThat(partial.status()).as(partial.body()).isEqualTo(422);
    assertThat(rules(partial)).containsExactly("ATTENDED", "GROUP_BRIEFED", "GROUP_BRIEFED");
    assertThat(department.put(base + "/briefing", briefing).status()).isEqualTo(200);
    assertThat(department.post(base + "/briefing/submit", "").status()).isEqualTo(200);

    // the vote: the plenary only; too many names refused, also through /engine-rest
    assertThat(department.put(base + "/vote", vote(s.candidates(1, 21), s.candidates(1, 21))).status()).isEqualTo(403);
    assertThat(plenary.put(base + "/vote", vote(s.candidates(1, 21), s.candidates(3, 18))).status()).isEqualTo(200);
    Api.Response noMargin = plenary.post(base + "/vote/submit", "");
    assertThat(noMargin.status()).as(noMargin.body()).isEqualTo(422);
    assertThat(rules(noMargin)).containsExactly("PRELIMINARY_MARGIN");
    String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    Api.Response bypass = plenary.post("/engine-rest/task/" + taskId + "/complete", "{}");
    assertThat(bypass.status()).as(bypass.body()).isGreaterThanOrEqualTo(400);
    assertThat(bypass.body()).contains("预备人选须多于应选名额");
    assertThat(body(plenary.get(base + "/vote")).path("meeting").path("id").isMissingNode()).isTrue();

    assertThat(plenary.put(base + "/vote", vote(s.candidates(1, 21), s.candidates(1, 21))).status()).isEqualTo(200);
    assertThat(plenary.post(base + "/vote/submit", "").status()).isEqualTo(200);
    Api.Response self = plenary.post(base + "/vote/confirm", "");
    assertThat(self.status()).isEqualTo(422);
    assertThat(rules(self)).contains("SECOND_PERSON");
    Api.Response confirmed = plenary2.post(base + "/vote/confirm", "");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(body(confirmed).at("/meeting/status").asText()).isEqualTo("CONFIRMED");

    // filing and the two gates
    assertThat(plenary.post(base + "/filing", "").status()).isEqualTo(403);
    Api.Response filed = department.post(base + "/filing", "");
    assertThat(filed.status()).as(filed.body()).isEqualTo(200);
    assertThat(body(filed).get("status").asText()).isEqualTo("FILED");
    assertThat(department.post(base + "/filing/review", "{\"passed\": true}").status()).isIn(403, 422);
    Api.Response noReason = city.post(base + "/filing/review", "{\"passed\": false}");
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(rules(noReason)).containsExactly("RETURN_REASON");
    assertThat(body(city.post(base + "/filing/review", "{\"passed\": true}")).get("status").asText())
        .isEqualTo("REVIEW_PASSED");
    Api.Response approved = city.post(base + "/filing/approval", "{\"passed\": true}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(body(approved).get("status").asText()).isEqualTo("APPROVED");

    JsonNode list = body(city.get(base));
    assertThat(list).hasSize(21);
    assertThat(list.get(0).get("removed").asBoolean()).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
