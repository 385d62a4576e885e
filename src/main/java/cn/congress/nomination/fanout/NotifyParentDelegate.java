package cn.congress.nomination.fanout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A child process's last step: records its completion in the fan-out it was started by (variables {@code fanOutId},
 * {@code organizationId}). Idempotent, so a retried job does no harm.
 */
@Component("notifyParentDelegate")
class NotifyParentDelegate implements JavaDelegate {

  private final FanOuts fanOuts;

  NotifyParentDelegate(FanOuts fanOuts) {
    this.fanOuts = fanOuts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    fanOuts.recordCompletion((String) execution.getVariable("fanOutId"),
        (String) execution.getVariable("organizationId"));
  }
}
