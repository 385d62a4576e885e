package cn.congress.nomination.candidate.preliminary;

import static cn.congress.nomination.candidate.preliminary.PreliminaryCandidatesProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.TaskCompletion;
import cn.congress.nomination.security.Viewer;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of every user task of PreliminaryCandidatesProcess: whoever completes it (Tasklist,
 * /engine-rest or the domain API) must be the right person of the right organization and the step's rules must hold;
 * otherwise the completion fails and nothing changes. The step's decision is recorded here, in the same transaction.
 */
@Component("preliminaryCandidatesTaskListener")
class PreliminaryCandidatesTaskListener implements TaskListener {

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
  public void notify(DelegateTask task) {
    try {
      check(task);
    } catch (ValidationException e) {
      throw TaskCompletion.withEveryViolation(e);
    }
  }

  private void check(DelegateTask task) {
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
        candidates.decideVote(electionId, user, decision(task, VOTE_CONFIRMED), reason(task));
      }
      case TASK_FILE -> {
        access.requireOrganizationDepartment(viewer, election);
        candidates.file(electionId, user);
        task.getExecution().removeVariable(REVIEW_PASSED);
        task.getExecution().removeVariable(APPROVED);
      }
      case TASK_REVIEW -> {
        access.requireUpperCommittee(viewer, (String) task.getVariable(UPPER_COMMITTEE_ID));
        candidates.review(electionId, user, flag(task, REVIEW_PASSED), reason(task));
      }
      case TASK_APPROVE -> {
        access.requireUpperCommittee(viewer, (String) task.getVariable(UPPER_COMMITTEE_ID));
        candidates.approve(electionId, user, flag(task, APPROVED), reason(task));
      }
      default -> throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
    // a reason belongs to this completion only: a later step must give its own
    task.getExecution().removeVariable(REASON);
  }

  private static boolean decision(DelegateTask task, String variable) {
    Boolean b = flag(task, variable);
    if (b != null) return b;
    throw new ValidationException("须选择确认或退回", List.of(Violation.of(variable, "DECISION_GIVEN", "须选择确认或退回")));
  }

  private static Boolean flag(DelegateTask task, String variable) {
    return task.getVariable(variable) instanceof Boolean b ? b : null;
  }

  private static String reason(DelegateTask task) {
    Object reason = task.getVariable(REASON);
    return reason == null ? null : reason.toString();
  }
}
