package cn.congress.nomination.fanout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The test child's first step: fails for the organization named in {@link #failFor}, to make a batch job fail. */
public class FanOutTestChildStep implements JavaDelegate {

  static volatile String failFor;

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("organizationId").equals(failFor)) {
      throw new IllegalStateException("test failure starting " + failFor);
    }
  }
}
