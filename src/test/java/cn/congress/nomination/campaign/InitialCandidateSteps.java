package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.CampaignUsers.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference scenario's initial candidates over HTTP: the standing committee proposes 21 of the inspected targets
 * (qu-cwh records, qu-cwh-2 confirms), the discipline commission agrees (qu-jw), the city consents (city-zzb); the list is
 * published and sent down; one objection comes from the public (no login), one is entered by the organization department
 * from the hotline; the discipline commission verifies both (the public one unsubstantiated, the hotline one
 * substantiated: that name is removed); every unit gives its feedback; the period ends (the engine clock is moved past
 * it); the committee shortens the list to 20 and the organization department files it.
 */
final class InitialCandidateSteps {

  static final String PATH = "/api/elections/" + ReferenceCampaignEndToEndTest.ELECTION + "/initial-candidates";

  private final CampaignUsers users;
  private final JdbcTemplate jdbc;
  private final int port;

  InitialCandidateSteps(CampaignUsers users, JdbcTemplate jdbc, int port) {
    this.users = users;
    this.jdbc = jdbc;
    this.port = port;
  }

  /** Up to the published list: returns the 21 proposed names. */
  List<String> proposeAndPublish(LocalDate electionDate, Steps steps) {
    steps.awaitTask("qu-cwh", "Task_ProposeInitialCandidates");
    List<String> pool = ids(read(users.api("qu-cwh").get(PATH + "/pool").body()));
    assertThat(pool).hasSize(23); // the 24 targets less the one vetoed
    List<String> chosen = TargetChoice.of(jdbc, ReferenceCampaignEndToEndTest.ELECTION, pool, electionDate, 21);

    // 22 names break the configured count: refused naming the rule, nothing recorded
    List<String> tooMany = new ArrayList<>(chosen);
    tooMany.add(pool.stream().filter(id -> !chosen.contains(id)).findFirst().orElseThrow());
    Steps.ok(users.api("qu-cwh").put(PATH + "/proposal", meeting(pool, tooMany)));
    Api.Response refused = users.api("qu-cwh").post(PATH + "/proposal/submit", "{}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("INITIAL_COUNT");

    Steps.ok(users.api("qu-cwh").put(PATH + "/proposal", meeting(pool, chosen)));
    Steps.ok(users.api("qu-cwh").post(PATH + "/proposal/submit", "{}"));
    Steps.ok(users.api("qu-cwh-2").post(PATH + "/proposal/confirm", "{}"));
    steps.awaitTask("qu-jw", "Task_ConsultDisciplineCommission");
    Steps.ok(users.api("qu-jw").post(PATH + "/discipline-opinion", "{\"agrees\":true,\"remark\":\"无不同意见\"}"));
    steps.awaitTask("city-zzb", "Task_ConsentInitialCandidates");
    Steps.ok(users.api("city-zzb").post(PATH + "/upper-consent", "{\"agrees\":true}"));
    return chosen;
  }

  /**
   * The publicity: a public objection and a hotline objection, both verified; the hotline one substantiated removes
   * {@code objected}. Returns the publicity's id.
   */
  String objectionsVerified(String publicOn, String objected) {
    JsonNode overview = read(users.api("qu-zzb").get("/api/publicities?electionId="
        + ReferenceCampaignEndToEndTest.ELECTION).body());
    String publicity = overview.get(overview.size() - 1).path("id").asText();

    Api.Response published = Api.anonymous(port).get("/api/public/publicities/" + publicity);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    Api.Response fromPublic = Api.anonymous(port).post("/api/public/publicities/" + publicity + "/objections",
        "{\"memberId\":\"%s\",\"content\":\"反映该同志2025年春节期间在单位食堂宴请下属，涉嫌违反中央八项规定精神，具体时间为2月3日中午。\"}"
            .formatted(publicOn));
    assertThat(fromPublic.status()).as(fromPublic.body()).isBetween(200, 202);
    Api.Response fromHotline = users.api("qu-zzb").post("/api/publicities/" + publicity + "/objections",
        "{\"memberId\":\"%s\",\"channel\":\"HOTLINE\",\"content\":\"举报电话反映：该同志在推荐期间向本单位党员打电话请求投票支持，涉嫌拉票，有通话记录可查。\"}"
            .formatted(objected));
    assertThat(fromHotline.status()).as(fromHotline.body()).isEqualTo(201);

    JsonNode objections = read(users.api("qu-jw").get("/api/publicities/" + publicity + "/objections").body());
    assertThat(objections).hasSize(2);
    for (JsonNode o : objections) {
      boolean hotline = o.path("memberId").asText().equals(objected);
      Steps.ok(users.api("qu-jw").post("/api/publicities/" + publicity + "/objections/" + o.path("id").asText()
          + "/conclusion", hotline
          ? "{\"conclusion\":\"SUBSTANTIATED\",\"findings\":\"经调取通话记录并谈话核实，拉票问题属实\"}"
          : "{\"conclusion\":\"UNSUBSTANTIATED\",\"findings\":\"经查食堂就餐为工作餐，费用自理，反映不属实\"}"));
    }
    return publicity;
  }

  /** Every recommending unit gives its feedback (三上). */
  void feedback(String unit) {
    Steps.ok(users.api(unit + "-staff").post(PATH + "/feedback/" + unit, "{\"agrees\":true,\"remark\":\"同意\"}"));
  }

  /** The engine's clock passes the end of the period; the job executor fires the publicity's timer. */
  void periodEnds(String publicity) {
    JsonNode view = read(users.api("qu-zzb").get("/api/publicities/" + publicity).body());
    java.time.Instant ends = java.time.Instant.parse(view.path("endsAt").asText());
    ClockUtil.setCurrentTime(Date.from(ends.plus(Duration.ofMinutes(1))));
  }

  /** After the removal: the committee shortens the list (20 still allow the election's margin), the department files. */
  void shortenAndFile(List<String> standing, Steps steps) {
    steps.awaitTask("qu-cwh", "Task_AdjustInitialCandidates");
    List<String> pool = ids(read(users.api("qu-cwh").get(PATH + "/pool").body()));
    Steps.ok(users.api("qu-cwh").put(PATH + "/adjustment", meeting(pool, standing)));
    Steps.ok(users.api("qu-cwh").post(PATH + "/adjustment/submit", "{}"));
    Steps.ok(users.api("qu-cwh-2").post(PATH + "/adjustment/confirm", "{}"));
    steps.awaitTask("qu-zzb", "Task_FileInitialCandidates");
    Steps.ok(users.api("qu-zzb").post(PATH + "/filing", "{\"summary\":\"23个推荐单位均同意；公示期间1名人选经核查取消资格，减少为20名\"}"));
  }

  private static String meeting(List<String> pool, List<String> selected) {
    StringBuilder votes = new StringBuilder();
    for (String id : pool) {
      if (!votes.isEmpty()) votes.append(',');
      boolean chosen = selected.contains(id);
      votes.append("{\"memberId\":\"%s\",\"votes\":%d,\"selected\":%s}".formatted(id, chosen ? 10 : 1, chosen));
    }
    return "{\"expected\":11,\"present\":10,\"decision\":\"常委会研究确定代表候选人初步人选\",\"votes\":[%s]}"
        .formatted(votes);
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path("memberId").asText()));
    return ids;
  }

  /** What the steps need from the test: waiting for a user's task of the election. */
  interface Steps {
    void awaitTask(String user, String taskKey);

    static void ok(Api.Response response) {
      assertThat(response.status()).as(response.body()).isBetween(200, 204);
    }
  }

}
