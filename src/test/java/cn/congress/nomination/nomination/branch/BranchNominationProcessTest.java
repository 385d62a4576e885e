package cn.congress.nomination.nomination.branch;

import static cn.congress.nomination.nomination.branch.BranchNominationProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.fanout.FanOuts;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every path of branch-nomination.bpmn on the real engine and database: submitted and fixed with both must-knows,
 * sent back and resubmitted, an invalid record refused on completion (nothing changes), another branch refused.
 * The fan-out (helper F) is mocked: its delegate and reopen are only verified.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BranchNominationProcessTest {

  @MockitoBean FanOuts fanOuts;
  @MockitoBean(name = "notifyParentDelegate") JavaDelegate notifyParent;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired CurrentViewer viewers;
  @Autowired BranchMeetings meetings;
  @Autowired JdbcTemplate jdbc;

  private final BranchFixture f = new BranchFixture("bnp");
  private String election;

  @BeforeAll
  void fixture() {
    f.create(organizations, groups, members, accounts);
    init(engine);
  }

  /** bpm-assert keeps the engine per thread: leave no engine of this context to the next test class. */
  @org.junit.jupiter.api.AfterAll
  void resetAssertions() {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
  }

  @BeforeEach
  void newElection() {
    election = f.election(electionService, "bnp-" + UUID.randomUUID().toString().substring(0, 8));
    clearInvocations(notifyParent, fanOuts);
  }

  @Test
  void submitted_nomineesFixed_bothMustKnowsConfirmed() throws Exception {
    ProcessInstance branch = start(f.branchA);
    assertThat(branch).isWaitingAt(TASK_RECORD_BRANCH_MEETING);
    assertThat(task(branch)).hasCandidateGroup(f.branchA);
    meetings.save(election, f.branchA, BranchFixture.validMeeting(f.good.subList(0, 3)), viewers.of(f.secretaryA));

    completeAs(f.secretaryA, f.branchA, task(branch).getId());
    awaitWaitingAt(branch, GATEWAY_AWAIT_DECISION);
    assertThat(branch).hasPassed(SERVICE_TASK_NOTIFY_RECOMMENDING_UNIT)
        .isWaitingAt(GATEWAY_AWAIT_DECISION);
    verify(notifyParent, times(1)).execute(any());
    Assertions.assertThat(status(f.branchA)).isEqualTo("SUBMITTED");
    Assertions.assertThat(jdbc.queryForObject("select submitted_by from branch_submission where election_id = ?",
        String.class, election)).isEqualTo(f.secretaryA);

    correlate(MESSAGE_BRANCH_NOMINEES_FIXED, f.branchA);
    assertThat(branch).isWaitingAt(TASK_CONFIRM_NOMINEES_MADE_KNOWN, CATCH_UNIT_SELECTION_FIXED);
    String mustKnowTask = taskService.createTaskQuery().processInstanceId(branch.getId())
        .taskDefinitionKey(TASK_CONFIRM_NOMINEES_MADE_KNOWN).singleResult().getId();
    // not yet confirmed: the task does not complete
    assertThatThrownBy(() -> completeAs(f.secretaryA, f.branchA, mustKnowTask))
        .rootCause().isInstanceOf(ValidationException.class).hasMessageContaining("mustKnows.BRANCH_NOMINEES");
    assertThat(branch).isWaitingAt(TASK_CONFIRM_NOMINEES_MADE_KNOWN);
    meetings.confirmMustKnow(election, f.branchA, new MustKnowRequest(MustKnowKind.BRANCH_NOMINEES,
        LocalDate.now(BranchMeetings.ZONE), MustKnowChannel.MEETING, 28), viewers.of(f.secretaryA));
    completeAs(f.secretaryA, f.branchA, mustKnowTask);

    correlate(MESSAGE_UNIT_SELECTION_FIXED, f.branchA);
    assertThat(branch).isWaitingAt(TASK_CONFIRM_SELECTION_MADE_KNOWN);
    meetings.confirmMustKnow(election, f.branchA, new MustKnowRequest(MustKnowKind.UNIT_SELECTION,
        LocalDate.now(BranchMeetings.ZONE).minusDays(1), MustKnowChannel.BULLETIN, 27), viewers.of(f.secretaryA));
    completeAs(f.secretaryA, f.branchA, taskAt(TASK_CONFIRM_SELECTION_MADE_KNOWN, branch).getId());
    assertThat(branch).isEnded().hasPassed(END_EVENT);
  }

  @Test
  void sentBack_reopened_resubmitted() throws Exception {
    ProcessInstance branch = start(f.branchA);
    meetings.save(election, f.branchA, BranchFixture.validMeeting(f.good.subList(0, 2)), viewers.of(f.secretaryA));
    completeAs(f.secretaryA, f.branchA, task(branch).getId());
    awaitWaitingAt(branch, GATEWAY_AWAIT_DECISION);

    meetings.sendBack(election, f.branchA, "应到人数与党员名册不符", viewers.of(f.unitStaff));
    assertThat(branch).isWaitingAt(TASK_RECORD_BRANCH_MEETING).hasPassed(CATCH_BRANCH_SENT_BACK);
    Assertions.assertThat(status(f.branchA)).isEqualTo("SENT_BACK");
    verify(fanOuts).reopen(eq(fanOutId()), eq(f.branchA));

    // reopened: the branch corrects its record and submits again
    meetings.save(election, f.branchA, BranchFixture.validMeeting(f.good.subList(0, 3)), viewers.of(f.secretaryA));
    completeAs(f.secretaryA, f.branchA, task(branch).getId());
    awaitWaitingAt(branch, GATEWAY_AWAIT_DECISION);
    Assertions.assertThat(status(f.branchA)).isEqualTo("SUBMITTED");
    verify(notifyParent, times(2)).execute(any());
  }

  @Test
  void invalidRecordRefusedOnCompletion_nothingChanges() throws Exception {
    ProcessInstance branch = start(f.branchA);
    // nothing saved yet
    assertThatThrownBy(() -> completeAs(f.secretaryA, f.branchA, task(branch).getId()))
        .rootCause().isInstanceOf(ValidationException.class).hasMessageContaining("meeting").hasMessageContaining("尚未保存");
    assertThat(branch).isWaitingAt(TASK_RECORD_BRANCH_MEETING);

    // saved while valid, then the nominee's standing changed: the rules run again on submission
    String nominee = f.p + "-late-" + UUID.randomUUID().toString().substring(0, 6);
    members.insert(List.of(BranchFixture.member(nominee, f.branchA, "钱后变",
        cn.congress.nomination.organization.MemberAttributes.Membership.FULL,
        cn.congress.nomination.organization.MemberAttributes.CadreLevel.NONE,
        cn.congress.nomination.organization.MemberAttributes.Sanction.NONE, null, false)));
    meetings.save(election, f.branchA, BranchFixture.validMeeting(List.of(nominee)), viewers.of(f.secretaryA));
    jdbc.update("update member set membership = 'PROBATIONARY' where id = ?", nominee);
    assertThatThrownBy(() -> completeAs(f.secretaryA, f.branchA, task(branch).getId()))
        .rootCause().isInstanceOf(ValidationException.class)
        .hasMessageContaining("nominees[0].memberId").hasMessageContaining("钱后变").hasMessageContaining("预备党员")
        .satisfies(e -> Assertions.assertThat(((ValidationException) e).violations())
            .extracting(v -> v.field() + " " + v.rule()).containsExactly("nominees[0].memberId FULL_MEMBER"));
    assertThat(branch).isWaitingAt(TASK_RECORD_BRANCH_MEETING);
    Assertions.assertThat(status(f.branchA)).isEqualTo("DRAFT");
    verify(notifyParent, times(0)).execute(any());
  }

  @Test
  void anotherBranchCannotCompleteTheTask() {
    ProcessInstance branch = start(f.branchA);
    meetings.save(election, f.branchA, BranchFixture.validMeeting(f.good.subList(0, 1)), viewers.of(f.secretaryA));
    assertThatThrownBy(() -> completeAs(f.secretaryB, f.branchB, task(branch).getId()))
        .isInstanceOf(AuthorizationException.class);
    assertThat(branch).isWaitingAt(TASK_RECORD_BRANCH_MEETING);
    Assertions.assertThat(status(f.branchA)).isEqualTo("DRAFT");
  }

  private ProcessInstance start(String branchId) {
    return runtimeService.startProcessInstanceByKey(KEY, businessKey(election, branchId),
        Map.of(VAR_ELECTION_ID, election, VAR_ORGANIZATION_ID, branchId, VAR_FAN_OUT_ID, fanOutId()));
  }

  private String fanOutId() {
    return election + ":branches:" + f.recommendingUnit;
  }

  private org.camunda.bpm.engine.task.Task taskAt(String key, ProcessInstance pi) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** Completes as the user of the organization, with authorization checks on, as Tasklist does. */
  private void completeAs(String user, String organization, String taskId) {
    identityService.setAuthentication(user, List.of(organization, Role.BRANCH_SECRETARY.groupId()));
    try {
      taskService.complete(taskId);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void correlate(String message, String branchId) {
    runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey(election, branchId))
        .correlateWithResult();
  }

  private String status(String branchId) {
    return jdbc.queryForObject("select status from branch_submission where election_id = ? and branch_id = ?",
        String.class, election, branchId);
  }

  /** The job executor runs the asyncAfter continuation: wait for it instead of racing it. */
  private void awaitWaitingAt(ProcessInstance pi, String activityId) {
    long until = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < until) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 1
          && runtimeService.getActiveActivityIds(pi.getId()).contains(activityId)) return;
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(pi).isWaitingAt(activityId);
  }
}
