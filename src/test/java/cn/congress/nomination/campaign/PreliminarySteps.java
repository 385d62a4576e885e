package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.CampaignUsers.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.campaign.InitialCandidateSteps.Steps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference scenario's preliminary candidates over HTTP: the organization department records the briefing of the
 * democratic parties, the federation of industry and commerce and non-party figures; the plenary circle-votes (qu-qwh
 * records, qu-qwh-2 confirms) every initial candidate; the department files the list; the city's organization
 * department passes the preliminary review and the city approves.
 */
final class PreliminarySteps {

  static final String PATH = "/api/elections/" + ReferenceCampaignEndToEndTest.ELECTION + "/preliminary-candidates";

  private final CampaignUsers users;

  PreliminarySteps(CampaignUsers users) {
    this.users = users;
  }

  /** Returns the approved preliminary candidates. */
  List<String> approve(Steps steps) {
    steps.awaitTask("qu-zzb", "Task_BriefNonPartyFigures");
    List<String> initial = new ArrayList<>();
    read(users.api("qu-zzb").get(PATH + "/initial").body())
        .forEach(n -> initial.add(n.isObject() ? n.path("memberId").asText() : n.asText()));
    Steps.ok(users.api("qu-zzb").put(PATH + "/briefing", "{\"heldOn\":\"" + LocalDate.now().minusDays(1)
        + "\",\"attendees\":[{\"group\":\"DEMOCRATIC_PARTIES\",\"count\":6},{\"group\":"
        + "\"FEDERATION_OF_INDUSTRY_AND_COMMERCE\",\"count\":2},{\"group\":\"NON_PARTY_FIGURES\",\"count\":3}],"
        + "\"opinions\":\"对代表候选人初步人选无不同意见\"}"));
    Steps.ok(users.api("qu-zzb").post(PATH + "/briefing/submit", ""));

    steps.awaitTask("qu-qwh", "Task_RecordPlenaryVote");
    StringBuilder votes = new StringBuilder();
    for (String id : initial) {
      if (!votes.isEmpty()) votes.append(',');
      votes.append("{\"memberId\":\"%s\",\"votes\":33,\"selected\":true}".formatted(id));
    }
    Steps.ok(users.api("qu-qwh").put(PATH + "/vote", "{\"expected\":40,\"present\":38,\"decision\":"
        + "\"全委会圈选确定代表候选人预备人选\",\"votes\":[" + votes + "]}"));
    Steps.ok(users.api("qu-qwh").post(PATH + "/vote/submit", ""));
    Steps.ok(users.api("qu-qwh-2").post(PATH + "/vote/confirm", ""));

    steps.awaitTask("qu-zzb", "Task_FileForPreliminaryReview");
    Steps.ok(users.api("qu-zzb").post(PATH + "/filing", ""));
    steps.awaitTask("city-zzb", "Task_PreliminaryReview");
    Steps.ok(users.api("city-zzb").post(PATH + "/filing/review", "{\"passed\":true}"));
    steps.awaitTask("city-zzb", "Task_ApprovePreliminaryCandidates");
    JsonNode approved = read(users.api("city-zzb").post(PATH + "/filing/approval", "{\"passed\":true}").body());
    assertThat(approved.toString()).contains("APPROVED");
    return initial;
  }
}
