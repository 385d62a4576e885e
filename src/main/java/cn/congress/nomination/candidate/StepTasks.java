package cn.congress.nomination.candidate;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.AccessDeniedException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Completes a step's task of an election's process for the domain API, as the signed-in user (the engine checks their
 * authorization; the process's complete listener checks the rules). A rule broken in the listener comes back as itself.
 */
@Component
public class StepTasks {

  private final TaskService taskService;

  StepTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  /** The open task of that step of the election's process (of that organization's candidate group, when given). */
  public Task find(String processKey, String electionId, String taskKey, String candidateGroup, String what) {
    TaskQuery query = taskService.createTaskQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(electionId).taskDefinitionKey(taskKey);
    // a claimed task has an assignee: candidate-group queries skip it unless told otherwise
    if (candidateGroup != null) query.taskCandidateGroup(candidateGroup).includeAssignedTasks();
    List<Task> tasks = query.list();
    if (tasks.isEmpty()) {
      throw new ValidationException("当前没有可办理的任务：" + what, List.of(Violation.of("task", "TASK_NOT_OPEN",
          "选举 " + electionId + " 当前没有您可办理的“" + what + "”任务")));
    }
    return tasks.get(0);
  }

  public void complete(String processKey, String electionId, String taskKey, String candidateGroup, String what,
                       Map<String, Object> variables) {
    Task task = find(processKey, electionId, taskKey, candidateGroup, what);
    try {
      taskService.complete(task.getId(), variables);
    } catch (AuthorizationException e) {
      throw new AccessDeniedException("无权办理任务“" + what + "”");
    } catch (ProcessEngineException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) throw v;
        if (t instanceof AccessDeniedException a) throw a;
      }
      throw e;
    }
  }
}
