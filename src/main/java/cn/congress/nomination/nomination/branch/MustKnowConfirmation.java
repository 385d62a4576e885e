package cn.congress.nomination.nomination.branch;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) of the must-know tasks: the branch must have saved when, how and to how many it told. */
@Component("mustKnowConfirmation")
class MustKnowConfirmation implements TaskListener {

  private final BranchMeetings meetings;

  MustKnowConfirmation(BranchMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateTask task) {
    meetings.requireMustKnow((String) task.getVariable(BranchNominationProcess.VAR_ELECTION_ID),
        (String) task.getVariable(BranchNominationProcess.VAR_ORGANIZATION_ID),
        MustKnowKind.valueOf((String) task.getVariable(BranchNominationProcess.VAR_MUST_KNOW_KIND)));
  }
}
