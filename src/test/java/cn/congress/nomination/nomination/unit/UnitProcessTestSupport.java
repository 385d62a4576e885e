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

import cn.congress.nomination.campaign.Deadlines;
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
@IntegrationTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UnitProcessTestSupport {

  final UnitScenario s;
  final UnitFixture f;

  UnitProcessTestSupport(String prefix) {
    s = new UnitScenario(prefix);
    f = s.f;
  }

  @MockitoBean FanOuts fanOuts;
  @MockitoBean Notices notices;
  @MockitoBean BranchSubmissions branches;
  @MockitoBean Deadlines deadlines;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired UnitNominations units;
  @Autowired MeetingRecords meetings;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void data(@Autowired Organizations organizations, @Autowired OrganizationGroups groups, @Autowired Members members,
            @Autowired ElectionService elections) {
    s.insert(organizations, groups, members, elections, jdbc);
  }

  @BeforeEach
  void mocks() {
    BpmnAwareTests.init(engine);
    Instant now = Instant.now();
    when(deadlines.reminderOf(anyString(), eq(STEP_BRANCH_NOMINATION))).thenReturn(Date.from(now.plus(5, ChronoUnit.DAYS)));
    when(deadlines.dueOf(anyString(), eq(STEP_BRANCH_NOMINATION))).thenReturn(Date.from(now.plus(7, ChronoUnit.DAYS)));
    when(branches.ranking(f.electionId, f.org(f.committee).path())).thenReturn(s.committeeRanking());
    when(branches.ranking(f.electionId, f.org(f.unit).path())).thenReturn(s.unitRanking());
    when(branches.states(f.electionId, f.org(f.unit).path())).thenReturn(s.allSubmitted());
  }

  @AfterEach
  void clean() {
    identity.clearAuthentication();
    // each path starts over: no meeting, no list of the previous one stands
    jdbc.update("delete from unit_list_entry");
    jdbc.update("delete from unit_list");
    runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test"));
    for (String org : List.of(f.unit, f.committee, f.emptyUnit)) {
      for (MeetingKind kind : List.of(MeetingKind.COMMITTEE_SELECTION, MeetingKind.UNIT_SELECTION)) {
        meetings.supersede(f.electionId, org, kind, "test");
      }
    }
  }

  ProcessInstance start(String unit) {
    ProcessInstance pi = runtime.startProcessInstanceByKey(KEY, businessKey(f.electionId, unit),
        Map.of(VAR_ELECTION_ID, f.electionId, VAR_ORGANIZATION_ID, unit, VAR_FAN_OUT_ID, f.electionId + ":units"));
    assertThat(pi).isWaitingAt(SERVICE_TASK_START_BRANCHES);
    execute(job(SERVICE_TASK_START_BRANCHES, pi));
    verify(fanOuts).openForSubtree(branchesFanOutId(f.electionId, unit), f.electionId, pi.getId(),
        MESSAGE_BRANCHES_SUBMITTED, BRANCH_PROCESS_KEY, f.org(unit).path(), OrganizationType.BRANCH);
    assertThat(pi).isWaitingAt(RECEIVE_TASK_BRANCHES_SUBMITTED);
    return pi;
  }

  /** What helper F's fan-out does when the last branch submitted (or at once without branches). */
  void branchesSubmitted(ProcessInstance pi) {
    runtime.createMessageCorrelation(MESSAGE_BRANCHES_SUBMITTED).processInstanceId(pi.getId()).correlate();
  }

  void completeAs(String user, String group, Task task, Map<String, Object> variables) {
    identity.setAuthentication(user, List.of(group));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The check's exception as the engine passes it on (wrapped in its listener exceptions). */
  static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return type.cast(t);
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + thrown, thrown);
  }

  static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... rules) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    Assertions.assertThat(thrown).as("refused").isNotNull();
    Assertions.assertThat(cause(thrown, ValidationException.class).violations()).extracting(Violation::rule)
        .containsExactly(rules);
  }

  /** Runs the process's async continuations (not its timers): e.g. after each committee's selection. */
  void runAsyncJobs(ProcessInstance pi) {
    for (Job job : management.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
      management.executeJob(job.getId());
    }
  }

  void toUnitMeeting(ProcessInstance pi) {
    branchesSubmitted(pi);
    assertThat(pi).isWaitingAt(TASK_REVIEW_BRANCH_NOMINATIONS);
    assertThat(task(pi)).hasCandidateGroup(f.unit);
    completeAs("unit-staff-1", f.unit, task(pi), Map.of());
    verify(notices).toBranchesOf(eq(NoticeKind.BRANCH_NOMINEES_FIXED), eq(f.electionId), eq(f.org(f.unit).path()),
        anyString(), anyString());
    assertThat(pi).isWaitingAt(TASK_RECORD_COMMITTEE_MEETING);
    assertThat(task(pi)).hasCandidateGroup(f.committee);
    units.recordCommitteeMeeting(f.electionId, f.committee, s.committeeDraft(), "com-staff-1");
    completeAs("com-staff-1", f.committee, task(pi), Map.of());
    assertThat(pi).isWaitingAt(TASK_CONFIRM_COMMITTEE_MEETING);
    completeAs("com-staff-2", f.committee, task(pi), Map.of(VAR_MEETING_DECISION, DECISION_CONFIRM));
    runAsyncJobs(pi);
    assertThat(pi).isWaitingAt(TASK_RECORD_UNIT_MEETING);
  }

  void recordAndConfirmUnitMeeting(ProcessInstance pi) {
    units.recordUnitMeeting(f.electionId, f.unit, s.unitDraft(), Map.of(), "unit-staff-1");
    completeAs("unit-staff-1", f.unit, task(pi), Map.of());
    assertThat(pi).isWaitingAt(TASK_CONFIRM_UNIT_MEETING);
    units.confirm(f.electionId, f.unit, MeetingKind.UNIT_SELECTION, "unit-staff-2");
    completeAs("unit-staff-2", f.unit, task(pi), Map.of());
  }

}
