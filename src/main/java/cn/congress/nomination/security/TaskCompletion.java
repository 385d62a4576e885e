package cn.congress.nomination.security;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The two sides of a user task whose complete listener is the server-side gate: the listener asks who completes the
 * task ({@link #completingUser()}) and refuses with every violation in its message ({@link #withEveryViolation});
 * the domain API completes the task as the signed-in user and gets the listener's refusal back as itself
 * ({@link #complete}), so it answers 422 or 403 rather than the engine's wrapper.
 */
@Component
public class TaskCompletion {

  private final IdentityService identityService;
  private final CurrentViewer currentViewer;
  private final TaskService taskService;

  TaskCompletion(IdentityService identityService, CurrentViewer currentViewer, TaskService taskService) {
    this.identityService = identityService;
    this.currentViewer = currentViewer;
    this.taskService = taskService;
  }

  /** The user completing the task: the engine's authentication (Tasklist, /engine-rest and the domain API set it). */
  public Viewer completingUser() {
    return currentViewer.ofEngineUser();
  }

  /** Tasklist and /engine-rest show the exception's message only: it must carry every violation. */
  public static ValidationException withEveryViolation(ValidationException e) {
    String details = e.violations().stream().map(Violation::message).filter(m -> !e.getMessage().contains(m))
        .collect(Collectors.joining("；"));
    return details.isEmpty() ? e : new ValidationException(e.getMessage() + "：" + details, e.violations());
  }

  /** Completes the task as the signed-in user; a rule the listener broke comes back as itself. */
  public void complete(String taskId, Map<String, Object> variables, String what) {
    completeOrDeny(taskId, variables, "无权办理任务“" + what + "”");
  }

  /** As {@link #complete(String, Map, String)}, with the message of the refusal when the engine denies the task. */
  public void completeOrDeny(String taskId, Map<String, Object> variables, String deniedMessage) {
    try {
      taskService.complete(taskId, variables);
    } catch (AuthorizationException e) {
      throw new AccessDeniedException(deniedMessage);
    } catch (ProcessEngineException e) {
      Throwable t = e.getCause();
      while (t != null && !(t instanceof ValidationException) && !(t instanceof AccessDeniedException)) t = t.getCause();
      throw t == null ? e : (RuntimeException) t;
    }
  }
}
