package cn.congress.nomination.campaign;

import cn.congress.nomination.security.SystemCalls;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Moves the pending timers of an election's processes when its schedule changed: each timer's due date is computed
 * again from the timeDate expression written in its BPMN model ({@code ${deadlines.dueOf(electionId, 'STEP')}} or
 * {@code reminderOf}). Timers with another expression are left alone. Runs after the schedule's transaction committed.
 */
@Component
class TimerRescheduler {

  static final Pattern DEADLINE = Pattern.compile(
      "\\$\\{\\s*deadlines\\.(dueOf|reminderOf)\\(\\s*electionId\\s*,\\s*'([A-Z_]+)'\\s*\\)\\s*}");
  private static final Logger log = LoggerFactory.getLogger(TimerRescheduler.class);
  private static final int PAGE = 1000;

  private final Deadlines deadlines;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;

  TimerRescheduler(Deadlines deadlines, RuntimeService runtimeService, ManagementService managementService,
                   RepositoryService repositoryService, IdentityService identityService) {
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  @TransactionalEventListener
  void onScheduleChanged(ScheduleChanged event) {
    int moved = reschedule(event.electionId());
    log.info("Schedule of {} changed by {}: {} pending timer(s) moved", event.electionId(), event.changedBy(), moved);
  }

  /** Returns how many timers got a new due date. */
  int reschedule(String electionId) {
    return SystemCalls.asSystem(identityService, () -> {
      Set<String> instances = processInstancesOf(electionId);
      Map<String, Optional<Matcher>> expressions = new HashMap<>();
      int moved = 0;
      for (int first = 0; ; first += PAGE) {
        List<Job> timers = managementService.createJobQuery().timers().orderByJobId().asc().listPage(first, PAGE);
        for (Job timer : timers) {
          if (!instances.contains(timer.getProcessInstanceId())) continue;
          Optional<Matcher> expression = expressions.computeIfAbsent(timer.getJobDefinitionId(), this::expressionOf);
          if (expression.isEmpty()) continue;
          Matcher m = expression.get();
          Date due = m.group(1).equals("dueOf") ? deadlines.dueOf(electionId, m.group(2))
              : deadlines.reminderOf(electionId, m.group(2));
          if (!due.equals(timer.getDuedate())) {
            managementService.setJobDuedate(timer.getId(), due);
            moved++;
          }
        }
        if (timers.size() < PAGE) return moved;
      }
    });
  }

  private Set<String> processInstancesOf(String electionId) {
    Set<String> ids = new HashSet<>();
    for (int first = 0; ; first += PAGE) {
      List<VariableInstance> page = runtimeService.createVariableInstanceQuery().variableName("electionId")
          .variableValueEquals("electionId", electionId).listPage(first, PAGE);
      page.forEach(v -> ids.add(v.getProcessInstanceId()));
      if (page.size() < PAGE) return ids;
    }
  }

  /** The deadline expression of the timer's event in its model, if it is one. */
  private Optional<Matcher> expressionOf(String jobDefinitionId) {
    JobDefinition definition = managementService.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId)
        .singleResult();
    if (definition == null) return Optional.empty();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getProcessDefinitionId());
    ModelElementInstance event = model.getModelElementById(definition.getActivityId());
    if (event == null) return Optional.empty();
    for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
      TimeDate timeDate = timer.getTimeDate();
      if (timeDate == null) continue;
      Matcher m = DEADLINE.matcher(timeDate.getTextContent().trim());
      if (m.matches()) return Optional.of(m);
    }
    return Optional.empty();
  }
}
