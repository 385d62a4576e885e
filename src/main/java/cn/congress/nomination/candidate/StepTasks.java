package cn.congress.nomination.candidate;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.TaskCompletion;
import java.util.List;
import java.util.Map;
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
  private final TaskCompletion completion;

  StepTasks(TaskService taskService, TaskCompletion completion) {
    this.taskService = taskService;
    this.completion = completion;
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
    completion.complete(find(processKey, electionId, taskKey, candidateGroup, what).getId(), variables, what);
  }
}
