package cn.congress.nomination.simulation;

import cn.congress.nomination.security.SystemCalls;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A person at the engine, as Tasklist and /engine-rest make them: the engine's authentication set to the user and their
 * groups (authorization is on), their task found by a query the engine filters by their authorizations, claimed and
 * completed through the TaskService. The task's listener sees this user and applies every rule.
 */
@Component
class EngineUser {

  private final IdentityService identityService;
  private final TaskService taskService;

  EngineUser(IdentityService identityService, TaskService taskService) {
    this.identityService = identityService;
    this.taskService = taskService;
  }

  List<String> groupsOf(String userId) {
    return SystemCalls.asSystem(identityService, () -> identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList());
  }

  /** Runs the call as the user (their groups looked up as the REST filter does), then clears the authentication. */
  <T> T as(String userId, Supplier<T> call) {
    identityService.setAuthentication(userId, groupsOf(userId));
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The user's open task of the process with this business key, if they can see one. */
  Task task(String userId, String businessKey, String taskKey) {
    return as(userId, () -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).active().list().stream().findFirst().orElse(null));
  }

  /** Waits until the user sees the task (jobs and the outbox move the processes on in the background). */
  Task awaitTask(String userId, String businessKey, String taskKey) {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    long pause = 20;
    while (true) {
      Task task = task(userId, businessKey, taskKey);
      if (task != null) return task;
      if (System.nanoTime() > deadline) {
        throw new SimulationFailure(userId + " never saw " + taskKey + " of " + businessKey);
      }
      sleep(pause);
      pause = Math.min(500, pause * 2);
    }
  }

  /** Finds (waiting for it), claims and completes the user's task, as Tasklist does. */
  void complete(String userId, String businessKey, String taskKey) {
    Task task = awaitTask(userId, businessKey, taskKey);
    as(userId, () -> {
      taskService.claim(task.getId(), userId);
      taskService.complete(task.getId());
      return null;
    });
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationFailure("interrupted");
    }
  }

  /** Waits for a condition the background work (jobs, outbox) brings about. */
  static void await(String what, Supplier<Boolean> condition) {
    await(what, Duration.ofMinutes(10), condition);
  }

  /** Waits up to {@code limit}: the fan-out of 100,000 branches runs for longer than the usual ten minutes. */
  static void await(String what, Duration limit, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    long pause = 20;
    while (!Boolean.TRUE.equals(condition.get())) {
      if (System.nanoTime() > deadline) throw new SimulationFailure("timed out waiting until " + what);
      sleep(pause);
      pause = Math.min(500, pause * 2);
    }
  }
}
