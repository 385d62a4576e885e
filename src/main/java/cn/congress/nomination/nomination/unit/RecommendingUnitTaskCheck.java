package cn.congress.nomination.nomination.unit;

import static cn.congress.nomination.nomination.unit.RecommendingUnitProcess.*;

import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.nomination.branch.BranchState;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.SystemCalls;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of the recommending unit's user tasks: the server's check that the step is really done,
 * whoever completes the task (form, Tasklist, /engine-rest). A refused completion changes nothing.
 * <ul>
 *   <li>review: every branch SUBMITTED;</li>
 *   <li>record a meeting: a record waits for confirmation (saved through the API, where its rules are checked);</li>
 *   <li>confirm a meeting: confirmed or rejected by a second person — through the API, or by the form's variables
 *       {@code meetingDecision} (CONFIRM / REJECT) and {@code rejectionReason}, applied here as the signed-in user;</li>
 *   <li>file the list: the list is filed (through the API, where {@link UnitListRules} are checked).</li>
 * </ul>
 */
@Component("recommendingUnitTaskCheck")
class RecommendingUnitTaskCheck implements TaskListener {

  private final UnitNominations units;

  RecommendingUnitTaskCheck(UnitNominations units) {
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      check(task);
    } catch (ValidationException e) {
      // the engine wraps the exception: its message is what Tasklist and /engine-rest show, so it names every rule
      String details = e.violations().stream().map(Violation::message).collect(Collectors.joining("；"));
      throw new ValidationException(details.isEmpty() || e.getMessage().contains(details) ? e.getMessage()
          : e.getMessage() + "：" + details, e.violations());
    }
  }

  private void check(DelegateTask task) {
    String electionId = (String) task.getVariable(VAR_ELECTION_ID);
    String unitId = (String) task.getVariable(VAR_ORGANIZATION_ID);
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case TASK_REVIEW_BRANCH_NOMINATIONS -> {
        requireMember(task, unitId);
        List<BranchState> open = units.unsubmitted(electionId, unitId);
        if (!open.isEmpty()) {
          throw refused("审核不能完成：尚有党支部未报送", "branches", "ALL_BRANCHES_SUBMITTED",
              "以下党支部尚未报送（或已退回待重报）：" + open.stream().map(b -> b.name() + "（" + b.branchId() + "，"
                  + b.status() + "）").collect(Collectors.joining("、")));
        }
      }
      case TASK_RECORD_COMMITTEE_MEETING -> requireRecorded(task, electionId,
          (String) task.getVariable(VAR_COMMITTEE_ID), MeetingKind.COMMITTEE_SELECTION);
      case TASK_RECORD_UNIT_MEETING -> requireRecorded(task, electionId, unitId, MeetingKind.UNIT_SELECTION);
      case TASK_CONFIRM_COMMITTEE_MEETING -> requireDecided(task, electionId,
          (String) task.getVariable(VAR_COMMITTEE_ID), MeetingKind.COMMITTEE_SELECTION);
      case TASK_CONFIRM_UNIT_MEETING -> requireDecided(task, electionId, unitId, MeetingKind.UNIT_SELECTION);
      case TASK_FILE_UNIT_LIST -> {
        requireMember(task, unitId);
        if (!units.isFiled(electionId, unitId)) {
          throw refused("报送不能完成：推荐人选名单尚未报送", "list", "LIST_FILED",
              "推荐人选名单及材料尚未通过“报送”保存，或已被退回");
        }
      }
      default -> throw new IllegalStateException("no check for task " + key);
    }
  }

  private void requireRecorded(DelegateTask task, String electionId, String organizationId, MeetingKind kind) {
    requireMember(task, organizationId);
    Optional<Meeting> meeting = units.pendingOrDecided(electionId, organizationId, kind);
    if (meeting.isEmpty() || meeting.get().status() != MeetingStatus.RECORDED) {
      throw refused("会议记录尚未保存", "meeting", "MEETING_RECORDED",
          kind.label() + "的会议记录尚未保存（或已被退回，须重新录入并保存）");
    }
  }

  private void requireDecided(DelegateTask task, String electionId, String organizationId, MeetingKind kind) {
    String user = requireMember(task, organizationId);
    Optional<Meeting> meeting = units.pendingOrDecided(electionId, organizationId, kind);
    Object decision = task.getVariable(VAR_MEETING_DECISION);
    if (decision != null) {
      Object reason = task.getVariable(VAR_REJECTION_REASON);
      // the decision applies to this completion only: no later task may pick it up
      task.getExecution().removeVariable(VAR_MEETING_DECISION);
      task.getExecution().removeVariable(VAR_REJECTION_REASON);
      if (meeting.isPresent() && meeting.get().status() == MeetingStatus.RECORDED) {
        units.applyDecision(meeting.get().id(), decision.toString(), reason == null ? null : reason.toString(), user);
        meeting = units.pendingOrDecided(electionId, organizationId, kind);
      }
    }
    if (meeting.isEmpty() || (meeting.get().status() != MeetingStatus.CONFIRMED
        && meeting.get().status() != MeetingStatus.REJECTED)) {
      throw refused("会议记录尚未确认或退回", "meetingDecision", "MEETING_DECIDED",
          kind.label() + "的会议记录须由录入人以外的另一人确认或退回");
    }
  }

  /** The signed-in user must belong to the organization; without one (the application itself) the assignee acts. */
  private static String requireMember(DelegateTask task, String organizationId) {
    IdentityService identityService = task.getProcessEngineServices().getIdentityService();
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) return task.getAssignee() == null ? "system" : task.getAssignee();
    boolean member = user.getGroupIds() != null && user.getGroupIds().contains(organizationId)
        || SystemCalls.asSystem(identityService, () -> identityService.createGroupQuery()
            .groupMember(user.getUserId()).groupId(organizationId).count() > 0);
    if (!member) throw new AccessDeniedException("只有组织 " + organizationId + " 的用户可以完成此任务");
    return user.getUserId();
  }

  private static ValidationException refused(String message, String field, String rule, String reason) {
    return new ValidationException(message, List.of(Violation.of(field, rule, field + "：" + reason)));
  }
}
