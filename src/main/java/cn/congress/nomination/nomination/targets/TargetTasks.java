package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.candidate.StepTasks;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Completes a task of InspectionTargetsProcess for the domain API, as the signed-in user (see {@link StepTasks}). */
@Component
class TargetTasks {

  private final StepTasks tasks;

  TargetTasks(StepTasks tasks) {
    this.tasks = tasks;
  }

  Task find(String electionId, String taskKey, String candidateGroup, String what) {
    return tasks.find(InspectionTargetsProcess.KEY, electionId, taskKey, candidateGroup, what);
  }

  void requireOpen(String electionId, String taskKey, String candidateGroup, String what) {
    find(electionId, taskKey, candidateGroup, what);
  }

  void complete(String electionId, String taskKey, String candidateGroup, String what, Map<String, Object> variables) {
    tasks.complete(InspectionTargetsProcess.KEY, electionId, taskKey, candidateGroup, what, variables);
  }
}
