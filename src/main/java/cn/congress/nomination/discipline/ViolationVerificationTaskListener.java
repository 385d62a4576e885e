package cn.congress.nomination.discipline;

import static cn.congress.nomination.discipline.ViolationVerificationProcess.*;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.TaskCompletion;
import cn.congress.nomination.security.Viewer;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The server-side gate of the verification task (Tasklist, /engine-rest and the domain API complete the same task):
 * only the electoral unit's discipline commission concludes, with a conclusion and findings; the conclusion is
 * recorded here, in the completion's transaction, and decides the gateway.
 */
@Component("violationVerificationTaskListener")
class ViolationVerificationTaskListener implements TaskListener {

  private final DisciplineRegister register;
  private final DisciplineAccess access;
  private final TaskCompletion completion;

  ViolationVerificationTaskListener(DisciplineRegister register, DisciplineAccess access, TaskCompletion completion) {
    this.register = register;
    this.access = access;
    this.completion = completion;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!TASK_VERIFY.equals(task.getTaskDefinitionKey())) {
      throw new IllegalStateException("no rules for task " + task.getTaskDefinitionKey());
    }
    Viewer viewer = completion.completingUser();
    access.requireDisciplineCommission(viewer, register.election((String) task.getVariable(ELECTION_ID)));
    long violationId = ((Number) task.getVariable(VIOLATION_ID)).longValue();
    boolean confirmed = register.conclude(violationId, conclusion(task.getVariable(CONCLUSION)),
        task.getVariable(FINDINGS) == null ? null : task.getVariable(FINDINGS).toString(), viewer.userId());
    task.getExecution().setVariable(CONFIRMED, confirmed);
  }

  private static ViolationStatus conclusion(Object value) {
    if (value == null) return null;
    try {
      return ViolationStatus.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      throw new ValidationException("核查结论无效：核查结论只能是查实或查无实据", List.of(Violation.of(CONCLUSION, "CONCLUSION_GIVEN",
          "conclusion：核查结论只能是 CONFIRMED（查实）或 NOT_CONFIRMED（查无实据），而非 " + value)));
    }
  }
}
