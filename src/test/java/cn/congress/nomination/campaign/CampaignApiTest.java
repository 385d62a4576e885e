package cn.congress.nomination.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starting and following a campaign over HTTP, as its users would. */
@EngineTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiTest {

  private final CampaignFixture district = new CampaignFixture("cat-");

  @LocalServerPort int port;
  @Autowired ElectionService elections;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired UserAccounts accounts;
  @Autowired JdbcTemplate jdbc;

  private Api orgDepartment;
  private Api secretary;

  @BeforeAll
  void fixture() {
    district.create(organizations, groups, accounts);
    orgDepartment = Api.as(port, district.orgDepartment, CampaignFixture.PASSWORD);
    secretary = Api.as(port, district.secretary, CampaignFixture.PASSWORD);
  }

  @Test
  void theOrganizationDepartmentStartsIt_onceOnly_everyoneInTheDistrictFollowsIt() throws Exception {
    district.election(elections, "cat-e1");
    assertThat(json(orgDepartment.get("/api/elections/cat-e1/campaign")).get("status").asText()).isEqualTo("NOT_STARTED");

    Api.Response started = orgDepartment.post("/api/elections/cat-e1/campaign", "");

    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode state = json(started);
    assertThat(state.get("status").asText()).isEqualTo("RUNNING");
    assertThat(state.get("activities").findValuesAsText("id")).contains(ElectionCampaignProcess.TASK_AWAIT_UNIT_LISTS);
    assertThat(state.get("units").get("expected").asInt()).isEqualTo(23);
    assertThat(state.get("units").get("correlated").asBoolean()).isFalse();
    JsonNode followed = json(secretary.get("/api/elections/cat-e1/campaign"));
    assertThat(followed.get("processInstanceId").asText()).isEqualTo(state.get("processInstanceId").asText());
    assertThat(json(orgDepartment.get("/api/fan-outs/cat-e1:units")).get("expected").asInt()).isEqualTo(23);
    assertThat(json(orgDepartment.get("/api/notices?electionId=cat-e1&limit=500"))).hasSize(23);

    Api.Response again = orgDepartment.post("/api/elections/cat-e1/campaign", "");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.body()).contains("CAMPAIGN_ALREADY_STARTED").contains("已经启动");
  }

  @Test
  void aBranchSecretaryIsRefused() {
    district.election(elections, "cat-e2");
    Api.Response refused = secretary.post("/api/elections/cat-e2/campaign", "");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("组织部");
    assertThat(jdbc.queryForObject("select status from election where id = 'cat-e2'", String.class)).isEqualTo("DRAFT");
  }

  @Test
  void anInvalidElectionIsRefused_withEveryViolationNamed() {
    district.election(elections, "cat-e3");
    jdbc.update("update election set seats = 0 where id = 'cat-e3'");
    jdbc.update("delete from election_deadline where election_id = 'cat-e3' and step = 'NOMINATION'");

    Api.Response refused = orgDepartment.post("/api/elections/cat-e3/campaign", "");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("DEADLINE_MISSING").contains("推荐提名").contains("seats");
    assertThat(jdbc.queryForObject("select status from election where id = 'cat-e3'", String.class)).isEqualTo("DRAFT");
    assertThat(orgDepartment.post("/api/elections/no-such/campaign", "").status()).isEqualTo(404);
  }

  private static JsonNode json(Api.Response response) throws Exception {
    return CampaignFixture.JSON.readTree(response.body());
  }
}
