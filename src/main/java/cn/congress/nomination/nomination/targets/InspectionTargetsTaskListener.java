package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.TaskGate;
import cn.congress.nomination.security.Viewer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of every user task of InspectionTargetsProcess: on complete, whoever completes it (Tasklist,
 * /engine-rest or the domain API) must be the right person of the right organization, and the step's rules must hold;
 * otherwise the completion fails and nothing changes. The step's decision is recorded here, in the same transaction.
 */
@Component("inspectionTargetsTaskListener")
class InspectionTargetsTaskListener extends TaskGate {

  private final InspectionTargets targets;
  private final TargetAccess access;
  private final CurrentViewer currentViewer;

  InspectionTargetsTaskListener(InspectionTargets targets, TargetAccess access, CurrentViewer currentViewer) {
    this.targets = targets;
    this.access = access;
    this.currentViewer = currentViewer;
  }

  @Override
  protected void check(DelegateTask task) {
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
            text(task, REASON));
      }
      case TASK_GIVE_OPINION -> {
        String unitId = (String) task.getVariable(UNIT_ID);
        access.requireUnit(viewer, unitId);
        targets.submitOpinion(electionId, unitId, user);
      }
      case TASK_CHASE -> {
        access.requireOrganizationDepartment(viewer, election);
        boolean close = task.getVariable(CLOSE_OPINIONS) instanceof Boolean b && b;
        targets.recordChase(electionId, user, text(task, REASON), close);
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
            text(task, REASON));
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
        targets.review(electionId, user, consent instanceof Boolean b ? b : null, text(task, REASON));
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
}
