package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.organization.Organizations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Merges the units' filed lists into the pool (idempotent) and names the organizations the tasks go to. */
@Component("mergeTargetPoolDelegate")
class MergeTargetPoolDelegate implements JavaDelegate {

  private final InspectionTargets targets;
  private final Organizations organizations;

  MergeTargetPoolDelegate(InspectionTargets targets, Organizations organizations) {
    this.targets = targets;
    this.organizations = organizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String electionId = (String) execution.getVariable(ELECTION_ID);
    Election election = targets.election(electionId);
    targets.merge(electionId);
    execution.setVariable(ELECTORAL_UNIT_ID, election.electoralUnitId());
    execution.setVariable(UPPER_COMMITTEE_ID, organizations.get(election.electoralUnitId()).parentId());
  }
}
