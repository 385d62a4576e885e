package cn.congress.nomination.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.report.ReportScenario;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's data over HTTP for a district whose nomination deadline has passed (the reference schedule is in
 * 2025): the first unit completed, the second unit's list was returned, the others are late; the fixed targets are the
 * current list, with the decision's changes and their reasons; each level reads its own subtree only.
 */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  ReportScenario s;

  @BeforeAll
  void campaign() throws Exception {
    s = new ReportScenario("dsh").create(organizations, groups, members, accounts, electionService, json, jdbc);
    Timestamp now = Timestamp.from(Instant.now());
    String fanOut = FanOutIds.units(s.election);
    jdbc.update("insert into fan_out (id, election_id, parent_organization_id, parent_process_instance_id, "
        + "completion_message, child_process_key, expected, opened_at) values (?, ?, ?, 'campaign', 'UnitsDone', "
        + "'RecommendingUnitProcess', 23, ?)", fanOut, s.election, s.district, now);
    for (String unit : s.units) {
      jdbc.update("insert into fan_out_child (fan_out_id, child_organization_id, process_instance_id, started_at, "
          + "completed_at) values (?, ?, ?, ?, ?)", fanOut, unit, "pi-" + unit, now,
          unit.equals(s.units.get(0)) ? now : null);
    }
    jdbc.update("update unit_list set status = 'RETURNED', returned_by = ?, returned_at = ?, returned_reason = ? "
        + "where election_id = ? and unit_id = ?", s.zzb(), now, "推荐人选结构不符合要求，请重新研究", s.election,
        s.units.get(1));
  }

  private JsonNode get(String user, String path) throws Exception {
    Api.Response r = Api.as(port, user, ReportScenario.PASSWORD).get("/api/dashboard" + path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  @Test
  void theElectoralUnitsView_unitsDoneSentBackLate_branches_currentList_changes() throws Exception {
    JsonNode view = get(s.zzb(), "/elections/" + s.election);
    JsonNode units = view.path("units");
    assertThat(units).hasSize(23);
    assertThat(units.get(0).path("status").asText()).isEqualTo("DONE");
    assertThat(units.get(0).path("branches").asInt()).isEqualTo(2);
    assertThat(units.get(0).path("branchesSubmitted").asInt()).isEqualTo(2);
    assertThat(units.get(1).path("status").asText()).isEqualTo("SENT_BACK");
    assertThat(units.get(1).path("statusLabel").asText()).isEqualTo("退回重报");
    assertThat(units.get(1).path("reason").asText()).isEqualTo("推荐人选结构不符合要求，请重新研究");
    assertThat(units.get(1).path("branchesLate").asInt()).isEqualTo(1);
    assertThat(units.get(2).path("status").asText()).isEqualTo("LATE");
    assertThat(view.path("unitsByStatus").path("LATE").asInt()).isEqualTo(21);
    assertThat(view.path("branchesByStatus").path("DONE").asInt()).isEqualTo(2);
    assertThat(view.path("branchesByStatus").path("LATE").asInt()).isEqualTo(1);

    assertThat(view.path("currentList").path("stage").asText()).isEqualTo("INSPECTION");
    JsonNode composition = view.path("currentList").path("composition");
    assertThat(composition.path("total").asInt()).isEqualTo(5);
    List<String> rules = new ArrayList<>();
    composition.path("rules").forEach(r -> rules.add(r.path("code").asText() + "=" + r.path("met").asBoolean()));
    assertThat(rules).contains("WOMEN=false", "MINORITY=true", "LEADING_CADRES=true");
    assertThat(view.path("changes").findValuesAsText("reason")).containsExactlyInAnyOrder(
        ReportScenario.ADDED_REASON, ReportScenario.REMOVED_REASON);
    assertThat(view.path("deadlines").get(0).path("passed").asBoolean()).isTrue();
    assertThat(view.path("participation").path("branchParticipationPercent").decimalValue())
        .isEqualByComparingTo("66.7");
  }

  @Test
  void eachLevelReadsItsOwnSubtree() throws Exception {
    assertThat(Api.as(port, s.staff(1), ReportScenario.PASSWORD).get("/api/dashboard/elections/" + s.election).status())
        .isEqualTo(403);
    assertThat(Api.as(port, s.staff(2), ReportScenario.PASSWORD)
        .get("/api/dashboard/elections/" + s.election + "/units/" + s.units.get(0)).status()).isEqualTo(403);
    assertThat(Api.as(port, s.secretary(), ReportScenario.PASSWORD)
        .get("/api/dashboard/elections/" + s.election + "/units/" + s.units.get(0)).status()).isEqualTo(403);
    assertThat(get(s.cityZzb(), "/elections/" + s.election).path("units")).hasSize(23);

    JsonNode own = get(s.staff(2), "/elections/" + s.election + "/units/" + s.units.get(1));
    assertThat(own.path("unit").path("status").asText()).isEqualTo("SENT_BACK");
    assertThat(own.path("branches")).hasSize(1);
    assertThat(own.path("branches").get(0).path("status").asText()).isEqualTo("LATE");
    // a returned list no longer stands: the unit's list is empty until it files again
    assertThat(own.path("currentList").path("composition").path("total").asInt()).isZero();
    assertThat(get(s.staff(1), "/elections/" + s.election + "/units/" + s.units.get(0))
        .path("currentList").path("composition").path("total").asInt()).isEqualTo(6);

    JsonNode entries = get(s.staff(2), "/elections");
    assertThat(entries.findValuesAsText("scope")).containsExactly("UNIT");
    assertThat(get(s.zzb(), "/elections").findValuesAsText("electionId")).contains(s.election);
    assertThat(get(s.secretary(), "/elections")).isEmpty();
  }
}
