package cn.congress.nomination.publicity;

import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.SystemCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import cn.congress.nomination.security.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * The verification task of one objection, for the domain API: found by the application, completed as the signed-in
 * user (the engine checks their authorization, the complete listener the rules). A broken rule comes back as itself.
 */
@Component
class PublicityTasks {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final TaskCompletion completion;

  PublicityTasks(TaskService taskService, IdentityService identityService, TaskCompletion completion) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.completion = completion;
  }

  Optional<Task> verification(Publicity publicity, String objectionId) {
    if (publicity.processInstanceId() == null) return Optional.empty();
    return SystemCalls.asSystem(identityService, () -> taskService.createTaskQuery()
        .processInstanceId(publicity.processInstanceId()).taskDefinitionKey(PublicityProcess.TASK_VERIFY).list()
        .stream().filter(t -> objectionId.equals(taskService.getVariable(t.getId(), PublicityProcess.OBJECTION_ID)))
        .findFirst());
  }

  void conclude(Publicity publicity, String objectionId, String conclusion, String findings) {
    Task task = verification(publicity, objectionId).orElseThrow(() -> new ValidationException(
        "该反映当前没有待办的核查任务", List.of(Violation.of("objectionId", "TASK_NOT_OPEN",
            "objectionId：反映 " + objectionId + " 当前没有待办的核查任务（可能已办结）"))));
    completion.completeOrDeny(task.getId(), variables(conclusion, findings),
        "无权办理核查任务：只有选举单位 " + publicity.electoralUnitId() + " 的纪委可以作出核查结论");
  }

  private static Map<String, Object> variables(String conclusion, String findings) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(PublicityProcess.CONCLUSION, conclusion);
    variables.put(PublicityProcess.FINDINGS, findings);
    return variables;
  }
}
