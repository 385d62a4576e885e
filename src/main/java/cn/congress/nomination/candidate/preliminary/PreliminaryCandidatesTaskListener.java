package cn.congress.nomination.candidate.preliminary;

import static cn.congress.nomination.candidate.preliminary.PreliminaryCandidatesProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.security.TaskCompletion;
import cn.congress.nomination.security.TaskGate;
import cn.congress.nomination.security.Viewer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of every user task of PreliminaryCandidatesProcess: whoever completes it (Tasklist,
 * /engine-rest or the domain API) must be the right person of the right organization and the step's rules must hold;
 * otherwise the completion fails and nothing changes. The step's decision is recorded here, in the same transaction.
 */
@Component("preliminaryCandidatesTaskListener")
class PreliminaryCandidatesTaskListener extends TaskGate {

  private final PreliminaryCandidates candidates;
  private final PreliminaryAccess access;
  private final TaskCompletion completion;

  PreliminaryCandidatesTaskListener(PreliminaryCandidates candidates, PreliminaryAccess access,
                                    TaskCompletion completion) {
    this.candidates = candidates;
    this.access = access;
    this.completion = completion;
  }

  @Override
  protected void check(DelegateTask task) {
    String electionId = (String) task.getVariable(ELECTION_ID);
    Election election = candidates.election(electionId);
    Viewer viewer = completion.completingUser();
    String user = viewer.userId();
    switch (task.getTaskDefinitionKey()) {
      case TASK_BRIEF -> {
        access.requireOrganizationDepartment(viewer, election);
        candidates.completeBriefing(electionId, user);
      }
      case TASK_VOTE -> {
        access.requirePlenary(viewer, election);
        candidates.recordVote(electionId, user);
        task.getExecution().removeVariable(VOTE_CONFIRMED);
      }
      case TASK_CONFIRM_VOTE -> {
        access.requirePlenary(viewer, election);
        candidates.decideVote(electionId, user, decision(task, VOTE_CONFIRMED, "确认或退回"), text(task, REASON));
      }
      case TASK_FILE -> {
        access.requireOrganizationDepartment(viewer, election);
        candidates.file(electionId, user);
        task.getExecution().removeVariable(REVIEW_PASSED);
        task.getExecution().removeVariable(APPROVED);
      }
      case TASK_REVIEW -> {
        access.requireUpperCommittee(viewer, (String) task.getVariable(UPPER_COMMITTEE_ID));
        candidates.review(electionId, user, flag(task, REVIEW_PASSED), text(task, REASON));
      }
      case TASK_APPROVE -> {
        access.requireUpperCommittee(viewer, (String) task.getVariable(UPPER_COMMITTEE_ID));
        candidates.approve(electionId, user, flag(task, APPROVED), text(task, REASON));
      }
      default -> throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
    // a reason belongs to this completion only: a later step must give its own
    task.getExecution().removeVariable(REASON);
  }
}
