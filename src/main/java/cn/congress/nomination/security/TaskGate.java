package cn.congress.nomination.security;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A process's server-side gate: the complete listener of every user task checks the person and the step's rules in
 * {@link #check}; a refusal carries every violation in its message (Tasklist and /engine-rest show only the message)
 * and, thrown in the completing transaction, changes nothing. Helpers read the completion's variables.
 */
public abstract class TaskGate implements TaskListener {

  @Override
  public final void notify(DelegateTask task) {
    try {
      check(task);
    } catch (ValidationException e) {
      throw TaskCompletion.withEveryViolation(e);
    }
  }

  /** Checks and records the completion of this task; throws to refuse it. */
  protected abstract void check(DelegateTask task);

  /** A yes/no the completion must carry (confirm or return, agree or not): refused when missing. */
  protected static boolean decision(DelegateTask task, String variable, String what) {
    Boolean b = flag(task, variable);
    if (b != null) return b;
    throw new ValidationException("须选择" + what, List.of(Violation.of(variable, "DECISION_GIVEN", "须选择" + what)));
  }

  /** A yes/no the completion may carry; null when absent or not a Boolean. */
  protected static Boolean flag(DelegateTask task, String variable) {
    return task.getVariable(variable) instanceof Boolean b ? b : null;
  }

  /** A text the completion may carry (a reason, a remark); null when absent. */
  protected static String text(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    return value == null ? null : value.toString();
  }
}
