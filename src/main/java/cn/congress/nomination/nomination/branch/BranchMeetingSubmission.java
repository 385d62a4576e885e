package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.SystemCalls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of Task_RecordBranchMeeting: completing the task IS the submission, whoever completes it
 * (form, Tasklist, /engine-rest). The record saved through the API is checked again and locked; a violation refuses the
 * completion with every rule broken, and nothing changes.
 */
@Component("branchMeetingSubmission")
class BranchMeetingSubmission implements TaskListener {

  private final BranchMeetings meetings;

  BranchMeetingSubmission(BranchMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    String electionId = (String) task.getVariable(BranchNominationProcess.VAR_ELECTION_ID);
    String branchId = (String) task.getVariable(BranchNominationProcess.VAR_ORGANIZATION_ID);
    IdentityService identityService = task.getProcessEngineServices().getIdentityService();
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      // the application itself (no signed-in user): tests and repairs; the audit log names it
      meetings.submit(electionId, branchId, task.getAssignee() == null ? "system" : task.getAssignee());
      return;
    }
    boolean ofBranch = user.getGroupIds() != null && user.getGroupIds().contains(branchId)
        || SystemCalls.asSystem(identityService, () -> identityService.createGroupQuery()
            .groupMember(user.getUserId()).groupId(branchId).count() > 0);
    if (!ofBranch) {
      throw new AccessDeniedException("只有党支部 " + branchId + " 的用户可以提交本支部的推荐提名");
    }
    meetings.submit(electionId, branchId, user.getUserId());
  }
}
