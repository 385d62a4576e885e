package cn.congress.nomination.fanout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One batch of children per job (the task is asyncBefore): a failed batch retries alone, started ones are skipped. */
@Component("startNextBatchDelegate")
class StartNextBatchDelegate implements JavaDelegate {

  private final FanOuts fanOuts;

  StartNextBatchDelegate(FanOuts fanOuts) {
    this.fanOuts = fanOuts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String fanOutId = (String) execution.getVariable(FanOutBatchProcess.VAR_FAN_OUT_ID);
    fanOuts.startNextBatch(fanOutId);
    execution.setVariable(FanOutBatchProcess.VAR_CHILDREN_LEFT, fanOuts.hasUnstarted(fanOutId));
  }
}
