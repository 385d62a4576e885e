package cn.congress.nomination.nomination.unit;

import static cn.congress.nomination.nomination.unit.RecommendingUnitProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.when;

import cn.congress.nomination.nomination.ParticipationChannel;
import cn.congress.nomination.nomination.branch.ParticipationTotals;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The unit's API over real HTTP, as the users of the unit, its committee, a branch and the district would call it. */
class UnitNominationApiTest extends UnitProcessTestSupport {

  static final String PASSWORD = "secret-1";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;

  UnitNominationApiTest() {
    super("uapi-");
  }

  Api as(String user) {
    return Api.as(port, f.p + user, PASSWORD);
  }

  @BeforeAll
  void users() {
    accounts.provision(f.p + "unit-1", "推荐单位干事甲", PASSWORD, List.of(f.unit), List.of(Role.COMMITTEE_STAFF));
    accounts.provision(f.p + "unit-2", "推荐单位干事乙", PASSWORD, List.of(f.unit), List.of(Role.COMMITTEE_STAFF));
    accounts.provision(f.p + "com-1", "党委干事甲", PASSWORD, List.of(f.committee), List.of(Role.COMMITTEE_STAFF));
    accounts.provision(f.p + "com-2", "党委干事乙", PASSWORD, List.of(f.committee), List.of(Role.COMMITTEE_STAFF));
    accounts.provision(f.p + "branch", "支部书记", PASSWORD, List.of(f.branchA), List.of(Role.BRANCH_SECRETARY));
    accounts.provision(f.p + "district", "区委组织部干事", PASSWORD, List.of(f.district),
        List.of(Role.ORGANIZATION_DEPARTMENT));
  }

  static JsonNode json(Api.Response r) throws Exception {
    return UnitFixture.JSON.readTree(r.body());
  }

  String meetingJson(cn.congress.nomination.meeting.MeetingDraft draft) throws Exception {
    ObjectNode body = UnitFixture.JSON.valueToTree(draft);
    return UnitFixture.JSON.writeValueAsString(body);
  }

  @Test
  void unitAndCommitteeDriveTheirMeetingsAndFileTheList() throws Exception {
    String base = "/api/nominations/" + f.electionId;
    ProcessInstance pi = start(f.unit);
    branchesSubmitted(pi);

    // reading: the unit and the district above it, not a branch below it
    assertThat(as("unit-1").get(base + "/units/" + f.unit + "/branches").status()).isEqualTo(200);
    assertThat(json(as("district").get(base + "/units/" + f.unit + "/branches"))).hasSize(3);
    assertThat(as("branch").get(base + "/units/" + f.unit + "/branches").status()).isEqualTo(403);
    assertThat(as("unit-1").get(base + "/units/" + f.committee + "/branches").status()).isEqualTo(404);

    // the meeting cannot be recorded before its step
    Api.Response early = as("com-1").put(base + "/committees/" + f.committee + "/meeting", meetingJson(s.committeeDraft()));
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.body()).contains("NOT_AT_STEP");
    completeAs(f.p + "unit-1", f.unit, task(pi), Map.of());

    // the committee: ranking, record, same person refused, another confirms
    JsonNode ranking = json(as("com-1").get(base + "/committees/" + f.committee + "/ranking"));
    assertThat(ranking.get(0).get("memberId").asText()).isEqualTo(s.m(1));
    assertThat(as("unit-1").put(base + "/committees/" + f.committee + "/meeting", meetingJson(s.committeeDraft()))
        .status()).isEqualTo(403);
    Api.Response recorded = as("com-1").put(base + "/committees/" + f.committee + "/meeting",
        meetingJson(s.committeeDraft()));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(json(recorded).get("status").asText()).isEqualTo("RECORDED");
    completeAs(f.p + "com-1", f.committee, task(pi), Map.of());
    Api.Response self = as("com-1").post(base + "/committees/" + f.committee + "/meeting/confirm", "");
    assertThat(self.status()).isEqualTo(422);
    assertThat(self.body()).contains("SECOND_PERSON", "另一人");
    assertThat(as("com-2").post(base + "/committees/" + f.committee + "/meeting/confirm", "").status()).isEqualTo(200);
    completeAs(f.p + "com-2", f.committee, task(pi), Map.of());
    runAsyncJobs(pi);
    assertThat(json(as("unit-1").get(base + "/units/" + f.unit + "/committees")).get(0).get("meetingStatus").asText())
        .isEqualTo("CONFIRMED");

    // what the unit's meeting form shows: the candidates with their identity, the list's requirement
    Api.Response candidates = as("unit-1").get(base + "/units/" + f.unit + "/candidates");
    assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
    assertThat(json(candidates).get(0).get("identityCategoryName").asText()).isEqualTo("局级领导干部");
    Api.Response requirement = as("unit-1").get(base + "/units/" + f.unit + "/requirement");
    assertThat(requirement.status()).as(requirement.body()).isEqualTo(200);
    assertThat(json(requirement).get("names").asInt()).isEqualTo(17);
    assertThat(json(requirement).get("exact").asBoolean()).isTrue();

    // the unit: a short list is refused naming the rule, nothing saved
    Api.Response shortList = as("unit-1").put(base + "/units/" + f.unit + "/meeting", meetingJson(s.unitDraft(16)));
    assertThat(shortList.status()).isEqualTo(422);
    assertThat(shortList.body()).contains("LIST_COUNT", "推荐人选 16 名");
    assertThat(as("unit-1").get(base + "/units/" + f.unit + "/meeting").status()).isEqualTo(204);
    assertThat(as("unit-1").put(base + "/units/" + f.unit + "/meeting", meetingJson(s.unitDraft())).status())
        .isEqualTo(200);
    completeAs(f.p + "unit-1", f.unit, task(pi), Map.of());
    Api.Response rejectWithoutReason = as("unit-2").post(base + "/units/" + f.unit + "/meeting/reject", "{}");
    assertThat(rejectWithoutReason.status()).isEqualTo(422);
    assertThat(as("unit-2").post(base + "/units/" + f.unit + "/meeting/confirm", "").status()).isEqualTo(200);
    completeAs(f.p + "unit-2", f.unit, task(pi), Map.of());

    // filing: the materials preview, a refused and an accepted filing
    when(branches.totals(f.electionId, f.org(f.unit).path())).thenReturn(new ParticipationTotals(3, 3, 120, 117,
        Map.of(ParticipationChannel.PRESENT, 110L, ParticipationChannel.PHONE, 7L), 120));
    JsonNode preview = json(as("unit-1").get(base + "/units/" + f.unit + "/materials"));
    assertThat(preview.get("status").asText()).isEqualTo("SELECTED");
    assertThat(preview.get("roster")).hasSize(17);
    Api.Response noSummary = as("unit-1").post(base + "/units/" + f.unit + "/list", "{\"workSummary\":\"\"}");
    assertThat(noSummary.status()).isEqualTo(422);
    assertThat(noSummary.body()).contains("workSummary");
    ObjectNode file = UnitFixture.JSON.createObjectNode().put("workSummary", "3 个党支部、117 名党员参加推荐。");
    ArrayNode names = file.putArray("names");
    names.addObject().put("memberId", s.m(1)).put("identityCategory", "BUREAU_LEADER");
    Api.Response filed = as("unit-1").post(base + "/units/" + f.unit + "/list", file.toString());
    assertThat(filed.status()).as(filed.body()).isEqualTo(200);
    assertThat(json(filed).get("names")).hasSize(17);

    JsonNode materials = json(as("district").get(base + "/units/" + f.unit + "/materials"));
    assertThat(materials.get("status").asText()).isEqualTo("FILED");
    assertThat(materials.get("workSummary").asText()).contains("117 名党员");
    assertThat(materials.get("registrations").get(0).get("identityCategoryName").asText()).isEqualTo("局级领导干部");
    JsonNode statistics = json(as("district").get(base + "/units/" + f.unit + "/statistics"));
    assertThat(statistics.get("memberParticipationPercent").decimalValue()).isEqualByComparingTo("97.5");
    assertThat(statistics.get("educationPercent").decimalValue()).isEqualByComparingTo("100.0");
    assertThat(statistics.get("namesByIdentityCategory").get("BUREAU_LEADER").asInt()).isEqualTo(6);
    assertThat(json(as("district").get(base + "/units/" + f.unit + "/list")).get("status").asText()).isEqualTo("FILED");
    assertThat(as("branch").get(base + "/units/" + f.unit + "/list").status()).isEqualTo(403);
  }
}
