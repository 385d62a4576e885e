package cn.congress.nomination.inspection;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import cn.congress.nomination.security.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Completes a task of one target's inspection for the domain API, as the signed-in user: the engine checks the task
 * authorization, the complete listener the person and the rules; a rule broken in the listener comes back as itself.
 */
@Component
class InspectionTasks {

  private final TaskService taskService;
  private final TaskCompletion completion;

  InspectionTasks(TaskService taskService, TaskCompletion completion) {
    this.taskService = taskService;
    this.completion = completion;
  }

  /** The open task of that step in the target's inspection. */
  Task find(Inspection inspection, String taskKey, String what) {
    List<Task> tasks = inspection.processInstanceId() == null || !inspection.inProgress() ? List.of()
        : taskService.createTaskQuery().processInstanceId(inspection.processInstanceId()).taskDefinitionKey(taskKey)
            .list();
    if (tasks.isEmpty()) {
      throw new ValidationException("当前没有可办理的任务：" + what, List.of(Violation.of("task", "TASK_NOT_OPEN",
          "对" + inspection.name() + "的考察当前没有您可办理的“" + what + "”任务")));
    }
    return tasks.get(0);
  }

  void complete(Inspection inspection, String taskKey, String what, Map<String, Object> variables) {
    completion.complete(find(inspection, taskKey, what).getId(), variables, what);
  }
}
