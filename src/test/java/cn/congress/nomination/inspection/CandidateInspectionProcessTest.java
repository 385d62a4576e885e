package cn.congress.nomination.inspection;

import static cn.congress.nomination.inspection.CandidateInspectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CandidateInspectionProcess on the engine, one method per path; every task completed by the user who owns it (the
 * listener checks the person and the rules). Job executor off (EngineTest): the tests run the continuations and the
 * notice timer themselves, with the engine clock set to Friday 2024-09-27 10:00 Beijing time, so the 5-working-day
 * notice runs 09-29 (make-up Sunday), 09-30, 10-08, 10-09, 10-10 and ends at 24:00 of 10-10.
 */
@EngineTest
class CandidateInspectionProcessTest {

  static final ZonedDateTime STARTED = ZonedDateTime.parse("2024-09-27T10:00:00+08:00[Asia/Shanghai]");
  static final Instant NOTICE_ENDS = Instant.parse("2024-10-10T16:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Inspections inspections;
  @Autowired CandidateRemovals removals;

  private static int counter;
  private InspectionScenario s;

  @BeforeEach
  void setUp() throws Exception {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(STARTED.toInstant()));
    s = new InspectionScenario("cip" + (++counter) + "x" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, electionService, json, jdbc);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- helpers ---

  /** Starts the target's inspection and runs the opening (asyncBefore), as the job executor would. */
  private ProcessInstance start(String memberId) {
    ProcessInstance pi = s.start(repositoryService, runtimeService, memberId);
    runJobs(pi);
    return pi;
  }

  private void as(String user, Runnable call) {
    List<String> ids = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, ids);
    try {
      call.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** Completes the step's task as the user, then runs the continuations after it (asyncAfter). */
  private void complete(String user, ProcessInstance pi, String key) {
    Task task = task(pi, key);
    assertThat(task).as("open task " + key).isNotNull();
    as(user, () -> taskService.complete(task.getId()));
    runJobs(pi);
  }

  /** Executes the due asynchronous continuations (not the notice timer) until none is left. */
  private void runJobs(ProcessInstance pi) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()).isEmpty()) {
      for (Job job : jobs) managementService.executeJob(job.getId());
    }
  }

  private Job noticeTimer(ProcessInstance pi) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(TIMER_NOTICE_ENDS)
        .singleResult();
  }

  /** Moves the engine clock past the notice's end and fires the timer. */
  private void noticeEnds(ProcessInstance pi) {
    ClockUtil.setCurrentTime(Date.from(NOTICE_ENDS.plusSeconds(60)));
    managementService.executeJob(noticeTimer(pi).getId());
    runJobs(pi);
  }

  private void opinion(ProcessInstance pi, String member, OpinionSource source, String user, String key) {
    inspections.saveOpinion(s.election, member, source, new Opinion.Request(true, "同意作为考察对象，未发现问题",
        source == OpinionSource.REGULATOR ? "区国资委" : null), user);
    complete(user, pi, key);
  }

  private void opinions(ProcessInstance pi, String member) {
    opinion(pi, member, OpinionSource.PARTY_ORGANIZATION, s.unitStaff, TASK_PARTY_OPINION);
    opinion(pi, member, OpinionSource.DISCIPLINE_COMMISSION, s.discipline, TASK_DISCIPLINE_OPINION);
  }

  private static Evidence evidence(EvidenceSource source) {
    return new Evidence(source, "2024-10-09", source.label() + "：未发现问题");
  }

  private static List<MustRecord> musts(boolean personalMattersChecked, boolean complaintsChecked) {
    List<MustRecord> musts = new ArrayList<>();
    musts.add(new MustRecord(Must.ARCHIVE_REVIEW, Must.Result.CLEAR, null, List.of(evidence(EvidenceSource.ARCHIVE))));
    musts.add(personalMattersChecked
        ? new MustRecord(Must.PERSONAL_MATTERS, Must.Result.CLEAR, null,
            List.of(evidence(EvidenceSource.PERSONAL_MATTERS_REPORT), evidence(EvidenceSource.RELATIVES_BUSINESS)))
        : new MustRecord(Must.PERSONAL_MATTERS, Must.Result.NOT_APPLICABLE, null, List.of()));
    musts.add(new MustRecord(Must.DISCIPLINE_OPINION, Must.Result.CLEAR, null,
        List.of(evidence(EvidenceSource.DISCIPLINE_OPINION), evidence(EvidenceSource.SANCTION))));
    musts.add(complaintsChecked
        ? new MustRecord(Must.COMPLAINTS, Must.Result.CLEAR, "举报经核查不属实",
            List.of(evidence(EvidenceSource.PETITION), evidence(EvidenceSource.INTERVIEW)))
        : new MustRecord(Must.COMPLAINTS, Must.Result.NOT_APPLICABLE, null, List.of()));
    return musts;
  }

  private void recordMusts(ProcessInstance pi, String member, List<MustRecord> musts) {
    inspections.saveMusts(s.election, member, musts, s.team);
    complete(s.team, pi, TASK_FOUR_MUSTS);
  }

  private void conclude(ProcessInstance pi, String member, Inspection.Check political, Inspection.Check integrity) {
    inspections.saveConclusion(s.election, member, new Inspection.Conclusion.Request(political,
        political == Inspection.Check.PASSED ? "政治立场坚定" : "政治上不合格，有违反政治纪律的言行", integrity,
        integrity == Inspection.Check.PASSED ? "廉洁自律" : "违规收受礼金，核查属实"), s.team);
    complete(s.team, pi, TASK_CONCLUDE);
  }

  /** Everything up to the conclusion: opinions, notice over, the four musts. */
  private ProcessInstance throughMusts(String member) {
    ProcessInstance pi = start(member);
    opinions(pi, member);
    noticeEnds(pi);
    recordMusts(pi, member, musts(member.equals(s.cadre), false));
    return pi;
  }

  private static List<String> rules(Throwable thrown) {
    Throwable t = thrown;
    while (t != null && !(t instanceof ValidationException)) t = t.getCause();
    Assertions.assertThat(t).as("a ValidationException in " + thrown).isNotNull();
    return ((ValidationException) t).violations().stream().map(Violation::rule).toList();
  }

  private Throwable refused(String user, ProcessInstance pi, String key) {
    Task task = task(pi, key);
    Throwable thrown = Assertions.catchThrowable(() -> as(user, () -> taskService.complete(task.getId())));
    assertThat(thrown).as("completion of " + key + " by " + user + " refused").isNotNull();
    return thrown;
  }

  private int audits(String action, String member) {
    return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Integer.class,
        action, s.election + "/" + member);
  }

  // --- paths ---

  @Test
  void plainTarget_noticeOpinionsMustsConclusionDualSignature_passes() {
    ProcessInstance pi = start(s.plain);
    assertThat(pi).isWaitingAt(TIMER_NOTICE_ENDS, TASK_PARTY_OPINION, TASK_DISCIPLINE_OPINION, TASK_FOUR_MUSTS);
    assertThat(task(pi, TASK_REGULATOR_OPINION)).isNull();
    assertThat(pi).task(TASK_PARTY_OPINION).hasCandidateGroup(s.unit);
    assertThat(pi).task(TASK_DISCIPLINE_OPINION).hasCandidateGroup(s.district);
    assertThat(pi).task(TASK_FOUR_MUSTS).hasCandidateGroup(s.district);
    Inspection opened = inspections.get(s.election, s.plain);
    assertThat(opened.status()).isEqualTo(InspectionStatus.IN_PROGRESS);
    assertThat(opened.partyOrganizationId()).isEqualTo(s.unit);
    assertThat(opened.workplaceId()).isEqualTo(s.branch);
    assertThat(jdbc.queryForObject("select count(*) from notice where kind = 'INSPECTION_NOTICE' and election_id = ? "
        + "and organization_id = ? and body like ?", Integer.class, s.election, s.branch, "%2024年9月29日至2024年10月10日%"))
        .isEqualTo(1);

    // the wrong organization cannot touch the task (engine authorization), the wrong role is refused by the gate
    assertThat(refused(s.discipline, pi, TASK_PARTY_OPINION)).isInstanceOf(AuthorizationException.class);
    assertThat(refused(s.department, pi, TASK_DISCIPLINE_OPINION)).hasRootCauseInstanceOf(AccessDeniedException.class)
        .hasRootCauseMessage("只有选举单位 " + s.district + " 的纪检监察机关可以办理此事项");
    opinions(pi, s.plain);
    // the musts before the notice is over: refused (complaints it invites feed the last must)
    inspections.saveMusts(s.election, s.plain, musts(false, false), s.team);
    assertThat(rules(refused(s.team, pi, TASK_FOUR_MUSTS))).containsExactly("NOTICE_PERIOD_OVER");
    assertThat(inspections.get(s.election, s.plain).mustsSubmittedAt()).isNull();

    noticeEnds(pi);
    assertThat(refused(s.discipline, pi, TASK_FOUR_MUSTS)).hasRootCauseInstanceOf(AccessDeniedException.class);
    complete(s.team, pi, TASK_FOUR_MUSTS);
    assertThat(pi).isWaitingAt(TASK_CONCLUDE);

    conclude(pi, s.plain, Inspection.Check.PASSED, Inspection.Check.PASSED);
    assertThat(pi).isWaitingAt(TASK_SECRETARY_SIGNS, TASK_DISCIPLINE_SECRETARY_SIGNS);
    assertThat(refused(s.team, pi, TASK_SECRETARY_SIGNS)).hasRootCauseInstanceOf(AccessDeniedException.class);
    complete(s.committee, pi, TASK_SECRETARY_SIGNS);
    complete(s.discipline, pi, TASK_DISCIPLINE_SECRETARY_SIGNS);

    assertThat(pi).isEnded().hasPassed(END_PASSED);
    assertThat(inspections.outcome(s.election, s.plain)).contains(InspectionStatus.PASSED);
    assertThat(inspections.passed(s.election)).containsExactly(s.plain);
    assertThat(inspections.signatures(s.election, s.plain)).extracting(Inspection.Signature::signedBy)
        .containsExactlyInAnyOrder(s.committee, s.discipline);
    assertThat(removals.isRemoved(s.election, s.plain)).isFalse();
    for (String action : List.of("INSPECTION_OPENED", "INSPECTION_NOTICE_CLOSED", "INSPECTION_MUSTS_SUBMITTED",
        "INSPECTION_CONCLUDED", "INSPECTION_PASSED")) {
      assertThat(audits(action, s.plain)).as(action).isEqualTo(1);
    }
  }

  @Test
  void politicalCheckFails_vetoRemovesTheName_noSignatureAsked() {
    ProcessInstance pi = throughMusts(s.plain);
    conclude(pi, s.plain, Inspection.Check.FAILED, Inspection.Check.PASSED);

    assertThat(pi).isEnded().hasPassed(END_VETOED).hasNotPassed(TASK_SECRETARY_SIGNS);
    assertThat(inspections.outcome(s.election, s.plain)).contains(InspectionStatus.VETOED);
    Removal removal = removals.find(s.election, s.plain).orElseThrow();
    assertThat(removal.stage()).isEqualTo(Stage.INSPECTION);
    assertThat(removal.rule()).isEqualTo("INSPECTION_VETO");
    assertThat(removal.reason()).contains("政治素质考察不通过").contains("一票否决");
    assertThat(inspections.targetsToInspect(s.election)).containsExactly(s.cadre, s.enterprise, s.banker);
    assertThat(inspections.passed(s.election)).isEmpty();
  }

  @Test
  void integrityCheckFails_dualSignatureThenVeto() {
    ProcessInstance pi = throughMusts(s.plain);
    conclude(pi, s.plain, Inspection.Check.PASSED, Inspection.Check.FAILED);
    assertThat(pi).isWaitingAt(TASK_SECRETARY_SIGNS, TASK_DISCIPLINE_SECRETARY_SIGNS);
    complete(s.discipline, pi, TASK_DISCIPLINE_SECRETARY_SIGNS);
    assertThat(removals.isRemoved(s.election, s.plain)).as("no veto before both signatures").isFalse();
    complete(s.committee, pi, TASK_SECRETARY_SIGNS);

    assertThat(pi).isEnded().hasPassed(END_VETOED);
    assertThat(inspections.outcome(s.election, s.plain)).contains(InspectionStatus.VETOED);
    assertThat(removals.find(s.election, s.plain).orElseThrow().reason()).contains("廉洁情况考察不通过");
  }

  @Test
  void enterpriseTarget_regulatorsAsked_inspectionWaitsForThem() {
    ProcessInstance pi = start(s.enterprise);
    assertThat(pi).isWaitingAt(TIMER_NOTICE_ENDS, TASK_PARTY_OPINION, TASK_DISCIPLINE_OPINION, TASK_REGULATOR_OPINION,
        TASK_FOUR_MUSTS);
    assertThat(pi).task(TASK_REGULATOR_OPINION).hasCandidateGroup(s.district);
    opinions(pi, s.enterprise);
    noticeEnds(pi);
    recordMusts(pi, s.enterprise, musts(false, false));
    assertThat(pi).isWaitingAt(TASK_REGULATOR_OPINION).isNotWaitingAt(TASK_CONCLUDE);

    assertThatThrownBy(() -> inspections.saveOpinion(s.election, s.enterprise, OpinionSource.REGULATOR,
        new Opinion.Request(true, "无不良记录", null), s.team))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e)).containsExactly("REGULATOR_NAMED"));
    assertThat(rules(refused(s.team, pi, TASK_REGULATOR_OPINION))).containsExactly("OPINION_GIVEN");
    opinion(pi, s.enterprise, OpinionSource.REGULATOR, s.team, TASK_REGULATOR_OPINION);
    assertThat(pi).isWaitingAt(TASK_CONCLUDE);
    assertThat(inspections.opinions(s.election, s.enterprise)).extracting(Opinion::source)
        .containsExactlyInAnyOrder(OpinionSource.PARTY_ORGANIZATION, OpinionSource.DISCIPLINE_COMMISSION,
            OpinionSource.REGULATOR);

    // a finance employee is asked too; a plain target is not (first test)
    ProcessInstance banker = start(s.banker);
    assertThat(banker).isWaitingAt(TASK_REGULATOR_OPINION);
  }

  @Test
  void leadingCadre_personalMattersReportMustBeChecked() {
    ProcessInstance pi = start(s.cadre);
    opinions(pi, s.cadre);
    noticeEnds(pi);
    inspections.saveMusts(s.election, s.cadre, musts(false, false), s.team);
    assertThat(rules(refused(s.team, pi, TASK_FOUR_MUSTS))).containsExactly("PERSONAL_MATTERS_CHECKED");
    assertThat(pi).isWaitingAt(TASK_FOUR_MUSTS);
    assertThat(inspections.get(s.election, s.cadre).mustsSubmittedAt()).isNull();

    // checked, but without the report itself among the evidence: refused too
    List<MustRecord> withoutReport = new ArrayList<>(musts(true, false));
    withoutReport.set(1, new MustRecord(Must.PERSONAL_MATTERS, Must.Result.CLEAR, null,
        List.of(evidence(EvidenceSource.RELATIVES_BUSINESS))));
    inspections.saveMusts(s.election, s.cadre, withoutReport, s.team);
    assertThat(rules(refused(s.team, pi, TASK_FOUR_MUSTS))).containsExactly("MUST_EVIDENCE_SOURCE");

    recordMusts(pi, s.cadre, musts(true, false));
    assertThat(pi).isWaitingAt(TASK_CONCLUDE);
  }

  @Test
  void complaintsReceivedDuringTheNotice_mustBeVerified() {
    ProcessInstance pi = start(s.plain);
    opinions(pi, s.plain);
    long specific = inspections.addComplaint(s.election, s.plain, new Complaint.Request("来信", "反映其亲属在辖区经商", true),
        s.department);
    inspections.addComplaint(s.election, s.plain, new Complaint.Request("来电", "听说此人作风不好", false), s.team);
    noticeEnds(pi);
    long late = inspections.addComplaint(s.election, s.plain, new Complaint.Request("来访", "反映其违规兼职", true), s.team);
    assertThat(inspections.complaints(s.election, s.plain)).extracting(Complaint::withinNotice)
        .containsExactly(true, true, false);

    inspections.saveMusts(s.election, s.plain, musts(false, false), s.team);
    assertThat(rules(refused(s.team, pi, TASK_FOUR_MUSTS)))
        .containsExactlyInAnyOrder("MUST_APPLIES", "COMPLAINT_VERIFIED", "COMPLAINT_VERIFIED");

    assertThatThrownBy(() -> inspections.verifyComplaint(s.election, s.plain, specific,
        new Complaint.Verification(Complaint.Conclusion.UNSUBSTANTIATED, "经查不属实",
            List.of(evidence(EvidenceSource.ARCHIVE))), s.team))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(rules(e)).containsExactly("VERIFICATION_EVIDENCE"));
    for (long id : List.of(specific, late)) {
      inspections.verifyComplaint(s.election, s.plain, id, new Complaint.Verification(
          Complaint.Conclusion.UNSUBSTANTIATED, "经向市场监管部门核实，不属实",
          List.of(evidence(EvidenceSource.RELATIVES_BUSINESS), evidence(EvidenceSource.INTERVIEW))), s.discipline);
    }
    recordMusts(pi, s.plain, musts(false, true));
    assertThat(pi).isWaitingAt(TASK_CONCLUDE);
    assertThatThrownBy(() -> inspections.addComplaint(s.election, s.plain,
        new Complaint.Request("来信", "又一封举报", true), s.team))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(rules(e)).containsExactly("MUSTS_SUBMITTED"));
  }

  @Test
  void dualSignatureBySamePerson_refused_nothingChanges() {
    ProcessInstance pi = throughMusts(s.plain);
    conclude(pi, s.plain, Inspection.Check.PASSED, Inspection.Check.PASSED);
    complete(s.both, pi, TASK_SECRETARY_SIGNS);

    Throwable thrown = refused(s.both, pi, TASK_DISCIPLINE_SECRETARY_SIGNS);
    assertThat(rules(thrown)).containsExactly("SEPARATE_SIGNATORIES");
    assertThat(thrown).hasRootCauseMessage(rootMessage(thrown));
    assertThat(rootMessage(thrown)).contains("两人分别签字").contains("双签字");
    assertThat(pi).isWaitingAt(TASK_DISCIPLINE_SECRETARY_SIGNS);
    assertThat(inspections.signatures(s.election, s.plain)).extracting(Inspection.Signature::signedBy)
        .containsExactly(s.both);
    assertThat(audits("INSPECTION_INTEGRITY_SIGNED", s.plain)).isEqualTo(1);
    assertThat(inspections.outcome(s.election, s.plain)).contains(InspectionStatus.IN_PROGRESS);

    complete(s.discipline, pi, TASK_DISCIPLINE_SECRETARY_SIGNS);
    assertThat(pi).isEnded().hasPassed(END_PASSED);
  }

  @Test
  void targetRemovedMidInspection_inspectionEndsAsRemoved() {
    ProcessInstance pi = start(s.plain);
    opinions(pi, s.plain);
    assertThat(removals.remove(s.election, s.plain, Stage.INSPECTION, "DISCIPLINE_VIOLATION", "查实拉票", s.discipline))
        .isTrue();
    runJobs(pi);

    assertThat(pi).isEnded().hasPassed(END_REMOVED).hasNotPassed(END_PASSED);
    assertThat(noticeTimer(pi)).isNull();
    Inspection ended = inspections.get(s.election, s.plain);
    assertThat(ended.status()).isEqualTo(InspectionStatus.REMOVED);
    assertThat(ended.endReason()).contains("DISCIPLINE_VIOLATION").contains("查实拉票");
    assertThat(inspections.targetsToInspect(s.election)).doesNotContain(s.plain);
    assertThatThrownBy(() -> inspections.saveMusts(s.election, s.plain, musts(false, false), s.team))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(rules(e)).containsExactly("INSPECTION_IN_PROGRESS"));

    // removed before its inspection opened: it does not start
    removals.remove(s.election, s.cadre, Stage.INSPECTION, "DISCIPLINE_VIOLATION", "查实违规", s.discipline);
    ProcessInstance late = start(s.cadre);
    assertThat(late).isEnded().hasPassed(END_ALREADY_REMOVED);
  }

  @Test
  void noticeTimerFiresAtTheEndOfTheCalendarPeriod() {
    ProcessInstance pi = start(s.plain);
    Inspection opened = inspections.get(s.election, s.plain);
    assertThat(opened.startedOn()).isEqualTo(LocalDate.of(2024, 9, 27));
    assertThat(opened.noticeFirstDay()).isEqualTo(LocalDate.of(2024, 9, 29));
    assertThat(opened.noticeLastDay()).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(noticeTimer(pi).getDuedate().toInstant()).isEqualTo(NOTICE_ENDS);

    ClockUtil.setCurrentTime(Date.from(NOTICE_ENDS.minusSeconds(1)));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().executable().count())
        .as("not due at 23:59:59 of the last day").isZero();
    ClockUtil.setCurrentTime(Date.from(NOTICE_ENDS));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().executable().count())
        .as("due at 24:00").isEqualTo(1);
    managementService.executeJob(noticeTimer(pi).getId());

    assertThat(pi).hasPassed(TIMER_NOTICE_ENDS, TASK_CLOSE_NOTICE)
        .isWaitingAt(TASK_PARTY_OPINION, TASK_DISCIPLINE_OPINION, TASK_FOUR_MUSTS);
    assertThat(inspections.get(s.election, s.plain).noticeClosedAt()).isEqualTo(NOTICE_ENDS);
    assertThat(audits("INSPECTION_NOTICE_CLOSED", s.plain)).isEqualTo(1);
  }

  @Test
  void campaignWiring_oneParallelInspectionPerStandingTarget_passedListAfterwards() {
    removals.remove(s.election, s.banker, Stage.INSPECTION, "DISCIPLINE_VIOLATION", "查实拉票", s.discipline);
    repositoryService.createDeployment().name("inspections-caller")
        .addClasspathResource("inspection/inspections-caller.bpmn20.xml").deploy();
    ProcessInstance caller = runtimeService.startProcessInstanceByKey("InspectionsCallerTestProcess", s.election,
        Map.of(ELECTION_ID, s.election, ELECTORAL_UNIT_ID, s.district));
    List<ProcessInstance> children = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .list();
    assertThat(children).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
        s.election + "/" + s.plain, s.election + "/" + s.cadre, s.election + "/" + s.enterprise);
    children.forEach(this::runJobs);

    ProcessInstance plain = child(caller, s.plain);
    opinions(plain, s.plain);
    noticeEnds(plain);
    recordMusts(plain, s.plain, musts(false, false));
    conclude(plain, s.plain, Inspection.Check.PASSED, Inspection.Check.PASSED);
    complete(s.committee, plain, TASK_SECRETARY_SIGNS);
    complete(s.discipline, plain, TASK_DISCIPLINE_SECRETARY_SIGNS);
    assertThat(plain).isEnded().hasPassed(END_PASSED);
    for (String other : List.of(s.cadre, s.enterprise)) {
      ProcessInstance child = child(caller, other);
      removals.remove(s.election, other, Stage.INSPECTION, "DISCIPLINE_VIOLATION", "查实违规", s.discipline);
      runJobs(child);
      assertThat(child).isEnded().hasPassed(END_REMOVED);
    }
    runJobs(caller);
    assertThat(caller).isEnded();
    assertThat(inspections.passed(s.election)).containsExactly(s.plain);
    assertThat(inspections.outcome(s.election, s.banker)).isEmpty();
  }

  @Test
  void everyUserTask_hasItsChineseFormAndTheGate() {
    var model = repositoryService.getBpmnModelInstance(s.start(repositoryService, runtimeService, s.plain)
        .getProcessDefinitionId());
    var tasks = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class);
    assertThat(tasks).hasSize(7);
    for (var task : tasks) {
      String form = task.getCamundaFormKey().replace("embedded:/", "static/");  // processes/forms → /forms/
      assertThat(getClass().getClassLoader().getResource(form)).as(task.getId() + " " + form).isNotNull();
      assertThat(task.getName()).as(task.getId()).matches(".*[\\u4e00-\\u9fa5].*");
      assertThat(task.getExtensionElements().getElementsQuery()
          .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class).list())
          .as(task.getId()).anyMatch(l -> "${inspectionTaskListener}".equals(l.getCamundaDelegateExpression())
              && "complete".equals(l.getCamundaEvent()));
    }
  }

  private ProcessInstance child(ProcessInstance caller, String member) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .processInstanceBusinessKey(s.election + "/" + member).singleResult();
  }

  private static String rootMessage(Throwable thrown) {
    Throwable t = thrown;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }
}
