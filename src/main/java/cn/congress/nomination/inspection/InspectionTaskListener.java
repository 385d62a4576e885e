package cn.congress.nomination.inspection;

import static cn.congress.nomination.inspection.CandidateInspectionProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Viewer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of every user task of CandidateInspectionProcess: on complete, whoever completes it (Tasklist,
 * /engine-rest or the domain API) must be the right person of the right organization and the step's rules must hold;
 * otherwise the completion fails and nothing changes. The step is recorded here, in the same transaction.
 */
@Component("inspectionTaskListener")
class InspectionTaskListener implements TaskListener {

  private final Inspections inspections;
  private final InspectionAccess access;
  private final CurrentViewer currentViewer;

  InspectionTaskListener(Inspections inspections, InspectionAccess access, CurrentViewer currentViewer) {
    this.inspections = inspections;
    this.access = access;
    this.currentViewer = currentViewer;
  }

  @Override
  public void notify(DelegateTask task) {
    String electionId = (String) task.getVariable(ELECTION_ID);
    String memberId = (String) task.getVariable(MEMBER_ID);
    Election election = inspections.election(electionId);
    Inspection inspection = inspections.requireInProgress(electionId, memberId);
    Viewer viewer = viewer();
    String user = viewer.userId();
    switch (task.getTaskDefinitionKey()) {
      case TASK_PARTY_OPINION -> {
        access.requirePartyOrganization(viewer, inspection);
        inspections.submitOpinion(electionId, memberId, OpinionSource.PARTY_ORGANIZATION, user);
      }
      case TASK_DISCIPLINE_OPINION -> {
        access.requireDisciplineCommission(viewer, election);
        inspections.submitOpinion(electionId, memberId, OpinionSource.DISCIPLINE_COMMISSION, user);
      }
      case TASK_REGULATOR_OPINION -> {
        access.requireRegulatorRecorder(viewer, election);
        inspections.submitOpinion(electionId, memberId, OpinionSource.REGULATOR, user);
      }
      case TASK_FOUR_MUSTS -> {
        access.requireInspectionTeam(viewer, election);
        inspections.submitMusts(electionId, memberId, user);
      }
      case TASK_CONCLUDE -> {
        access.requireInspectionTeam(viewer, election);
        Inspection.Conclusion conclusion = inspections.submitConclusion(electionId, memberId, user);
        task.getExecution().setVariable(POLITICAL_PASSED, conclusion.political() == Inspection.Check.PASSED);
        task.getExecution().setVariable(INTEGRITY_PASSED, conclusion.integrity() == Inspection.Check.PASSED);
      }
      case TASK_SECRETARY_SIGNS -> sign(viewer, election, memberId, Signatory.COMMITTEE_SECRETARY);
      case TASK_DISCIPLINE_SECRETARY_SIGNS -> sign(viewer, election, memberId, Signatory.DISCIPLINE_SECRETARY);
      default -> throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
  }

  private void sign(Viewer viewer, Election election, String memberId, Signatory signatory) {
    access.requireSignatory(viewer, election, signatory);
    inspections.sign(election.id(), memberId, signatory, viewer.userId());
  }

  /** The user completing the task: the engine's authentication (Tasklist, /engine-rest and the domain API set it). */
  private Viewer viewer() {
    return currentViewer.ofEngineUser();
  }
}
