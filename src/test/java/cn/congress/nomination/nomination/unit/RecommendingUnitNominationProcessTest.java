package cn.congress.nomination.nomination.unit;

import static cn.congress.nomination.nomination.unit.RecommendingUnitProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.nomination.branch.BranchSubmissions;
import cn.congress.nomination.nomination.unit.UnitNominations.ListName;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.notice.Notices;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * RecommendingUnitProcess, one method per path. The fan-out, the notices, the branches' submissions, the deadlines and
 * the report to the electoral unit belong to other areas: mocked. The job executor is off: the test runs the jobs.
 */
/** RecommendingUnitProcess, one method per path (see {@link UnitProcessTestSupport} for what is mocked). */
class RecommendingUnitNominationProcessTest extends UnitProcessTestSupport {

  RecommendingUnitNominationProcessTest() {
    super("rup-");
  }

  @Test
  void normalPathWithCommittees_filesTheListAndReportsToTheElectoralUnit() throws Exception {
    ProcessInstance pi = start(f.unit);
    toUnitMeeting(pi);
    // the committee kept m1–m5; m18, backed only inside the committee and not selected, is no longer offered
    Assertions.assertThat(units.unitRanking(f.electionId, f.unit)).extracting(r -> r.memberId())
        .contains(s.m(1), s.m(17)).doesNotContain(s.m(18));
    recordAndConfirmUnitMeeting(pi);
    verify(notices).toBranchesOf(eq(NoticeKind.UNIT_SELECTION_FIXED), eq(f.electionId), eq(f.org(f.unit).path()),
        anyString(), anyString());
    assertThat(pi).isWaitingAt(TASK_FILE_UNIT_LIST);

    // completing before the list is filed is refused
    refused(() -> completeAs("unit-staff-1", f.unit, task(pi), Map.of()), "LIST_FILED");
    units.file(f.electionId, f.unit, "全单位 3 个党支部全部参加推荐。", null, "unit-staff-1");
    completeAs("unit-staff-1", f.unit, task(pi), Map.of());
    // asyncAfter: the report to the electoral unit is a job of its own
    verify(fanOuts, never()).recordCompletion(anyString(), anyString());
    execute(job(pi));
    verify(fanOuts).recordCompletion(f.electionId + ":units", f.unit);
    assertThat(pi).isEnded().hasPassed(END_UNIT_LIST_FILED);
    Assertions.assertThat(units.list(f.electionId, f.unit).orElseThrow().names()).hasSize(17)
        .first().satisfies(n -> Assertions.assertThat(n.identityCategory()).isEqualTo("BUREAU_LEADER"));
  }

  @Test
  void unitWithoutBranches_goesStraightToItsMeeting() {
    when(branches.states(f.electionId, f.org(f.emptyUnit).path())).thenReturn(List.of());
    ProcessInstance pi = start(f.emptyUnit);
    branchesSubmitted(pi); // the fan-out correlates at once when there is no child
    assertThat(pi).isWaitingAt(TASK_REVIEW_BRANCH_NOMINATIONS);
    completeAs("empty-staff", f.emptyUnit, task(pi), Map.of());
    // no committee: the unit's own meeting next
    assertThat(pi).isWaitingAt(TASK_RECORD_UNIT_MEETING);
    assertThat(task(pi)).hasCandidateGroup(f.emptyUnit);
  }

  @Test
  void branchSentBackDuringReview_reviewWaitsUntilItResubmits() {
    ProcessInstance pi = start(f.unit);
    branchesSubmitted(pi);
    when(branches.states(f.electionId, f.org(f.unit).path())).thenReturn(s.oneLate("SENT_BACK"));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> completeAs("unit-staff-1", f.unit, task(pi), Map.of()));
    Assertions.assertThat(cause(thrown, ValidationException.class).violations()).extracting(Violation::rule)
        .containsExactly("ALL_BRANCHES_SUBMITTED");
    Assertions.assertThat(thrown.getMessage()).contains("第二中学党支部");
    assertThat(pi).isWaitingAt(TASK_REVIEW_BRANCH_NOMINATIONS);
    when(branches.states(f.electionId, f.org(f.unit).path())).thenReturn(s.allSubmitted());
    completeAs("unit-staff-1", f.unit, task(pi), Map.of());
    assertThat(pi).isWaitingAt(TASK_RECORD_COMMITTEE_MEETING);
  }

  @Test
  void userOfAnotherOrganizationCannotComplete() {
    ProcessInstance pi = start(f.unit);
    branchesSubmitted(pi);
    Task review = task(pi);
    tasks.addCandidateGroup(review.getId(), f.emptyUnit); // even if someone added their group
    cause(org.assertj.core.api.Assertions.catchThrowable(() -> completeAs("intruder", f.emptyUnit, review, Map.of())),
        cn.congress.nomination.security.AccessDeniedException.class);
    assertThat(pi).isWaitingAt(TASK_REVIEW_BRANCH_NOMINATIONS);
  }

  @Test
  void committeeMeetingRejectedBySecondPerson_isRecordedAgain() {
    ProcessInstance pi = start(f.unit);
    branchesSubmitted(pi);
    completeAs("unit-staff-1", f.unit, task(pi), Map.of());
    // completing the record task without a saved record is refused
    refused(() -> completeAs("com-staff-1", f.committee, task(pi), Map.of()), "MEETING_RECORDED");
    units.recordCommitteeMeeting(f.electionId, f.committee, s.committeeDraft(), "com-staff-1");
    completeAs("com-staff-1", f.committee, task(pi), Map.of());
    completeAs("com-staff-2", f.committee, task(pi),
        Map.of(VAR_MEETING_DECISION, DECISION_REJECT, VAR_REJECTION_REASON, "实到人数与签到表不符"));
    assertThat(pi).isWaitingAt(TASK_RECORD_COMMITTEE_MEETING);
    Assertions.assertThat(meetings.current(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION).orElseThrow()
        .status()).isEqualTo(MeetingStatus.REJECTED);
    // the decision variables do not linger for a later completion
    Assertions.assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(VAR_MEETING_DECISION, VAR_REJECTION_REASON);
    // the rejected record cannot simply be passed on: it must be recorded anew
    refused(() -> completeAs("com-staff-1", f.committee, task(pi), Map.of()), "MEETING_RECORDED");
    units.recordCommitteeMeeting(f.electionId, f.committee, s.committeeDraft(), "com-staff-1");
    completeAs("com-staff-1", f.committee, task(pi), Map.of());
    completeAs("com-staff-2", f.committee, task(pi), Map.of(VAR_MEETING_DECISION, DECISION_CONFIRM));
    runAsyncJobs(pi);
    assertThat(pi).isWaitingAt(TASK_RECORD_UNIT_MEETING);
  }

  @Test
  void unitMeetingRejected_goesBackToRecording() {
    ProcessInstance pi = start(f.unit);
    toUnitMeeting(pi);
    units.recordUnitMeeting(f.electionId, f.unit, s.unitDraft(), Map.of(), "unit-staff-1");
    completeAs("unit-staff-1", f.unit, task(pi), Map.of());
    units.reject(f.electionId, f.unit, MeetingKind.UNIT_SELECTION, "unit-staff-2", "决议文本缺少表决结果");
    completeAs("unit-staff-2", f.unit, task(pi), Map.of());
    assertThat(pi).isWaitingAt(TASK_RECORD_UNIT_MEETING);
    verify(notices, never()).toBranchesOf(eq(NoticeKind.UNIT_SELECTION_FIXED), anyString(), anyString(), anyString(),
        anyString());
  }

  @Test
  void samePersonConfirming_isRefused() {
    ProcessInstance pi = start(f.unit);
    branchesSubmitted(pi);
    completeAs("unit-staff-1", f.unit, task(pi), Map.of());
    units.recordCommitteeMeeting(f.electionId, f.committee, s.committeeDraft(), "com-staff-1");
    completeAs("com-staff-1", f.committee, task(pi), Map.of());
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> completeAs("com-staff-1", f.committee,
        task(pi), Map.of(VAR_MEETING_DECISION, DECISION_CONFIRM)));
    Assertions.assertThat(cause(thrown, ValidationException.class).violations()).extracting(Violation::rule)
        .containsExactly("SECOND_PERSON");
    Assertions.assertThat(thrown.getMessage()).contains("须由另一人确认");
    assertThatThrownBy(() -> units.confirm(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION, "com-staff-1"))
        .isInstanceOf(ValidationException.class);
    assertThat(pi).isWaitingAt(TASK_CONFIRM_COMMITTEE_MEETING);
    Assertions.assertThat(meetings.current(f.electionId, f.committee, MeetingKind.COMMITTEE_SELECTION).orElseThrow()
        .status()).isEqualTo(MeetingStatus.RECORDED);
  }

  @Test
  void wrongCountCompositionOrIneligibleNames_areRefusedNamingPersonAndRule_andNothingChanges() {
    ProcessInstance pi = start(f.unit);
    toUnitMeeting(pi);
    Integer before = jdbc.queryForObject("select count(*) from meeting_record", Integer.class);
    // 16 names
    assertThatThrownBy(() -> units.recordUnitMeeting(f.electionId, f.unit, s.unitDraft(16), Map.of(), "unit-staff-1"))
        .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.violations())
            .extracting(Violation::rule).contains("LIST_COUNT", "UNIT_FRONTLINE"));
    // m19 (probationary, ranked last) instead of m17: ineligible, and departing from the ranking without a reason
    var draft = s.unitDraft();
    var votes = new java.util.ArrayList<>(draft.votes());
    votes.set(16, new cn.congress.nomination.meeting.MeetingVote(s.m(17), 2, false, null));
    votes.set(18, new cn.congress.nomination.meeting.MeetingVote(s.m(19), 11, true, null));
    assertThatThrownBy(() -> units.recordUnitMeeting(f.electionId, f.unit,
        new cn.congress.nomination.meeting.MeetingDraft(11, 11, "确定", votes), Map.of(), "unit-staff-1"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          Assertions.assertThat(e.violations()).extracting(Violation::rule)
              .contains("FULL_MEMBER", "DEPARTURE_REASON");
          Assertions.assertThat(e.violations()).extracting(Violation::message)
              .anySatisfy(m -> Assertions.assertThat(m).contains("人选19号（" + s.m(19) + "）", "预备党员"));
        });
    // m18 (OTHER, not offered) instead of m17: composition and ranking
    votes.set(18, new cn.congress.nomination.meeting.MeetingVote(s.m(19), 2, false, null));
    votes.set(17, new cn.congress.nomination.meeting.MeetingVote(s.m(18), 11, true, "群众基础好"));
    assertThatThrownBy(() -> units.recordUnitMeeting(f.electionId, f.unit,
        new cn.congress.nomination.meeting.MeetingDraft(11, 11, "确定", votes), Map.of(), "unit-staff-1"))
        .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.violations())
            .extracting(Violation::rule).contains("UNIT_FRONTLINE", "IN_RANKING"));
    Assertions.assertThat(jdbc.queryForObject("select count(*) from meeting_record", Integer.class)).isEqualTo(before);
    assertThat(pi).isWaitingAt(TASK_RECORD_UNIT_MEETING);

    // filing: a category other than the assigned one, no work summary
    recordAndConfirmUnitMeeting(pi);
    assertThatThrownBy(() -> units.file(f.electionId, f.unit, " ",
        List.of(new ListName(s.m(10), "PROFESSIONAL_TECHNICAL")), "unit-staff-1"))
        .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.violations())
            .extracting(Violation::rule).contains("REQUIRED", "IDENTITY_MATCHES_ASSIGNMENT"));
    Assertions.assertThat(units.list(f.electionId, f.unit)).isEmpty();
  }

  @Test
  void reminderAndEscalation_lateBranchesRemindedAndChased_withoutCancellingAnything() {
    when(branches.states(f.electionId, f.org(f.unit).path())).thenReturn(s.oneLate("NOT_SUBMITTED"));
    ProcessInstance pi = start(f.unit);
    List<Job> timers = management.createJobQuery().processInstanceId(pi.getId()).timers().list();
    Assertions.assertThat(timers).hasSize(2);
    execute(job(TIMER_BRANCH_REMINDER, pi));
    verify(notices).toOrganization(eq(NoticeKind.REMINDER), eq(f.electionId), eq(f.branchB), anyString(), anyString());
    verify(notices, never()).toOrganization(eq(NoticeKind.REMINDER), eq(f.electionId), eq(f.branchA), anyString(),
        anyString());
    assertThat(pi).isWaitingAt(RECEIVE_TASK_BRANCHES_SUBMITTED);

    execute(job(TIMER_BRANCH_DEADLINE, pi));
    assertThat(pi).isWaitingAt(RECEIVE_TASK_BRANCHES_SUBMITTED, TASK_CHASE_LATE_BRANCHES);
    Task chase = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_CHASE_LATE_BRANCHES).singleResult();
    assertThat(chase).hasCandidateGroup(f.unit);
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);

    // the late branch submits: the unit moves on, the chasing is over
    when(branches.states(f.electionId, f.org(f.unit).path())).thenReturn(s.allSubmitted());
    branchesSubmitted(pi);
    assertThat(pi).isWaitingAt(TASK_REVIEW_BRANCH_NOMINATIONS);
    Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_CHASE_LATE_BRANCHES).count())
        .isZero();
  }

  @Test
  void escalationTaskCanBeCompletedWhileBranchesAreStillLate() {
    ProcessInstance pi = start(f.unit);
    execute(job(TIMER_BRANCH_DEADLINE, pi));
    Task chase = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_CHASE_LATE_BRANCHES).singleResult();
    completeAs("unit-staff-1", f.unit, chase, Map.of());
    assertThat(pi).isWaitingAt(RECEIVE_TASK_BRANCHES_SUBMITTED).hasPassed(TASK_CHASE_LATE_BRANCHES);
  }

  @Test
  void timersReadTheScheduleThroughTheDeadlinesBean() {
    start(f.unit);
    verify(deadlines).dueOf(f.electionId, STEP_BRANCH_NOMINATION);
    verify(deadlines).reminderOf(f.electionId, STEP_BRANCH_NOMINATION);
  }

  @Test
  void everyUserTaskHasItsOrganizationsGroupAndAChineseFormThatExists() {
    var model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId());
    var userTasks = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class);
    Assertions.assertThat(userTasks).hasSize(7);
    for (var t : userTasks) {
      Assertions.assertThat(t.getCamundaCandidateGroups()).as(t.getId()).isIn("${organizationId}", "${committeeId}");
      String form = t.getCamundaFormKey().replace("embedded:", "/static");
      Assertions.assertThat(getClass().getResource(form)).as(t.getId() + " " + form).isNotNull();
    }
  }

  @Test
  void scheduleChange_movesTheBranchTimers(@Autowired org.springframework.context.ApplicationEventPublisher events,
                                           @Autowired org.springframework.transaction.PlatformTransactionManager tx) {
    ProcessInstance pi = start(f.unit);
    Date due = Date.from(Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    Date reminder = Date.from(Instant.now().plus(18, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    when(deadlines.dueOf(f.electionId, STEP_BRANCH_NOMINATION)).thenReturn(due);
    when(deadlines.reminderOf(f.electionId, STEP_BRANCH_NOMINATION)).thenReturn(reminder);
    // what PUT /api/elections/{id}/schedule publishes in its transaction; the campaign's rescheduler moves the timers
    new org.springframework.transaction.support.TransactionTemplate(tx).executeWithoutResult(
        status -> events.publishEvent(new cn.congress.nomination.campaign.ScheduleChanged(f.electionId, "test")));
    Assertions.assertThat(job(TIMER_BRANCH_DEADLINE, pi).getDuedate()).isEqualTo(due);
    Assertions.assertThat(job(TIMER_BRANCH_REMINDER, pi).getDuedate()).isEqualTo(reminder);
  }
}
