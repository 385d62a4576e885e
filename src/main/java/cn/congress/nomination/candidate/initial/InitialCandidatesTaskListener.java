package cn.congress.nomination.candidate.initial;

import static cn.congress.nomination.candidate.initial.InitialCandidatesProcess.*;

import cn.congress.nomination.candidate.ElectoralUnitRoles;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.TaskGate;
import cn.congress.nomination.security.Viewer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of every user task of InitialCandidatesProcess: on complete, whoever completes it (Tasklist,
 * /engine-rest or the domain API) must be the right person of the right organization and the step's rules must hold;
 * otherwise the completion fails and nothing changes. The step's decision is recorded here, in the same transaction.
 */
@Component("initialCandidatesTaskListener")
class InitialCandidatesTaskListener extends TaskGate {

  private final InitialCandidates candidates;
  private final ElectoralUnitRoles roles;
  private final CurrentViewer currentViewer;

  InitialCandidatesTaskListener(InitialCandidates candidates, ElectoralUnitRoles roles, CurrentViewer currentViewer) {
    this.candidates = candidates;
    this.roles = roles;
    this.currentViewer = currentViewer;
  }

  @Override
  protected void check(DelegateTask task) {
    String electionId = (String) task.getVariable(ELECTION_ID);
    Election election = candidates.election(electionId);
    Viewer viewer = viewer();
    String user = viewer.userId();
    switch (task.getTaskDefinitionKey()) {
      case TASK_PROPOSE -> {
        roles.requireStandingCommittee(viewer, election);
        candidates.recordMeeting(electionId, InitialStage.PROPOSAL, user);
        task.getExecution().removeVariable(PROPOSAL_CONFIRMED);
      }
      case TASK_CONFIRM_PROPOSAL -> {
        roles.requireStandingCommittee(viewer, election);
        candidates.decideMeeting(electionId, InitialStage.PROPOSAL, user, decision(task, PROPOSAL_CONFIRMED, "确认或退回"),
            text(task, REASON));
      }
      case TASK_CONSULT_DISCIPLINE -> {
        roles.requireDisciplineCommission(viewer, election);
        candidates.review(electionId, InitialReview.Step.DISCIPLINE, user, flag(task, DISCIPLINE_AGREES),
            text(task, REMARK));
      }
      case TASK_UPPER_CONSENT -> {
        roles.requireUpperCommittee(viewer, election);
        candidates.review(electionId, InitialReview.Step.UPPER, user, flag(task, UPPER_CONSENTS), text(task, REMARK));
      }
      case TASK_DELIBERATE -> {
        String unitId = (String) task.getVariable(UNIT_ID);
        roles.requireUnit(viewer, unitId);
        candidates.saveFeedback(electionId, unitId, new UnitFeedback.Request(flag(task, FEEDBACK_AGREES),
            text(task, REMARK)), user);
      }
      case TASK_ADJUST -> {
        roles.requireStandingCommittee(viewer, election);
        candidates.recordMeeting(electionId, InitialStage.ADJUSTMENT, user);
        task.getExecution().removeVariable(ADJUSTMENT_CONFIRMED);
      }
      case TASK_CONFIRM_ADJUSTMENT -> {
        roles.requireStandingCommittee(viewer, election);
        candidates.decideMeeting(electionId, InitialStage.ADJUSTMENT, user, decision(task, ADJUSTMENT_CONFIRMED, "确认或退回"),
            text(task, REASON));
      }
      case TASK_FILE -> {
        roles.requireOrganizationDepartment(viewer, election);
        candidates.file(electionId, text(task, SUMMARY), user);
      }
      default -> throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
    // a reason or remark belongs to this completion only: a later step must give its own
    task.getExecution().removeVariable(REASON);
    task.getExecution().removeVariable(REMARK);
  }

  /** The user completing the task: the engine's authentication (Tasklist, /engine-rest and the domain API set it). */
  private Viewer viewer() {
    return currentViewer.ofEngineUser();
  }
}
