package cn.congress.nomination.simulation;

import cn.congress.nomination.security.SystemCalls;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The bare engine in the same run: the same database, history level, authorization and thread count, a process of
 * one user task (candidate group: a group of one user), started and completed N times by that user (task query,
 * claim, complete, as the branch secretaries do). Instances per second is the figure the campaign is compared with.
 */
@Component
class EngineBaseline {

  static final String PROCESS = "SimulationBaselineProcess";
  static final String TASK = "Task_Baseline";
  static final String GROUP = "simulation-baseline";
  static final String USER = "simulation-baseline-user";

  /** Instances, wall time and the rate. */
  record Result(int instances, long millis) {
    double perSecond() {
      return millis == 0 ? 0 : instances * 1000.0 / millis;
    }
  }

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  EngineBaseline(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                 IdentityService identityService, AuthorizationService authorizationService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  Result measure(int instances, int threads, Runnable tick) {
    prepare();
    List<String> groups = List.of(GROUP);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          while (next.getAndIncrement() < instances) {
            identityService.setAuthentication(USER, groups);
            try {
              String id = runtimeService.startProcessInstanceByKey(PROCESS).getId();
              Task task = taskService.createTaskQuery().processInstanceId(id).taskCandidateGroup(GROUP).singleResult();
              taskService.claim(task.getId(), USER);
              taskService.complete(task.getId());
            } finally {
              identityService.clearAuthentication();
            }
            tick.run();
          }
          return null;
        }));
      }
      for (Future<?> f : running) f.get();
    } catch (Exception e) {
      throw new SimulationFailure("bare engine baseline failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    return new Result(instances, (System.nanoTime() - start) / 1_000_000);
  }

  /** Deploys the one-task process and gives its user what a branch secretary has: start, see and work their tasks. */
  private void prepare() {
    SystemCalls.asSystem(identityService, () -> {
      if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("基准流程").camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Baseline").userTask(TASK).name("基准任务").camundaCandidateGroups(GROUP)
            .endEvent("EndEvent_Baseline").done();
        repositoryService.createDeployment().name("simulation-baseline").addModelInstance(PROCESS + ".bpmn", model)
            .deploy();
      }
      if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
        Group group = identityService.newGroup(GROUP);
        group.setName("基准测试组");
        identityService.saveGroup(group);
        User user = identityService.newUser(USER);
        user.setFirstName("基准测试用户");
        user.setLastName("");
        identityService.saveUser(user);
        identityService.createMembership(USER, GROUP);
        grant(Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      }
    });
  }

  private void grant(Resources resource, String resourceId, Permissions... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(GROUP);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permissions p : permissions) grant.addPermission(p);
    authorizationService.saveAuthorization(grant);
  }
}
