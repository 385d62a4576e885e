package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.ELECTION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The upper committee returned the filing: the decision's meeting records are superseded, the committee decides again. */
@Component("reopenTargetDecisionDelegate")
class ReopenTargetDecisionDelegate implements JavaDelegate {

  private final InspectionTargets targets;

  ReopenTargetDecisionDelegate(InspectionTargets targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    targets.reopenDecision((String) execution.getVariable(ELECTION_ID));
  }
}
