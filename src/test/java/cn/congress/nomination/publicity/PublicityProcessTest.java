package cn.congress.nomination.publicity;

import static cn.congress.nomination.publicity.PublicityProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.congress.nomination.calendar.CalendarDataMissingException;
import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PublicityProcess on the engine, one method per path, with the engine's clock moved to real dates (the domain refuses
 * objections by the same clock the timer uses). Verifications are completed by the discipline commission's user (the
 * listener checks the person); the job executor is off (EngineTest): the tests run the timer and the continuations.
 * The public endpoint is driven over HTTP without login.
 */
@EngineTest
class PublicityProcessTest {

  static final String SPECIFIC = "2023年5月在区人民医院设备采购中收受供应商礼金2万元，有转账记录可查";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired Publicities publicities;
  @Autowired CandidateRemovals removals;
  @Autowired ObjectionRateLimiter limiter;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  private static int counter;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
    limiter.reset();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private PublicityScenario scenario() {
    return new PublicityScenario("pub" + (++counter) + "x" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, jdbc);
  }

  /** Sets the engine's clock to a Beijing wall-clock time. */
  private static void clock(String beijingDateTime) {
    ClockUtil.setCurrentTime(Date.from(instant(beijingDateTime)));
  }

  private static Instant instant(String beijingDateTime) {
    return ZonedDateTime.parse(beijingDateTime + "+08:00[Asia/Shanghai]").toInstant();
  }

  /** Opens the publicity of the five candidates as the caller would, and starts the process with its variables. */
  private record Started(String publicityId, ProcessInstance pi) {}

  private Started publish(PublicityScenario s, LocalDate publishedOn) {
    String id = publicities.open(s.election, PublicitySubject.INITIAL_CANDIDATES, s.candidates(), publishedOn,
        s.orgDepartment);
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY,
        Map.of(ELECTION_ID, s.election, PUBLICITY_ID, id));
    return new Started(id, pi);
  }

  /** Published Wednesday 2025-03-05 at 10:00: the period runs 03-06 … 03-12, ends 2025-03-13T00:00+08:00. */
  private Started publishOnAWednesday(PublicityScenario s) {
    clock("2025-03-05T10:00");
    return publish(s, LocalDate.of(2025, 3, 5));
  }

  private void as(String user, Runnable call) {
    cn.congress.nomination.support.EngineUsers.as(identityService, user, call);
  }

  private Objection objectPublicly(Started p, String memberId) {
    return publicities.receivePublic(p.publicityId(), new ObjectionRequest(memberId, SPECIFIC, "13800000000", null),
        "203.0.113.9");
  }

  private Task verification(Started p, String objectionId) {
    return taskService.createTaskQuery().processInstanceId(p.pi().getId()).taskDefinitionKey(TASK_VERIFY).list()
        .stream().filter(t -> objectionId.equals(taskService.getVariable(t.getId(), OBJECTION_ID))).findFirst()
        .orElseThrow();
  }

  private void conclude(PublicityScenario s, Started p, String objectionId, Conclusion conclusion, String findings) {
    Task task = verification(p, objectionId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CONCLUSION, conclusion.name());
    variables.put(FINDINGS, findings);
    as(s.discipline, () -> taskService.complete(task.getId(), variables));
    runJobs(p);
  }

  /** The continuations after the verifications (asyncAfter), as the job executor would run them. */
  private void runJobs(Started p) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(p.pi().getId()).messages().list()).isEmpty()) {
      for (Job job : jobs) managementService.executeJob(job.getId());
    }
  }

  private Job timer(Started p) {
    return managementService.createJobQuery().processInstanceId(p.pi().getId()).timers()
        .activityId(TIMER_PERIOD_ENDS).singleResult();
  }

  private boolean timerDue(Started p) {
    return managementService.createJobQuery().processInstanceId(p.pi().getId()).timers().executable().count() == 1;
  }

  private void periodEnds(Started p) {
    Publicity publicity = publicities.get(p.publicityId());
    ClockUtil.setCurrentTime(Date.from(publicity.endsAt().plusSeconds(1)));
    assertThat(timerDue(p)).isTrue();
    managementService.executeJob(timer(p).getId());
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  // --- paths of the process ---

  @Test
  void noObjection_periodEnds_processEnds_allNamesRemain() {
    PublicityScenario s = scenario();
    clock("2025-03-05T10:00");  // Wednesday
    Started p = publish(s, LocalDate.of(2025, 3, 5));

    assertThat(p.pi()).isWaitingAt(TIMER_PERIOD_ENDS);
    Publicity publicity = publicities.get(p.publicityId());
    assertThat(publicity.firstDay()).isEqualTo(LocalDate.of(2025, 3, 6));
    assertThat(publicity.lastDay()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(publicity.processInstanceId()).isEqualTo(p.pi().getId());
    assertThat(runtimeService.getVariable(p.pi().getId(), ELECTORAL_UNIT_ID)).isEqualTo(s.district);
    assertThat(publicities.status(publicity)).isEqualTo("OPEN");

    periodEnds(p);

    assertThat(p.pi()).isEnded().hasPassed(TASK_CLOSE, END_PERIOD_CLOSED).hasNotPassed(TASK_VERIFY);
    assertThat(publicities.get(p.publicityId()).closedAt()).isNotNull();
    assertThat(publicities.status(publicities.get(p.publicityId()))).isEqualTo("CONCLUDED");
    assertThat(publicities.removed(p.publicityId())).isEmpty();
    assertThat(publicities.remaining(p.publicityId())).containsExactlyElementsOf(s.candidates());
    assertThat(count("select count(*) from audit_entry where action = 'PUBLICITY_CLOSED' and subject_id = ?",
        p.publicityId())).isEqualTo(1);
  }

  @Test
  void substantiatedObjection_nameRemovedWithItsReason() {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    clock("2025-03-07T15:00");
    Objection objection = objectPublicly(p, s.candidate(2));

    assertThat(p.pi()).isWaitingAt(TIMER_PERIOD_ENDS, TASK_VERIFY);
    Task task = verification(p, objection.id());
    assertThat(p.pi()).task(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery()
        .taskId(task.getId())).hasCandidateGroup(s.district);
    assertThat(objection.channel()).isEqualTo(ObjectionChannel.PUBLIC);
    assertThat(objection.clientAddress()).isEqualTo("203.0.113.9");

    conclude(s, p, objection.id(), Conclusion.SUBSTANTIATED, "经调取转账记录并约谈本人，反映问题属实");

    Removal removal = removals.find(s.election, s.candidate(2)).orElseThrow();
    assertThat(removal.rule()).isEqualTo("OBJECTION_SUBSTANTIATED");
    assertThat(removal.stage()).isEqualTo(Stage.INITIAL_CANDIDATES);
    assertThat(removal.removedBy()).isEqualTo(s.discipline);
    assertThat(removal.reason()).contains("属实").contains("转账记录");
    assertThat(publicities.removed(p.publicityId())).extracting(Removal::memberId).containsExactly(s.candidate(2));
    assertThat(publicities.remaining(p.publicityId()))
        .containsExactly(s.candidate(1), s.candidate(3), s.candidate(4), s.candidate(5));
    assertThat(publicities.objection(p.publicityId(), objection.id()).conclusion()).isEqualTo(Conclusion.SUBSTANTIATED);
    assertThat(count("select count(*) from notice where kind = 'CANDIDATE_REMOVED' and election_id = ?", s.election))
        .isEqualTo(1);
    // the answer stayed in the verification's own scope
    assertThat(runtimeService.getVariables(p.pi().getId())).doesNotContainKeys(CONCLUSION, FINDINGS, OBJECTION_ID);
    assertThat(p.pi()).isWaitingAt(TIMER_PERIOD_ENDS);

    periodEnds(p);
    assertThat(p.pi()).isEnded();
  }

  @Test
  void notClearedObjection_enteredByStaff_concludedOverTheApi_nameRemoved() throws Exception {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    Api staff = Api.as(port, s.orgDepartment, PublicityScenario.PASSWORD);
    Api.Response noChannel = staff.post("/api/publicities/" + p.publicityId() + "/objections", """
        {"memberId":"%s","content":"%s","channel":"EMAIL"}""".formatted(s.candidate(4), SPECIFIC));
    assertThat(noChannel.status()).isEqualTo(422);
    assertThat(noChannel.body()).contains("CHANNEL_REQUIRED").contains("\"field\":\"channel\"");
    Api.Response byCommittee = Api.as(port, s.committee, PublicityScenario.PASSWORD).post(
        "/api/publicities/" + p.publicityId() + "/objections", """
            {"memberId":"%s","content":"%s","channel":"PHONE"}""".formatted(s.candidate(4), SPECIFIC));
    assertThat(byCommittee.status()).isEqualTo(403);
    Api.Response byOtherDistrict = Api.as(port, s.otherDiscipline, PublicityScenario.PASSWORD)
        .get("/api/publicities/" + p.publicityId() + "/objections");
    assertThat(byOtherDistrict.status()).isEqualTo(403);
    Api.Response entered = staff.post("/api/publicities/" + p.publicityId() + "/objections", """
        {"memberId":"%s","content":"来信反映其配偶经营的公司长期承接本单位工程，存在利益输送","channel":"LETTER"}"""
        .formatted(s.candidate(4)));
    assertThat(entered.status()).as(entered.body()).isEqualTo(201);
    String objectionId = json.readTree(entered.body()).get("id").asText();
    assertThat(json.readTree(entered.body()).get("enteredBy").asText()).isEqualTo(s.orgDepartment);

    // the organization department may enter it, not conclude it
    Api.Response byDepartment = staff.post("/api/publicities/" + p.publicityId() + "/objections/" + objectionId
        + "/conclusion", "{\"conclusion\":\"UNSUBSTANTIATED\",\"findings\":\"不属实\"}");
    assertThat(byDepartment.status()).isEqualTo(403);

    Api jw = Api.as(port, s.discipline, PublicityScenario.PASSWORD);
    Api.Response noFindings = jw.post("/api/publicities/" + p.publicityId() + "/objections/" + objectionId
        + "/conclusion", "{\"conclusion\":\"NOT_CLEARED\",\"findings\":\" \"}");
    assertThat(noFindings.status()).isEqualTo(422);
    assertThat(noFindings.body()).contains("FINDINGS_REQUIRED").contains("\"field\":\"findings\"");
    assertThat(publicities.objection(p.publicityId(), objectionId).isConcluded()).isFalse();

    Api.Response concluded = jw.post("/api/publicities/" + p.publicityId() + "/objections/" + objectionId
        + "/conclusion", "{\"conclusion\":\"NOT_CLEARED\",\"findings\":\"该公司股权结构复杂，现有材料不能排除利益关联\"}");
    assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
    runJobs(p);
    assertThat(json.readTree(concluded.body()).get("state").asText()).isEqualTo("CONCLUDED");
    assertThat(removals.find(s.election, s.candidate(4)).orElseThrow().rule()).isEqualTo("OBJECTION_NOT_CLEARED");
    assertThat(publicities.remaining(p.publicityId())).doesNotContain(s.candidate(4)).hasSize(4);

    JsonNode list = json.readTree(jw.get("/api/publicities/" + p.publicityId() + "/objections").body());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("channel").asText()).isEqualTo("LETTER");
    assertThat(list.get(0).get("conclusion").asText()).isEqualTo("NOT_CLEARED");
    JsonNode view = json.readTree(jw.get("/api/publicities/" + p.publicityId()).body());
    assertThat(view.get("status").asText()).isEqualTo("OPEN");
    assertThat(view.get("remaining")).hasSize(4);
  }

  @Test
  void notSpecificAndUnsubstantiatedObjections_namesKept() {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    Objection vague = objectPublicly(p, s.candidate(1));
    Objection unfounded = publicities.enter(p.publicityId(),
        new ObjectionRequest(s.candidate(3), "电话反映其2022年违规占用公车接送子女上学", null, ObjectionChannel.PHONE),
        s.discipline);

    conclude(s, p, vague.id(), Conclusion.NOT_SPECIFIC, "反映人未提供可核查的线索，联系电话无法接通");
    conclude(s, p, unfounded.id(), Conclusion.UNSUBSTANTIATED, "经查车辆使用记录，反映问题不属实");

    assertThat(removals.isRemoved(s.election, s.candidate(1))).isFalse();
    assertThat(removals.isRemoved(s.election, s.candidate(3))).isFalse();
    assertThat(publicities.objections(p.publicityId())).allMatch(Objection::isConcluded);
    periodEnds(p);
    assertThat(p.pi()).isEnded();
    assertThat(publicities.remaining(p.publicityId())).containsExactlyElementsOf(s.candidates());
  }

  @Test
  void lateObjection_refusedWithTheEndDate_nothingStored() {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    periodEnds(p);
    assertThat(p.pi()).isEnded();

    clock("2025-03-13T00:00");  // 24:00 of the last day (2025-03-12): the end itself is late
    assertThatThrownBy(() -> objectPublicly(p, s.candidate(1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::rule).containsExactly("PUBLICITY_CLOSED");
          assertThat(e.getMessage()).contains("2025年3月12日24时");
        });
    Api.Response staff = Api.as(port, s.orgDepartment, PublicityScenario.PASSWORD).post(
        "/api/publicities/" + p.publicityId() + "/objections", """
            {"memberId":"%s","content":"%s","channel":"HOTLINE"}""".formatted(s.candidate(1), SPECIFIC));
    assertThat(staff.status()).isEqualTo(422);
    assertThat(staff.body()).contains("PUBLICITY_CLOSED").contains("2025年3月12日24时");
    assertThat(count("select count(*) from publicity_objection where publicity_id = ?", p.publicityId())).isZero();
    assertThat(count("select count(*) from audit_entry where action = 'OBJECTION_RECEIVED' and detail like ?",
        "%" + p.publicityId() + "%")).isZero();
  }

  @Test
  void periodWithAnUnconcludedObjection_waitsUntilItIsConcluded() {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    clock("2025-03-12T23:30");
    Objection objection = objectPublicly(p, s.candidate(5));

    periodEnds(p);
    assertThat(p.pi()).isNotEnded().isWaitingAt(TASK_VERIFY).hasPassed(TASK_CLOSE);
    assertThat(publicities.get(p.publicityId()).closedAt()).isNotNull();
    assertThat(publicities.status(publicities.get(p.publicityId()))).isEqualTo("VERIFYING");
    assertThatThrownBy(() -> objectPublicly(p, s.candidate(1))).isInstanceOf(ValidationException.class);

    // the wrong people cannot conclude it: another district's discipline commission, the organization department
    Task task = verification(p, objection.id());
    Map<String, Object> answer = Map.of(CONCLUSION, "UNSUBSTANTIATED", FINDINGS, "不属实");
    assertThatThrownBy(() -> as(s.orgDepartment, () -> taskService.complete(task.getId(), answer)))
        .hasRootCauseInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(s.discipline, () -> taskService.complete(task.getId(), Map.of(FINDINGS, "已核查"))))
        .hasMessageContaining("conclusion");
    assertThat(p.pi()).isWaitingAt(TASK_VERIFY);
    assertThat(publicities.objection(p.publicityId(), objection.id()).isConcluded()).isFalse();

    conclude(s, p, objection.id(), Conclusion.UNSUBSTANTIATED, "经核查，反映问题不属实");
    assertThat(p.pi()).isEnded().hasPassed(END_OBJECTION_CONCLUDED, END_PERIOD_CLOSED);
    assertThat(publicities.status(publicities.get(p.publicityId()))).isEqualTo("CONCLUDED");
  }

  // --- the working-day calendar's acceptance: real dates, the BPMN timer fires on the date the convention gives ---

  @Test
  void publishedFriday2024_09_27_endsAfterNationalDay_timerFiresThen() {
    PublicityScenario s = scenario();
    clock("2024-09-27T09:00");  // Friday; Sunday 09-29 is a make-up working day, 10-01 … 10-07 are off
    Started p = publish(s, LocalDate.of(2024, 9, 27));

    Publicity publicity = publicities.get(p.publicityId());
    assertThat(publicity.firstDay()).isEqualTo(LocalDate.of(2024, 9, 29));
    assertThat(publicity.lastDay()).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(publicity.endsAt()).isEqualTo(instant("2024-10-11T00:00"));
    assertThat(timer(p).getDuedate()).isEqualTo(Date.from(instant("2024-10-11T00:00")));

    clock("2024-10-10T23:59:59");
    assertThat(timerDue(p)).isFalse();
    objectPublicly(p, s.candidate(1));  // still open in the last second

    clock("2024-10-11T00:00:01");
    assertThat(timerDue(p)).isTrue();
    managementService.executeJob(timer(p).getId());
    assertThat(p.pi()).hasPassed(TASK_CLOSE).isWaitingAt(TASK_VERIFY);
    assertThatThrownBy(() -> objectPublicly(p, s.candidate(2))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("2024年10月10日24时");
  }

  @Test
  void publishedMonday2025_01_27_endsAfterSpringFestival_timerFiresThen() {
    PublicityScenario s = scenario();
    clock("2025-01-27T09:00");  // Monday, eve of the holiday (01-28 … 02-04 off); Saturday 02-08 is a make-up day
    Started p = publish(s, LocalDate.of(2025, 1, 27));

    Publicity publicity = publicities.get(p.publicityId());
    assertThat(publicity.firstDay()).isEqualTo(LocalDate.of(2025, 2, 5));
    assertThat(publicity.lastDay()).isEqualTo(LocalDate.of(2025, 2, 10));  // 02-05, 06, 07, 08 (Sat), 10
    assertThat(timer(p).getDuedate()).isEqualTo(Date.from(instant("2025-02-11T00:00")));

    clock("2025-02-10T23:59:59");
    assertThat(timerDue(p)).isFalse();
    clock("2025-02-11T00:00:01");
    assertThat(timerDue(p)).isTrue();
    managementService.executeJob(timer(p).getId());
    assertThat(p.pi()).isEnded().hasPassed(END_PERIOD_CLOSED);
  }

  @Test
  void periodReaching2027_isRefused_nothingStored() {
    PublicityScenario s = scenario();
    clock("2026-12-21T09:00");
    assertThatThrownBy(() -> publicities.open(s.election, PublicitySubject.INITIAL_CANDIDATES, s.candidates(),
        LocalDate.of(2026, 12, 28), s.orgDepartment))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::field, Violation::rule)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("publishedOn", CalendarDataMissingException.RULE));
          assertThat(e.getMessage()).contains("2027");
        });
    assertThat(count("select count(*) from publicity where election_id = ?", s.election)).isZero();

    Api.Response api = Api.as(port, s.orgDepartment, PublicityScenario.PASSWORD)
        .get("/api/calendar/period?publishedOn=2026-12-28&workingDays=5");
    assertThat(api.status()).isEqualTo(422);
    assertThat(api.body()).contains("CALENDAR_DATA_MISSING").contains("\"field\":\"publishedOn\"").contains("2027");
    Api.Response known = Api.as(port, s.orgDepartment, PublicityScenario.PASSWORD)
        .get("/api/calendar/period?publishedOn=2024-09-27&workingDays=5");
    assertThat(known.status()).isEqualTo(200);
    assertThat(known.body()).contains("\"lastDay\":\"2024-10-10\"");
  }

  @Test
  void openRefusesBadInput_namingEachRule() {
    PublicityScenario s = scenario();
    clock("2025-03-05T10:00");
    assertThatThrownBy(() -> publicities.open(s.election, PublicitySubject.INITIAL_CANDIDATES,
        List.of(s.candidate(1), s.candidate(1), "nobody"), LocalDate.of(2025, 2, 20), s.orgDepartment))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::rule)
            .containsExactly("NAMES_DISTINCT", "NAME_KNOWN", "PUBLICITY_ALREADY_ENDED"));
    assertThat(count("select count(*) from publicity where election_id = ?", s.election)).isZero();
  }

  // --- the public endpoint, over HTTP without login ---

  @Test
  void publicEndpoint_showsThePublishedNames_takesAnObjection_withoutLogin() throws Exception {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    Api anonymous = Api.anonymous(port);

    Api.Response published = anonymous.get("/api/public/publicities/" + p.publicityId());
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    JsonNode view = json.readTree(published.body());
    assertThat(view.get("open").asBoolean()).isTrue();
    assertThat(view.get("names")).hasSize(5);
    JsonNode first = view.get("names").get(0);
    assertThat(first.get("name").asText()).isEqualTo("王建国");
    assertThat(first.get("born").asText()).isEqualTo("1976年1月");
    assertThat(first.get("workplace").asText()).isEqualTo("区人民医院党支部");
    assertThat(first.get("honour").asText()).isEqualTo("市劳动模范");
    assertThat(published.body()).doesNotContain("sanction").doesNotContain("underInvestigation");

    Api.Response created = anonymous.post("/api/public/publicities/" + p.publicityId() + "/objections",
        "{\"memberId\":\"%s\",\"content\":\"%s\"}".formatted(s.candidate(3), SPECIFIC));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String receipt = json.readTree(created.body()).get("receipt").asText();
    assertThat(publicities.objection(p.publicityId(), receipt).channel()).isEqualTo(ObjectionChannel.PUBLIC);
    assertThat(verification(p, receipt)).isNotNull();

    // exactly those paths are open: the staff view of the objections still needs a login
    assertThat(anonymous.get("/api/publicities/" + p.publicityId() + "/objections").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/public/publicities/" + p.publicityId() + "/objections").status()).isEqualTo(401);
  }

  @Test
  void publicEndpoint_badInput_422NamingTheField_nothingStored() throws Exception {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    Api anonymous = Api.anonymous(port);
    String path = "/api/public/publicities/" + p.publicityId() + "/objections";

    Api.Response vague = anonymous.post(path, "{\"memberId\":\"%s\",\"content\":\"他有问题\",\"contact\":\"%s\"}"
        .formatted("someone-else", "x".repeat(101)));
    assertThat(vague.status()).isEqualTo(422);
    JsonNode violations = json.readTree(vague.body()).get("violations");
    assertThat(violations.findValuesAsText("rule"))
        .containsExactly("MEMBER_PUBLISHED", "CONTENT_SPECIFIC", "CONTACT_TOO_LONG");
    assertThat(violations.findValuesAsText("field")).containsExactly("memberId", "content", "contact");

    Api.Response empty = anonymous.post(path, "{}");
    assertThat(empty.status()).isEqualTo(422);
    assertThat(json.readTree(empty.body()).get("violations").findValuesAsText("rule"))
        .containsExactly("MEMBER_REQUIRED", "CONTENT_REQUIRED");

    Api.Response tooLongContent = anonymous.post(path, "{\"memberId\":\"%s\",\"content\":\"%s\"}"
        .formatted(s.candidate(1), "反".repeat(2001)));
    assertThat(tooLongContent.status()).isEqualTo(422);
    assertThat(tooLongContent.body()).contains("CONTENT_TOO_LONG");

    Api.Response oversize = anonymous.post(path, "{\"memberId\":\"%s\",\"content\":\"%s\"}"
        .formatted(s.candidate(1), "x".repeat(9000)));
    assertThat(oversize.status()).isEqualTo(413);
    assertThat(json.readTree(oversize.body()).get("message").asText()).contains("提交内容过大");

    Api.Response notJson = anonymous.post(path, "memberId=1");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(count("select count(*) from publicity_objection where publicity_id = ?", p.publicityId())).isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(p.pi().getId()).count()).isZero();
  }

  @Test
  void publicEndpoint_rateLimitedPerClient_429InChinese() throws Exception {
    PublicityScenario s = scenario();
    Started p = publishOnAWednesday(s);
    Api anonymous = Api.anonymous(port);
    String path = "/api/public/publicities/" + p.publicityId() + "/objections";
    for (int i = 0; i < limiter.max(); i++) {
      assertThat(anonymous.post(path, "{}").status()).isEqualTo(422);
    }
    Api.Response limited = anonymous.post(path,
        "{\"memberId\":\"%s\",\"content\":\"%s\"}".formatted(s.candidate(1), SPECIFIC));
    assertThat(limited.status()).isEqualTo(429);
    assertThat(json.readTree(limited.body()).get("message").asText()).contains("提交过于频繁");
    assertThat(count("select count(*) from publicity_objection where publicity_id = ?", p.publicityId())).isZero();
    // reading what is published is not limited
    assertThat(anonymous.get("/api/public/publicities/" + p.publicityId()).status()).isEqualTo(200);
  }
}
