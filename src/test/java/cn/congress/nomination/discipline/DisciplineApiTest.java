package cn.congress.nomination.discipline;

import static cn.congress.nomination.support.ApiJson.body;
import static cn.congress.nomination.support.ApiJson.rules;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.candidate.preliminary.PreliminaryScenario;
import cn.congress.nomination.candidate.preliminary.TestInitialCandidates;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The discipline register over real HTTP: who records, who concludes, 422 naming the rule, the removal it causes. */
@EngineTest
@Import(TestInitialCandidates.class)
class DisciplineApiTest {

  @LocalServerPort int port;
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


  @Test
  void pledgesReportsAndConclusionsOverHttp() throws Exception {
    PreliminaryScenario s = new PreliminaryScenario("dca" + System.nanoTime() % 100000).create(organizations, groups,
        members, accounts, electionService, json, jdbc, 21);
    String base = "/api/elections/" + s.election + "/discipline";
    Api department = as(s.orgDepartment);
    Api commission = as(s.discipline);
    Api city = as(s.cityDepartment);

    String pledge = "{\"memberId\": \"" + s.candidate(1) + "\", \"signedOn\": \"" + LocalDate.now() + "\"}";
    assertThat(city.post(base + "/pledges", pledge).status()).isEqualTo(403);
    assertThat(department.post(base + "/pledges", pledge).status()).isEqualTo(201);
    Api.Response twice = commission.post(base + "/pledges", pledge);
    assertThat(twice.status()).isEqualTo(422);
    assertThat(rules(twice)).containsExactly("PLEDGE_ONCE");
    assertThat(body(city.get(base + "/pledges"))).hasSize(1);
    assertThat(body(department.get(base + "/pledges/missing"))).hasSize(20);

    Api.Response noKind = department.post(base + "/violations", "{\"memberId\": \"" + s.candidate(6)
        + "\", \"description\": \"拉票\", \"source\": \"来信\"}");
    assertThat(noKind.status()).isEqualTo(422);
    assertThat(rules(noKind)).containsExactly("REQUIRED");
    Api.Response reported = department.post(base + "/violations", "{\"memberId\": \"" + s.candidate(6)
        + "\", \"kind\": \"CANVASSING\", \"description\": \"通过微信群拉票\", \"source\": \"网络举报\"}");
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    long id = body(reported).get("id").asLong();
    String conclusion = base + "/violations/" + id + "/conclusion";

    assertThat(department.post(conclusion, "{\"conclusion\": \"CONFIRMED\", \"findings\": \"属实\"}").status())
        .isEqualTo(403);
    Api.Response noFindings = commission.post(conclusion, "{\"conclusion\": \"CONFIRMED\"}");
    assertThat(noFindings.status()).as(noFindings.body()).isEqualTo(422);
    assertThat(rules(noFindings)).containsExactly("REQUIRED");
    Api.Response concluded = commission.post(conclusion, "{\"conclusion\": \"CONFIRMED\", \"findings\": \"经核查属实\"}");
    assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
    assertThat(body(concluded).get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(body(concluded).get("removalStage").asText()).isEqualTo("INITIAL_CANDIDATES");
    Api.Response again = commission.post(conclusion, "{\"conclusion\": \"NOT_CONFIRMED\", \"findings\": \"改判\"}");
    assertThat(again.status()).isEqualTo(422);
    assertThat(rules(again)).containsExactly("TASK_NOT_OPEN");
    assertThat(body(city.get(base + "/violations"))).hasSize(1);
    assertThat(body(department.get(base + "/pledges/missing"))).hasSize(19);
  }
}
