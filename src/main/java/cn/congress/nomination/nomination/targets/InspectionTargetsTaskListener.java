package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.TaskCompletion;
import cn.congress.nomination.security.Viewer;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of every user task of InspectionTargetsProcess: on complete, whoever completes it (Tasklist,
 * /engine-rest or the domain API) must be the right person of the right organization, and the step's rules must hold;
 * otherwise the completion fails and nothing changes. The step's decision is recorded here, in the same transaction.
 */
@Component("inspectionTargetsTaskListener")
class InspectionTargetsTaskListener implements TaskListener {

  private final InspectionTargets targets;
  private final TargetAccess access;
  private final CurrentViewer currentViewer;

  InspectionTargetsTaskListener(InspectionTargets targets, TargetAccess access, CurrentViewer currentViewer) {
    this.targets = targets;
    this.access = access;
    this.currentViewer = currentViewer;
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
    Election election = targets.election(electionId);
    Viewer viewer = viewer();
    String user = viewer.userId();
    switch (task.getTaskDefinitionKey()) {
      case TASK_PROPOSE -> {
        access.requireStandingCommittee(viewer, election);
        targets.recordMeeting(electionId, TargetStage.PROPOSAL, user);
        task.getExecution().removeVariable(PROPOSAL_CONFIRMED);
      }
      case TASK_CONFIRM_PROPOSAL -> {
        access.requireStandingCommittee(viewer, election);
        targets.decideMeeting(electionId, TargetStage.PROPOSAL, user, decision(task, PROPOSAL_CONFIRMED, "确认或退回"),
            reason(task));
      }
      case TASK_GIVE_OPINION -> {
        String unitId = (String) task.getVariable(UNIT_ID);
        access.requireUnit(viewer, unitId);
        targets.submitOpinion(electionId, unitId, user);
      }
      case TASK_CHASE -> {
        access.requireOrganizationDepartment(viewer, election);
        boolean close = task.getVariable(CLOSE_OPINIONS) instanceof Boolean b && b;
        targets.recordChase(electionId, user, reason(task), close);
        task.getExecution().setVariable(CLOSE_OPINIONS, close);
      }
      case TASK_FIX -> {
        access.requireStandingCommittee(viewer, election);
        targets.recordMeeting(electionId, TargetStage.DECISION, user);
        task.getExecution().removeVariable(DECISION_CONFIRMED);
      }
      case TASK_CONFIRM_DECISION -> {
        access.requireStandingCommittee(viewer, election);
        targets.decideMeeting(electionId, TargetStage.DECISION, user, decision(task, DECISION_CONFIRMED, "确认或退回"),
            reason(task));
      }
      case TASK_FILE -> {
        access.requireOrganizationDepartment(viewer, election);
        boolean consent = targets.file(electionId, user);
        task.getExecution().setVariable(NEEDS_UPPER_CONSENT, consent);
        task.getExecution().removeVariable(FILING_CONSENTED);
      }
      case TASK_REVIEW -> {
        access.requireUpperCommittee(viewer, (String) task.getVariable(UPPER_COMMITTEE_ID));
        Object consent = task.getVariable(FILING_CONSENTED);
        targets.review(electionId, user, consent instanceof Boolean b ? b : null, reason(task));
      }
      default -> throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
    // a reason belongs to this completion only: a later step must give its own
    task.getExecution().removeVariable(REASON);
  }

  /** The user completing the task: the engine's authentication (Tasklist, /engine-rest and the domain API set it). */
  private Viewer viewer() {
    return currentViewer.ofEngineUser();
  }

  private static boolean decision(DelegateTask task, String variable, String what) {
    if (task.getVariable(variable) instanceof Boolean b) return b;
    throw new ValidationException("须选择" + what, List.of(Violation.of(variable, "DECISION_GIVEN", "须选择" + what)));
  }

  private static String reason(DelegateTask task) {
    Object reason = task.getVariable(REASON);
    return reason == null ? null : reason.toString();
  }
}
