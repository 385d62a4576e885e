package cn.congress.nomination.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The stand-in branch's step after the message: fails while {@link #fail} is set. */
public class NoticeTestStep implements JavaDelegate {

  static volatile boolean fail;

  @Override
  public void execute(DelegateExecution execution) {
    if (fail) throw new IllegalStateException("测试：支部流程暂时无法继续");
  }
}
