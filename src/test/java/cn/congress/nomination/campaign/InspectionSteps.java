package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.CampaignUsers.read;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.campaign.InitialCandidateSteps.Steps;
import cn.congress.nomination.support.Api;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference scenario's inspections over HTTP: for each of the 24 targets the recommending unit above the target
 * gives the party organization's opinion, the discipline commission its own, the inspection team records the
 * regulators' where asked; the notice period ends (engine clock moved); the team records the four musts (the
 * personal-matters check for leading cadres) and the conclusion; the committee secretary (qu-cwh) and the discipline
 * commission secretary (qu-jw) sign. One target fails the integrity check: vetoed.
 */
final class InspectionSteps {

  static final String PATH = "/api/elections/" + ReferenceCampaignEndToEndTest.ELECTION + "/inspections";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final CampaignUsers users;
  private final JdbcTemplate jdbc;

  InspectionSteps(CampaignUsers users, JdbcTemplate jdbc) {
    this.users = users;
    this.jdbc = jdbc;
  }

  /** Waits until all 24 inspections are open (each child opens in a job of its own). */
  JsonNode opened(int targets) throws InterruptedException {
    ReferenceCampaignEndToEndTest.await(java.time.Duration.ofMinutes(2), () -> {
      JsonNode list = read(users.api("qu-zzb").get(PATH).body());
      return list.size() == targets && allOpen(list);
    }, "every target's inspection is open");
    return read(users.api("qu-zzb").get(PATH).body());
  }

  private static boolean allOpen(JsonNode list) {
    for (JsonNode i : list) if (i.path("openSteps").isEmpty()) return false;
    return true;
  }

  /** The opinions of one target: its party organization, the discipline commission, the regulators where asked. */
  void opinions(JsonNode inspection) {
    String target = inspection.path("memberId").asText();
    String unit = recommendingUnitOf(target);
    String agree = "{\"agrees\":true,\"opinion\":\"同意，该同志政治坚定、廉洁自律\"}";
    Steps.ok(users.api(unit + "-staff").put(PATH + "/" + target + "/opinions/party-organization", agree));
    Steps.ok(users.api(unit + "-staff").post(PATH + "/" + target + "/opinions/party-organization/submit", ""));
    Steps.ok(users.api("qu-jw").put(PATH + "/" + target + "/opinions/discipline-commission", agree));
    Steps.ok(users.api("qu-jw").post(PATH + "/" + target + "/opinions/discipline-commission/submit", ""));
    if (inspection.path("needsRegulators").asBoolean()) {
      Steps.ok(users.api("kcz-1").put(PATH + "/" + target + "/opinions/regulator",
          "{\"agrees\":true,\"opinion\":\"未发现违规问题\",\"onBehalfOf\":\"区金融工作局\"}"));
      Steps.ok(users.api("kcz-1").post(PATH + "/" + target + "/opinions/regulator/submit", ""));
    }
  }

  /** The engine's clock passes the latest notice period's end; the job executor fires the notice timers. */
  void noticePeriodsEnd(JsonNode inspections) {
    LocalDate last = null;
    for (JsonNode i : inspections) {
      LocalDate day = LocalDate.parse(i.path("noticeLastDay").asText());
      if (last == null || day.isAfter(last)) last = day;
    }
    ClockUtil.setCurrentTime(Date.from(last.plusDays(1).atStartOfDay(BEIJING).toInstant().plusSeconds(60)));
  }

  /** The four musts, the conclusion (integrity failed for {@code vetoed}) and the two signatures. */
  void conclude(JsonNode inspection, boolean vetoed) throws InterruptedException {
    String target = inspection.path("memberId").asText();
    String personal = inspection.path("leadingCadre").asBoolean()
        ? "{\"must\":\"PERSONAL_MATTERS\",\"result\":\"CLEAR\",\"evidence\":[" + evidence("PERSONAL_MATTERS_REPORT") + "]}"
        : "{\"must\":\"PERSONAL_MATTERS\",\"result\":\"NOT_APPLICABLE\"}";
    String musts = "{\"musts\":[{\"must\":\"ARCHIVE_REVIEW\",\"result\":\"CLEAR\",\"evidence\":[" + evidence("ARCHIVE")
        + "]}," + personal + ",{\"must\":\"DISCIPLINE_OPINION\",\"result\":\"CLEAR\",\"evidence\":["
        + evidence("DISCIPLINE_OPINION") + "]},{\"must\":\"COMPLAINTS\",\"result\":\"NOT_APPLICABLE\"}]}";
    Steps.ok(users.api("kcz-1").put(PATH + "/" + target + "/musts", musts));
    Steps.ok(users.api("kcz-1").post(PATH + "/" + target + "/musts/submit", ""));
    awaitStep(target, "Task_ConcludeInspection");
    Steps.ok(users.api("kcz-1").put(PATH + "/" + target + "/conclusion", "{\"political\":\"PASSED\","
        + "\"politicalFinding\":\"政治坚定\",\"integrity\":\"" + (vetoed ? "FAILED" : "PASSED")
        + "\",\"integrityFinding\":\"" + (vetoed ? "经核实存在违规收受礼金问题" : "廉洁自律") + "\"}"));
    Steps.ok(users.api("kcz-1").post(PATH + "/" + target + "/conclusion/submit", ""));
  }

  /** The dual signature: the committee secretary and the discipline commission secretary, two people. */
  void sign(String target) throws InterruptedException {
    awaitStep(target, "Task_SecretarySignsIntegrity");
    Steps.ok(users.api("qu-cwh").post(PATH + "/" + target + "/signatures/committee-secretary", ""));
    awaitStep(target, "Task_DisciplineSecretarySignsIntegrity");
    Api.Response same = users.api("qu-cwh").post(PATH + "/" + target + "/signatures/discipline-secretary", "");
    assertThat(same.status()).as(same.body()).isIn(403, 422);
    Steps.ok(users.api("qu-jw").post(PATH + "/" + target + "/signatures/discipline-secretary", ""));
  }

  private void awaitStep(String target, String step) throws InterruptedException {
    ReferenceCampaignEndToEndTest.await(java.time.Duration.ofMinutes(1), () -> read(users.api("qu-zzb")
        .get(PATH + "/" + target).body()).path("openSteps").toString().contains(step), target + " waits at " + step);
  }

  /** The targets in the order of the list, with the outcome of each. */
  List<String> statuses() {
    List<String> out = new ArrayList<>();
    read(users.api("qu-zzb").get(PATH).body()).forEach(i -> out.add(i.path("status").asText()));
    return out;
  }

  private String recommendingUnitOf(String member) {
    String path = jdbc.queryForObject("select o.path from member m join organization o on o.id = m.organization_id "
        + "where m.id = ?", String.class, member);
    return path.split("/")[3]; // "", city, district, unit, …
  }

  private static String evidence(String source) {
    return "{\"source\":\"" + source + "\",\"reference\":\"2026-12\",\"summary\":\"未发现问题\"}";
  }
}
