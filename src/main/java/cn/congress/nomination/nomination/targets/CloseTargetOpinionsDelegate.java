package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.ELECTION_ID;
import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.MESSAGE_OPINIONS_CLOSED;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The organization department closed the opinions' round after the deadline: the message interrupts the opinions'
 * subprocess of this instance (the late units' tasks end) and the committee decides. Nothing to do when the last
 * opinion arrived meanwhile.
 */
@Component("closeTargetOpinionsDelegate")
class CloseTargetOpinionsDelegate implements JavaDelegate {

  private final InspectionTargets targets;

  CloseTargetOpinionsDelegate(InspectionTargets targets) {
    this.targets = targets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String instance = execution.getProcessInstanceId();
    boolean waiting = runtime.createEventSubscriptionQuery().processInstanceId(instance)
        .eventName(MESSAGE_OPINIONS_CLOSED).count() > 0;
    if (!waiting) return;
    targets.recordClosed((String) execution.getVariable(ELECTION_ID));
    runtime.createMessageCorrelation(MESSAGE_OPINIONS_CLOSED).processInstanceId(instance).correlate();
  }
}
