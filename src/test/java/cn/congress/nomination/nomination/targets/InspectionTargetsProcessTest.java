package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * InspectionTargetsProcess on the engine, one method per path; every task completed by the user who owns it (the
 * listener checks the person). Job executor off (EngineTest): the tests run the opinions' continuations and the timers
 * themselves; the timers follow the test election's schedule (campaign.Deadlines).
 */
@EngineTest
class InspectionTargetsProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
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

  private static int counter;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  private TargetsScenario scenario(boolean allMen) throws Exception {
    return new TargetsScenario("itp" + (++counter) + "x" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, electionService, json, jdbc, allMen);
  }

  private ProcessInstance start(TargetsScenario s) {
    return s.start(repositoryService, runtimeService);
  }

  /** Runs the call as the user, with their groups, as Tasklist and the API do. */
  private void as(String user, Runnable call) {
    cn.congress.nomination.support.EngineUsers.as(identityService, user, call);
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** Completes the step's task as the user, then runs the continuations after it (asyncAfter), as the job executor would. */
  private void complete(String user, ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi, key);
    as(user, () -> taskService.complete(task.getId(), variables));
    runJobs(pi, key);
  }

  /** A meeting of 11 members, 10 present, selecting the given names with 9 votes each. */
  private static TargetDraft draft(List<String> selected, Map<String, String> departures, Map<String, String> changes,
                                   List<String> listedButNotSelected) {
    List<MeetingVote> votes = new ArrayList<>();
    selected.forEach(id -> votes.add(new MeetingVote(id, 9, true, departures.get(id))));
    listedButNotSelected.forEach(id -> votes.add(new MeetingVote(id, 2, false, departures.get(id))));
    return new TargetDraft(11, 10, "同意以上人选为考察对象", votes, changes);
  }

  private static TargetDraft draft(List<String> selected) {
    return draft(selected, Map.of(), Map.of(), List.of());
  }

  private void propose(TargetsScenario s, ProcessInstance pi, TargetDraft draft) {
    targets.saveDraft(s.election, TargetStage.PROPOSAL, draft, s.committee);
    complete(s.committee, pi, TASK_PROPOSE, Map.of());
  }

  private void allUnitsAgree(TargetsScenario s, ProcessInstance pi) {
    for (String unit : s.units) {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_GIVE_OPINION)
          .taskCandidateGroup(unit).singleResult();
      targets.saveOpinion(s.election, unit, new TargetOpinion.Request(true, "同意", List.of()), s.staff(unit));
      as(s.staff(unit), () -> taskService.complete(task.getId()));
    }
    runJobs(pi, TASK_GIVE_OPINION);
  }

  /** Executes the asynchronous continuations (after the units' opinions) until none is left. */
  private void runJobs(ProcessInstance pi, String activityId) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()).isEmpty()) {
      for (Job job : jobs) managementService.executeJob(job.getId());
    }
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
        .singleResult();
  }

  private void throughProposal(TargetsScenario s, ProcessInstance pi) {
    propose(s, pi, draft(s.targets(1, 24)));
    complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, true));
  }

  private void decide(TargetsScenario s, ProcessInstance pi, TargetDraft draft) {
    targets.saveDraft(s.election, TargetStage.DECISION, draft, s.committee);
    complete(s.committee, pi, TASK_FIX, Map.of());
    complete(s.committee2, pi, TASK_CONFIRM_DECISION, Map.of(DECISION_CONFIRMED, true));
  }

  private int audits(String action, String subject) {
    return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Integer.class,
        action, subject);
  }

  @Test
  void normalPath_proposalOpinionsDecisionFilingConsented() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);
    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(pi).task().hasCandidateGroup(s.district);
    assertThat(targets.pool(s.election)).extracting(PoolEntry::memberId).containsExactlyElementsOf(s.targets(1, 25));
    assertThat(targets.pool(s.election).get(0).unitIds()).containsExactly(s.units.get(0), s.units.get(1));

    throughProposal(s, pi);
    assertThat(targets.meeting(s.election, TargetStage.PROPOSAL).orElseThrow().status())
        .isEqualTo(MeetingStatus.CONFIRMED);
    assertThat(pi).isWaitingAt(TASK_GIVE_OPINION);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_GIVE_OPINION).count())
        .isEqualTo(23);
    assertThat(targets.lateUnits(s.election)).hasSize(23);

    allUnitsAgree(s, pi);
    assertThat(pi).isWaitingAt(TASK_FIX);
    assertThat(targets.opinions(s.election)).hasSize(23).allMatch(o -> o.agrees() && o.submitted());

    decide(s, pi, draft(s.targets(1, 24)));
    assertThat(pi).isWaitingAt(TASK_FILE);
    complete(s.orgDepartment, pi, TASK_FILE, Map.of());
    assertThat(pi).isWaitingAt(TASK_REVIEW);
    assertThat(pi).task().hasCandidateGroup(s.city);
    TargetFiling filing = targets.filing(s.election).orElseThrow();
    assertThat(filing.status()).isEqualTo(TargetFiling.FILED);
    assertThat(filing.roster().get("targets")).hasSize(24);
    assertThat(filing.statistics().get("targets").asInt()).isEqualTo(24);
    assertThat(filing.statistics().get("unitsFiled").asInt()).isEqualTo(2);
    assertThat(filing.statistics().get("women").asInt()).isEqualTo(12);

    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(FILING_CONSENTED, true));
    assertThat(pi).isEnded().hasPassed(END_FIXED);
    assertThat(targets.filing(s.election).orElseThrow().status()).isEqualTo(TargetFiling.CONSENTED);
    for (String action : List.of("TARGET_POOL_MERGED", "TARGET_PROPOSAL_RECORDED", "TARGET_PROPOSAL_CONFIRMED",
        "TARGET_DECISION_RECORDED", "TARGET_DECISION_CONFIRMED", "TARGETS_FILED", "TARGET_FILING_CONSENTED")) {
      assertThat(audits(action, s.election)).as(action).isEqualTo(1);
    }
  }

  @Test
  void secondPersonRejectsTheProposal_committeeProposesAgain_recorderCannotConfirm() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);
    propose(s, pi, draft(s.targets(1, 24)));
    assertThat(pi).isWaitingAt(TASK_CONFIRM_PROPOSAL);

    assertThatThrownBy(() -> complete(s.committee, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, true)))
        .hasMessageContaining("不能确认");
    assertThat(pi).isWaitingAt(TASK_CONFIRM_PROPOSAL);
    assertThatThrownBy(() -> complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, false)))
        .hasMessageContaining("退回理由");
    complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, false, REASON, "票数记录有误"));
    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(targets.meeting(s.election, TargetStage.PROPOSAL).orElseThrow().status())
        .isEqualTo(MeetingStatus.REJECTED);
    assertThat(audits("TARGET_PROPOSAL_REJECTED", s.election)).isEqualTo(1);

    // the stale decision does not carry over: confirming needs a fresh choice
    propose(s, pi, draft(s.targets(1, 24)));
    assertThatThrownBy(() -> complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of()))
        .hasMessageContaining("须选择确认或退回");
    complete(s.committee2, pi, TASK_CONFIRM_PROPOSAL, Map.of(PROPOSAL_CONFIRMED, true));
    assertThat(pi).isWaitingAt(TASK_GIVE_OPINION);
  }

  @Test
  void ruleViolationsAreRefusedNamingTheRule_andNothingChanges() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);

    targets.saveDraft(s.election, TargetStage.PROPOSAL, draft(s.targets(1, 23)), s.committee);
    assertThatThrownBy(() -> complete(s.committee, pi, TASK_PROPOSE, Map.of()))
        .hasRootCauseInstanceOf(ValidationException.class).hasMessageContaining("TARGET_COUNT".isEmpty() ? "" : "23 名");
    assertThat(violations(s, pi)).contains("TARGET_COUNT");

    List<String> withStranger = new ArrayList<>(s.targets(1, 23));
    withStranger.add(s.prefix + "-nobody");
    targets.saveDraft(s.election, TargetStage.PROPOSAL, draft(withStranger), s.committee);
    assertThat(violations(s, pi)).contains("TARGET_FROM_POOL");

    // the organization department is not the standing committee
    targets.saveDraft(s.election, TargetStage.PROPOSAL, draft(s.targets(1, 24)), s.committee);
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_PROPOSE, Map.of()))
        .hasRootCauseInstanceOf(AccessDeniedException.class).hasMessageContaining("常委会");

    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(targets.meeting(s.election, TargetStage.PROPOSAL)).isEmpty();
    assertThat(audits("TARGET_PROPOSAL_RECORDED", s.election)).isZero();
  }

  @Test
  void aListFromWhichNoStructureCompliantSlateCanBeChosenIsRefused() throws Exception {
    TargetsScenario s = scenario(true);
    ProcessInstance pi = start(s);
    targets.saveDraft(s.election, TargetStage.PROPOSAL, draft(s.targets(1, 24)), s.committee);
    assertThat(violations(s, pi)).containsExactly("STRUCTURE_INFEASIBLE");
    assertThatThrownBy(() -> complete(s.committee, pi, TASK_PROPOSE, Map.of())).hasMessageContaining("妇女");
    assertThat(pi).isWaitingAt(TASK_PROPOSE);
    assertThat(targets.meeting(s.election, TargetStage.PROPOSAL)).isEmpty();
  }

  private List<String> violations(TargetsScenario s, ProcessInstance pi) {
    try {
      complete(s.committee, pi, TASK_PROPOSE, Map.of());
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) return v.violations().stream().map(x -> x.rule()).toList();
      }
      throw e;
    }
    return List.of();
  }

  @Test
  void reminderNotifiesLateUnits_deadlineEscalatesToTheOrganizationDepartment_tasksStayOpen() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);
    throughProposal(s, pi);

    // two units answer in time
    for (String unit : s.units.subList(0, 2)) {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(unit).singleResult();
      targets.saveOpinion(s.election, unit, new TargetOpinion.Request(false, null,
          List.of(new TargetOpinion.NameRemark(s.target(3), "该同志近期调任，建议调整"))), s.staff(unit));
      as(s.staff(unit), () -> taskService.complete(task.getId()));
    }
    runJobs(pi, TASK_GIVE_OPINION);

    managementService.executeJob(timer(pi, TIMER_REMINDER).getId());
    assertThat(jdbc.queryForList("select organization_id from notice where election_id = ? and kind = ?", String.class,
        s.election, NoticeKind.REMINDER.name())).hasSize(21).doesNotContain(s.units.get(0), s.units.get(1));
    assertThat(audits("TARGET_OPINIONS_REMINDED", s.election)).isEqualTo(1);

    managementService.executeJob(timer(pi, TIMER_DEADLINE).getId());
    assertThat(pi).isWaitingAt(TASK_GIVE_OPINION, TASK_CHASE);
    Task chase = task(pi, TASK_CHASE);
    assertThat(chase).hasCandidateGroup(s.district);
    assertThat(targets.lateUnits(s.election)).hasSize(21).doesNotContain(s.units.get(0), s.units.get(1));
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_GIVE_OPINION).count())
        .isEqualTo(21);

    assertThatThrownBy(() -> complete(s.committee, pi, TASK_CHASE, Map.of())).hasMessageContaining("组织部");
    complete(s.orgDepartment, pi, TASK_CHASE, Map.of(REASON, "已电话督促"));
    assertThat(audits("TARGET_OPINIONS_CHASED", s.election)).isEqualTo(1);

    // the late units still answer; then the committee decides
    for (String unit : s.units.subList(2, 23)) {
      Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(unit).singleResult();
      assertThatThrownBy(() -> as(s.staff(unit), () -> taskService.complete(task.getId())))
          .hasMessageContaining("尚未填写");
      targets.saveOpinion(s.election, unit, new TargetOpinion.Request(true, null, List.of()), s.staff(unit));
      as(s.staff(unit), () -> taskService.complete(task.getId()));
    }
    runJobs(pi, TASK_GIVE_OPINION);
    assertThat(pi).isWaitingAt(TASK_FIX);
    assertThat(timer(pi, TIMER_REMINDER)).isNull();
  }

  @Test
  void afterTheDeadlineTheOrganizationDepartmentClosesTheRound_lateUnitsTasksEnd() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);
    throughProposal(s, pi);
    String early = s.units.get(0);
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(early).singleResult();
    targets.saveOpinion(s.election, early, new TargetOpinion.Request(true, null, List.of()), s.staff(early));
    as(s.staff(early), () -> taskService.complete(task.getId()));
    runJobs(pi, TASK_GIVE_OPINION);
    managementService.executeJob(timer(pi, TIMER_DEADLINE).getId());

    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_CHASE, Map.of(CLOSE_OPINIONS, true)))
        .hasMessageContaining("结束征求意见（未反馈单位视为无意见）须说明理由");
    complete(s.orgDepartment, pi, TASK_CHASE, Map.of(CLOSE_OPINIONS, true, REASON, "已逾期三日，经督促仍未反馈"));
    assertThat(pi).isWaitingAt(TASK_FIX).hasPassed(TASK_CLOSE_OPINIONS, BOUNDARY_OPINIONS_CLOSED);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_GIVE_OPINION).count())
        .isZero();
    assertThat(targets.lateUnits(s.election)).hasSize(22);
    assertThat(audits("TARGET_OPINIONS_CLOSED", s.election)).isEqualTo(1);
    decide(s, pi, draft(s.targets(1, 24)));
    assertThat(pi).isWaitingAt(TASK_FILE);
  }

  @Test
  void aUnitCannotGiveAnotherUnitsOpinion() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);
    throughProposal(s, pi);
    String unit = s.units.get(4);
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(unit).singleResult();
    targets.saveOpinion(s.election, unit, new TargetOpinion.Request(true, null, List.of()), s.staff(unit));
    assertThatThrownBy(() -> as(s.staff(s.units.get(5)), () -> taskService.complete(task.getId())))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    // even with the task's group, the listener refuses someone outside the unit (e.g. via a delegated task)
    identityService.setAuthentication(s.staff(s.units.get(5)), List.of(unit, s.units.get(5)));
    try {
      assertThatThrownBy(() -> taskService.complete(task.getId())).hasMessageContaining("只有推荐单位");
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void filingReturned_decisionReopened_committeeChangesWithReasons_thenConsented() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);
    throughProposal(s, pi);
    allUnitsAgree(s, pi);
    decide(s, pi, draft(s.targets(1, 24)));
    complete(s.orgDepartment, pi, TASK_FILE, Map.of());

    assertThatThrownBy(() -> complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(FILING_CONSENTED, false)))
        .hasMessageContaining("退回考察对象报备须说明理由");
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_REVIEW, Map.of(FILING_CONSENTED, true)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(FILING_CONSENTED, false, REASON, "考察24人选结构需调整"));
    assertThat(pi).isWaitingAt(TASK_FIX);
    assertThat(targets.meeting(s.election, TargetStage.DECISION)).isEmpty();
    assertThat(targets.filing(s.election).orElseThrow().status()).isEqualTo(TargetFiling.RETURNED);
    assertThat(audits("TARGET_DECISION_REOPENED", s.election)).isEqualTo(1);

    List<String> changed = new ArrayList<>(s.targets(1, 23));
    changed.add(s.target(25));
    // without the reasons: refused, naming both people and the rule
    targets.saveDraft(s.election, TargetStage.DECISION, draft(changed, Map.of(), Map.of(), List.of(s.target(24))),
        s.committee);
    assertThatThrownBy(() -> complete(s.committee, pi, TASK_FIX, Map.of()))
        .hasMessageContaining("考察25（" + s.target(25) + "）不在常委会提出的考察对象建议名单中，增列须说明理由")
        .hasMessageContaining("考察24（" + s.target(24) + "）在常委会提出的考察对象建议名单中，调出须说明理由");
    Map<String, String> departures = new HashMap<>();
    departures.put(s.target(25), "上级反馈结构意见");
    departures.put(s.target(24), "上级反馈结构意见");
    decide(s, pi, draft(changed, departures, Map.of(s.target(25), "按上级意见增列", s.target(24), "按上级意见调出"),
        List.of(s.target(24))));
    complete(s.orgDepartment, pi, TASK_FILE, Map.of());
    var roster = targets.filing(s.election).orElseThrow().roster();
    assertThat(roster.get("targets").get(23).get("memberId").asText()).isEqualTo(s.target(25));
    assertThat(roster.get("targets").get(23).get("addedReason").asText()).isEqualTo("按上级意见增列");
    assertThat(roster.get("removedFromProposal").get(0).get("reason").asText()).isEqualTo("按上级意见调出");
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(FILING_CONSENTED, true));
    assertThat(pi).isEnded().hasPassed(END_FIXED);
    assertThat(targets.targets(s.election, TargetStage.DECISION)).contains(s.target(25)).doesNotContain(s.target(24));
  }

  @Test
  void withoutUpperConsentTheFilingEndsTheProcess() throws Exception {
    TargetsScenario s = scenario(false);
    jdbc.update("update election set targets_need_upper_consent = false where id = ?", s.election);
    ProcessInstance pi = start(s);
    throughProposal(s, pi);
    allUnitsAgree(s, pi);
    decide(s, pi, draft(s.targets(1, 24)));
    complete(s.orgDepartment, pi, TASK_FILE, Map.of());
    assertThat(pi).isEnded().hasPassed(END_FILED).hasNotPassed(TASK_REVIEW);
    assertThat(targets.filing(s.election).orElseThrow().status()).isEqualTo(TargetFiling.NOT_REQUIRED);
  }

  @Test
  void theDecisionIsRejectedByTheSecondPerson_andRecordedAgain() throws Exception {
    TargetsScenario s = scenario(false);
    ProcessInstance pi = start(s);
    throughProposal(s, pi);
    allUnitsAgree(s, pi);
    targets.saveDraft(s.election, TargetStage.DECISION, draft(s.targets(1, 24)), s.committee);
    complete(s.committee, pi, TASK_FIX, Map.of());
    complete(s.committee2, pi, TASK_CONFIRM_DECISION, Map.of(DECISION_CONFIRMED, false, REASON, "实到人数有误"));
    assertThat(pi).isWaitingAt(TASK_FIX);
    decide(s, pi, draft(s.targets(1, 24)));
    assertThat(pi).isWaitingAt(TASK_FILE);
  }
}
