package cn.congress.nomination.discipline;

import static cn.congress.nomination.discipline.ViolationVerificationProcess.VIOLATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A confirmed violation: the person is taken off the campaign at the stage they reached (idempotent). */
@Component("removeViolatorDelegate")
class RemoveViolatorDelegate implements JavaDelegate {

  private final DisciplineRegister register;

  RemoveViolatorDelegate(DisciplineRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.removeViolator(((Number) execution.getVariable(VIOLATION_ID)).longValue());
  }
}
