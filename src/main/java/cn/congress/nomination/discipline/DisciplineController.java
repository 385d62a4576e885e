package cn.congress.nomination.discipline;

import static cn.congress.nomination.discipline.ViolationVerificationProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.TaskCompletion;
import cn.congress.nomination.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The discipline register over HTTP: pledges, reported violations, the discipline commission's conclusion (which
 * completes the verification task as the signed-in user: the task's listener checks the person and the rules).
 */
@RestController
@RequestMapping("/api/elections/{id}/discipline")
@Tag(name = "discipline", description = "换届纪律：承诺书、违纪问题登记、纪委核查、查实即取消资格")
class DisciplineController {

  private final DisciplineRegister register;
  private final DisciplineAccess access;
  private final CurrentViewer currentViewer;
  private final TaskService taskService;
  private final TaskCompletion completion;

  DisciplineController(DisciplineRegister register, DisciplineAccess access, CurrentViewer currentViewer,
                       TaskService taskService, TaskCompletion completion) {
    this.register = register;
    this.access = access;
    this.currentViewer = currentViewer;
    this.taskService = taskService;
    this.completion = completion;
  }

  @GetMapping("/pledges")
  @Operation(summary = "The signed pledges of the election")
  List<Pledge> pledges(@PathVariable String id) {
    access.requireRead(currentViewer.get(), register.election(id));
    return register.pledges(id);
  }

  @GetMapping("/pledges/missing")
  @Operation(summary = "People on the campaign's current lists who have not signed a pledge")
  List<String> missingPledges(@PathVariable String id) {
    access.requireRead(currentViewer.get(), register.election(id));
    return register.withoutPledge(id);
  }

  @PostMapping("/pledges")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a signed pledge {memberId, signedOn, remark} (electoral unit staff or discipline commission)")
  @Transactional
  Pledge sign(@PathVariable String id, @RequestBody Pledge.Request request) {
    Viewer viewer = currentViewer.get();
    access.requireUnitStaff(viewer, register.election(id));
    return register.signPledge(id, request, viewer.userId());
  }

  @GetMapping("/violations")
  @Operation(summary = "The reported violations and their conclusions")
  List<ReportedViolation> violations(@PathVariable String id) {
    access.requireRead(currentViewer.get(), register.election(id));
    return register.violations(id);
  }

  @GetMapping("/violations/{violationId}")
  @Operation(summary = "One reported violation")
  ReportedViolation violation(@PathVariable String id, @PathVariable long violationId) {
    access.requireRead(currentViewer.get(), register.election(id));
    return ofElection(id, violationId);
  }

  @PostMapping("/violations")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Report a violation {memberId, kind, description, source}: starts the discipline commission's verification")
  @Transactional
  ReportedViolation report(@PathVariable String id, @RequestBody ReportedViolation.Request request) {
    Viewer viewer = currentViewer.get();
    access.requireUnitStaff(viewer, register.election(id));
    return register.report(id, request, viewer.userId());
  }

  @PostMapping("/violations/{violationId}/conclusion")
  @Operation(summary = "The discipline commission concludes {conclusion: CONFIRMED | NOT_CONFIRMED, findings}",
      description = "Completes the verification task; a confirmed violation removes the person at their latest stage.")
  @Transactional
  ReportedViolation conclude(@PathVariable String id, @PathVariable long violationId,
                             @RequestBody ReportedViolation.Conclusion conclusion) {
    Election election = register.election(id);
    access.requireDisciplineCommission(currentViewer.get(), election);
    ofElection(id, violationId);
    Task task = taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(TASK_VERIFY)
        .processVariableValueEquals(VIOLATION_ID, violationId).singleResult();
    if (task == null) {
      throw new ValidationException("该问题没有待核查的任务", List.of(Violation.of("task", "TASK_NOT_OPEN",
          "违纪问题 " + violationId + " 已有核查结论或没有待办的核查任务")));
    }
    Map<String, Object> variables = new HashMap<>();
    if (conclusion != null && conclusion.conclusion() != null) variables.put(CONCLUSION, conclusion.conclusion().name());
    if (conclusion != null && conclusion.findings() != null) variables.put(FINDINGS, conclusion.findings());
    completion.complete(task.getId(), variables, "纪委核查违反换届纪律问题");
    return register.violation(violationId);
  }

  private ReportedViolation ofElection(String electionId, long violationId) {
    ReportedViolation v = register.violation(violationId);
    if (!v.electionId().equals(electionId)) throw new NotFoundException("违纪问题 " + violationId + " 不属于选举 " + electionId);
    return v;
  }
}
