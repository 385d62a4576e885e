package cn.congress.nomination.candidate.initial;

import static cn.congress.nomination.candidate.initial.InitialCandidatesProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.targets.InspectionTargets;
import cn.congress.nomination.nomination.targets.TargetsScenario;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.publicity.Publicities;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * InitialCandidatesProcess on the engine, one method per path, every task completed by the user who owns it (the
 * listener checks the person). The engine clock is pinned to Monday 2026-03-02 so the publicity's working days are
 * known; the tests end the publicity by moving the clock past its end and running its timer.
 */
@EngineTest
class InitialCandidatesProcessTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

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
  @Autowired InspectionTargets targets;
  @Autowired MeetingRecords meetings;
  @Autowired InitialCandidates candidates;
  @Autowired CandidateRemovals removals;
  @Autowired Publicities publicities;

  private static int counter;
  private TargetsScenario s;
  private String discipline;

  @BeforeEach
  void scenario() throws Exception {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(BEIJING).toInstant()));
    s = new TargetsScenario("icp" + (++counter) + "x" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, electionService, json, jdbc, false);
    discipline = s.prefix + "-jw";
    accounts.provision(discipline, "区纪委干部", TargetsScenario.PASSWORD, List.of(s.district),
        Set.of(Role.DISCIPLINE_COMMISSION));
    fixTargets(s.targets(1, 24));
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  /** The standing committee fixed these targets (二上), as InspectionTargetsProcess leaves it. */
  private void fixTargets(List<String> ids) {
    targets.merge(s.election);
    List<MeetingVote> votes = ids.stream().map(id -> new MeetingVote(id, 9, true, null)).toList();
    List<RankedName> ranking = ids.stream().map(id -> new RankedName(id, id, 1, 1)).toList();
    long id = meetings.record(s.election, s.district, MeetingKind.TARGET_DECISION,
        new MeetingDraft(11, 10, "确定考察对象", votes), ranking, s.committee);
    meetings.confirm(id, s.committee2);
  }

  private ProcessInstance start() {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .singleResult();
    return runtimeService.startProcessInstanceById(definition.getId(), s.election,
        Map.of(ELECTION_ID, s.election, ELECTORAL_UNIT_ID, s.district));
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

  private void complete(String user, ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi, key);
    as(user, () -> taskService.complete(task.getId(), variables));
    runJobs();
  }

  /** Runs the asynchronous continuations (after the units' feedback) until none is left. */
  private void runJobs() {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().messages().executable().list()).isEmpty()) {
      for (Job job : jobs) managementService.executeJob(job.getId());
    }
  }

  /** A meeting of 11 members, 10 present, selecting the given names with 9 votes each, the others listed with 2. */
  private static MeetingDraft draft(List<String> selected, List<String> others) {
    List<MeetingVote> votes = new ArrayList<>();
    selected.forEach(id -> votes.add(new MeetingVote(id, 9, true, null)));
    others.forEach(id -> votes.add(new MeetingVote(id, 2, false, null)));
    return new MeetingDraft(11, 10, "同意以上人选为代表候选人初步人选", votes);
  }

  private void propose(ProcessInstance pi, List<String> names) {
    candidates.saveDraft(s.election, InitialStage.PROPOSAL, draft(names, List.of()), s.committee);
    complete(s.committee, pi, TASK_PROPOSE, Map.of());
  }

  private void throughConsent(ProcessInstance pi) {
    propose(pi, s.targets(1, 21));
    complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, true));
    complete(discipline, pi, TASK_CONSULT_DISCIPLINE, Map.of(DISCIPLINE_AGREES, true));
    complete(s.cityDepartment, pi, TASK_UPPER_CONSENT, Map.of(UPPER_CONSENTS, true));
  }

  private void allUnitsAgree(ProcessInstance pi) {
    for (String unit : s.units) {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_DELIBERATE)
          .taskCandidateGroup(unit).singleResult();
      as(s.staff(unit), () -> taskService.complete(task.getId(), Map.of(FEEDBACK_AGREES, true, REMARK, "同意")));
    }
    runJobs();
  }

  /** The publicity called by the process: the clock passes its end and its timer fires. */
  private void endPublicity(ProcessInstance pi) {
    ProcessInstance publicity = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
    String publicityId = (String) runtimeService.getVariable(publicity.getId(), PUBLICITY_ID);
    ClockUtil.setCurrentTime(new Date(publicities.endsAt(publicityId).getTime() + 60_000));
    for (Job timer : managementService.createJobQuery().processInstanceId(publicity.getId()).timers().list()) {
      managementService.executeJob(timer.getId());
    }
    runJobs();
  }

  private int notices(NoticeKind kind) {
    return jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = ?", Integer.class,
        s.election, kind.name());
  }

  private List<String> violations(ProcessInstance pi, String key, String user) {
    try {
      complete(user, pi, key, Map.of());
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) return v.violations().stream().map(x -> x.rule()).toList();
      }
      throw e;
    }
    return List.of();
  }

  @Test
  void consentedPublishedDeliberated_noRemoval_filed() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(pi).task().hasCandidateGroup(s.district);
    throughConsent(pi);

    assertThat(pi).isWaitingAt(CALL_PUBLICITY, TASK_DELIBERATE);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_DELIBERATE).count())
        .isEqualTo(23);
    assertThat(candidates.unpublished(s.election)).isEmpty();
    assertThat(notices(NoticeKind.INITIAL_CANDIDATES_PUBLISHED)).isEqualTo(1); // the one branch: five must-knows #3
    assertThat(notices(NoticeKind.INITIAL_CANDIDATES_DELIBERATION)).isEqualTo(23);

    allUnitsAgree(pi);
    assertThat(candidates.feedback(s.election)).hasSize(23).allMatch(f -> f.agrees() && f.submitted());
    assertThat(pi).isWaitingAt(CALL_PUBLICITY);
    endPublicity(pi);
    assertThat(pi).isWaitingAt(TASK_FILE);
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_FILE, Map.of()))
        .hasMessageContaining("意见的汇总");
    complete(s.orgDepartment, pi, TASK_FILE, Map.of(SUMMARY, "23个推荐单位均同意"));
    assertThat(pi).isEnded().hasPassed(END_FIXED);
    assertThat(candidates.filing(s.election).orElseThrow().memberIds()).containsExactlyElementsOf(s.targets(1, 21));
    assertThat(candidates.current(s.election)).containsExactlyElementsOf(s.targets(1, 21));
  }

  @Test
  void theUnitsThatGaveNoFeedbackWhenThePeriodEnds_areTakenAsHavingNone_theListIsFiled() {
    ProcessInstance pi = start();
    throughConsent(pi);
    for (String unit : s.units.subList(0, 20)) {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_DELIBERATE)
          .taskCandidateGroup(unit).singleResult();
      as(s.staff(unit), () -> taskService.complete(task.getId(), Map.of(FEEDBACK_AGREES, true, REMARK, "同意")));
    }
    runJobs();
    assertThat(candidates.lateUnits(s.election)).containsExactlyElementsOf(s.units.subList(20, 23));

    endPublicity(pi);
    Job deadline = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(TIMER_DELIBERATION_DEADLINE).singleResult();
    managementService.executeJob(deadline.getId());
    runJobs();
    assertThat(pi).isWaitingAt(TASK_FILE).hasPassed(SERVICE_CLOSE_DELIBERATION);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_DELIBERATE).count())
        .isZero();
    assertThat(notices(NoticeKind.LATE)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'INITIAL_DELIBERATION_CLOSED' "
        + "and subject_id = ?", String.class, s.election)).contains(s.units.get(22));
  }

  @Test
  void theListIsHeldToTheRules_andOnlyTheStandingCommitteeProposes_andTheRecorderCannotConfirm() {
    removals.remove(s.election, s.target(5), Stage.INSPECTION, "INSPECTION_VETO", "廉洁情况不过关", discipline);
    ProcessInstance pi = start();
    List<String> twenty = new ArrayList<>(s.targets(1, 21));
    twenty.remove(s.target(5));
    candidates.saveDraft(s.election, InitialStage.PROPOSAL, draft(twenty, List.of()), s.committee);
    assertThat(violations(pi, TASK_PROPOSE, s.committee)).containsExactly("INITIAL_COUNT");
    candidates.saveDraft(s.election, InitialStage.PROPOSAL, draft(s.targets(1, 21), List.of()), s.committee);
    assertThat(violations(pi, TASK_PROPOSE, s.committee)).containsExactly("INITIAL_FROM_POOL");
    List<String> names = new ArrayList<>(s.targets(1, 22));
    names.remove(s.target(5));
    candidates.saveDraft(s.election, InitialStage.PROPOSAL, draft(names, List.of()), s.committee);
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_PROPOSE, Map.of()))
        .hasRootCauseInstanceOf(AccessDeniedException.class).hasMessageContaining("常委会");
    assertThat(candidates.meeting(s.election, InitialStage.PROPOSAL)).isEmpty();

    complete(s.committee, pi, TASK_PROPOSE, Map.of());
    assertThatThrownBy(() -> complete(s.committee, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, true)))
        .hasMessageContaining("不能确认");
    complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, false, REASON, "票数有误"));
    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(candidates.meeting(s.election, InitialStage.PROPOSAL).orElseThrow().status())
        .isEqualTo(MeetingStatus.REJECTED);
  }

  @Test
  void disciplineCommissionObjects_thenUpperCommitteeReturns_committeeProposesAgainEachTime() {
    ProcessInstance pi = start();
    propose(pi, s.targets(1, 21));
    complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, true));
    assertThatThrownBy(() -> complete(s.committee, pi, TASK_CONSULT_DISCIPLINE, Map.of(DISCIPLINE_AGREES, true)))
        .hasRootCauseInstanceOf(AccessDeniedException.class).hasMessageContaining("纪委");
    assertThatThrownBy(() -> complete(discipline, pi, TASK_CONSULT_DISCIPLINE, Map.of(DISCIPLINE_AGREES, false)))
        .hasMessageContaining("须说明理由");
    complete(discipline, pi, TASK_CONSULT_DISCIPLINE, Map.of(DISCIPLINE_AGREES, false, REMARK, "考察3 有信访待核"));
    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(candidates.meeting(s.election, InitialStage.PROPOSAL)).isEmpty(); // superseded: propose anew

    List<String> names = new ArrayList<>(s.targets(1, 22));
    names.remove(s.target(3));
    propose(pi, names);
    complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, true));
    complete(discipline, pi, TASK_CONSULT_DISCIPLINE, Map.of(DISCIPLINE_AGREES, true));
    assertThat(pi).task().hasCandidateGroup(s.city);
    complete(s.cityDepartment, pi, TASK_UPPER_CONSENT, Map.of(UPPER_CONSENTS, false, REMARK, "结构需优化"));
    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(candidates.reviews(s.election)).extracting(InitialReview::agrees).containsExactly(false, true, false);
  }

  @Test
  void aNameRemovedDuringThePublicity_committeeShortensTheList() {
    ProcessInstance pi = start();
    throughConsent(pi);
    removals.remove(s.election, s.target(21), Stage.INITIAL_CANDIDATES, "OBJECTION_SUBSTANTIATED", "举报属实",
        discipline);
    allUnitsAgree(pi);
    endPublicity(pi);
    assertThat(pi).isWaitingAt(TASK_ADJUST);

    // longer than the configured 21 is refused; 18 leaves no margin for the election (16 seats, > 20%)
    candidates.saveDraft(s.election, InitialStage.ADJUSTMENT, draft(s.targets(1, 18), List.of()), s.committee);
    assertThat(violations(pi, TASK_ADJUST, s.committee)).containsExactly("INITIAL_ELECTION_MARGIN");
    candidates.saveDraft(s.election, InitialStage.ADJUSTMENT, draft(s.targets(1, 21), List.of()), s.committee);
    assertThat(violations(pi, TASK_ADJUST, s.committee)).containsExactly("INITIAL_FROM_POOL");

    candidates.saveDraft(s.election, InitialStage.ADJUSTMENT, draft(s.targets(1, 20), List.of()), s.committee);
    complete(s.committee, pi, TASK_ADJUST, Map.of());
    complete(s.committee2, pi, TASK_CONFIRM_ADJUSTMENT, Map.of(ADJUSTMENT_CONFIRMED, true));
    assertThat(pi).isWaitingAt(TASK_FILE);
    complete(s.orgDepartment, pi, TASK_FILE, Map.of(SUMMARY, "公示后减少1名"));
    assertThat(pi).isEnded();
    assertThat(candidates.current(s.election)).containsExactlyElementsOf(s.targets(1, 20));
  }

  @Test
  void aNameRemovedDuringThePublicity_replacementIsPublishedAndDeliberatedInItsTurn() {
    ProcessInstance pi = start();
    throughConsent(pi);
    String firstPublicity = (String) runtimeService.getVariable(pi.getId(), PUBLICITY_ID);
    removals.remove(s.election, s.target(21), Stage.INITIAL_CANDIDATES, "OBJECTION_NOT_CLEARED", "反映问题未能查清",
        discipline);
    allUnitsAgree(pi);
    endPublicity(pi);

    List<String> replaced = new ArrayList<>(s.targets(1, 20));
    replaced.add(s.target(22));
    candidates.saveDraft(s.election, InitialStage.ADJUSTMENT, draft(replaced, List.of()), s.committee);
    complete(s.committee, pi, TASK_ADJUST, Map.of());
    complete(s.committee2, pi, TASK_CONFIRM_ADJUSTMENT, Map.of(ADJUSTMENT_CONFIRMED, true));

    assertThat(pi).isWaitingAt(CALL_PUBLICITY, TASK_DELIBERATE);
    String secondPublicity = (String) runtimeService.getVariable(pi.getId(), PUBLICITY_ID);
    assertThat(secondPublicity).isNotEqualTo(firstPublicity);
    assertThat(publicities.memberIds(secondPublicity)).containsExactly(s.target(22));
    allUnitsAgree(pi);
    endPublicity(pi);
    complete(s.orgDepartment, pi, TASK_FILE, Map.of(SUMMARY, "递补考察22"));
    assertThat(pi).isEnded();
    assertThat(candidates.filing(s.election).orElseThrow().memberIds()).containsExactlyElementsOf(replaced);
  }
}
