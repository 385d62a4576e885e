package cn.congress.nomination.inspection;

import static cn.congress.nomination.inspection.CandidateInspectionProcess.*;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.platform.NotFoundException;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.SystemCalls;
import cn.congress.nomination.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inspections over HTTP: the targets with their status, one target's record, the opinions, complaints, four
 * musts, conclusion and the dual signature. Submitting completes the process's task as the signed-in user: the same
 * complete listener as in Tasklist checks the person and every rule (422 naming them, nothing changes; 403 for the
 * wrong person).
 */
@RestController
@RequestMapping("/api/elections/{id}/inspections")
@Tag(name = "inspections", description = "考察：考察预告、征求意见、四必、举报核查、考察结论和廉洁结论双签字")
class InspectionController {

  private final Inspections inspections;
  private final InspectionAccess access;
  private final InspectionTasks tasks;
  private final CandidateRemovals removals;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CurrentViewer currentViewer;

  InspectionController(Inspections inspections, InspectionAccess access, InspectionTasks tasks,
                       CandidateRemovals removals, TaskService taskService, IdentityService identityService,
                       CurrentViewer currentViewer) {
    this.inspections = inspections;
    this.access = access;
    this.tasks = tasks;
    this.removals = removals;
    this.taskService = taskService;
    this.identityService = identityService;
    this.currentViewer = currentViewer;
  }

  /** One row of the list: a target, its inspection's status and the steps still open. */
  record Summary(String memberId, String name, InspectionStatus status, String statusLabel, java.time.LocalDate
      noticeFirstDay, java.time.LocalDate noticeLastDay, boolean noticeOver, boolean leadingCadre,
                 boolean needsRegulators, List<String> openSteps) {}

  /** One target's whole record (the party organization sees the inspection and its own opinion only). */
  record Record(Inspection inspection, List<Opinion> opinions, List<MustRecord> musts, List<Complaint> complaints,
                List<Inspection.Signature> signatures, Removal removal, List<String> openSteps) {}

  record Musts(List<MustRecord> musts) {}

  record Created(long id) {}

  @GetMapping
  @Operation(summary = "Every target's inspection with its status and open steps, in the targets' order")
  List<Summary> list(@PathVariable String id) {
    access.requireReadAll(viewer(), inspections.election(id));
    Map<String, List<String>> open = openSteps(id);
    return inspections.list(id).stream().map(i -> new Summary(i.memberId(), i.name(), i.status(), i.status().label(),
        i.noticeFirstDay(), i.noticeLastDay(), i.noticeOver(), i.leadingCadre(), i.needsRegulators(),
        open.getOrDefault(i.processInstanceId(), List.of()))).toList();
  }

  @GetMapping("/{memberId}")
  @Operation(summary = "One target's inspection: notice, opinions, four musts, complaints, conclusion, signatures")
  Record record(@PathVariable String id, @PathVariable String memberId) {
    Viewer viewer = viewer();
    Election election = inspections.election(id);
    Inspection inspection = inspections.get(id, memberId);
    access.requireRead(viewer, election, inspection);
    List<String> open = openSteps(id).getOrDefault(inspection.processInstanceId(), List.of());
    if (!access.readsAll(viewer, election)) {
      return new Record(inspection, inspections.opinions(id, memberId).stream()
          .filter(o -> o.source() == OpinionSource.PARTY_ORGANIZATION).toList(), List.of(), List.of(), List.of(),
          null, open);
    }
    return new Record(inspection, inspections.opinions(id, memberId), inspections.musts(id, memberId),
        inspections.complaints(id, memberId), inspections.signatures(id, memberId),
        removals.find(id, memberId).orElse(null), open);
  }

  // --- opinions ---

  @PutMapping("/{memberId}/opinions/{source}")
  @Operation(summary = "Save an opinion while it is asked for (source: party-organization, discipline-commission, "
      + "regulator)", description = "{agrees, opinion, onBehalfOf}; a regulator's opinion names the regulator")
  @Transactional
  Opinion.Request saveOpinion(@PathVariable String id, @PathVariable String memberId, @PathVariable String source,
                              @RequestBody Opinion.Request opinion) {
    OpinionSource from = source(source);
    Inspection inspection = inspections.get(id, memberId);
    requireOpinionGiver(inspection, from);
    tasks.find(inspection, opinionTask(from), from.label());
    inspections.saveOpinion(id, memberId, from, opinion, viewer().userId());
    return opinion;
  }

  @PostMapping("/{memberId}/opinions/{source}/submit")
  @Operation(summary = "Submit the saved opinion (completes its task)")
  @Transactional
  ResponseEntity<Void> submitOpinion(@PathVariable String id, @PathVariable String memberId,
                                     @PathVariable String source) {
    OpinionSource from = source(source);
    Inspection inspection = inspections.get(id, memberId);
    requireOpinionGiver(inspection, from);
    tasks.complete(inspection, opinionTask(from), from.label(), Map.of());
    return ResponseEntity.noContent().build();
  }

  // --- complaints ---

  @PostMapping("/{memberId}/complaints")
  @Operation(summary = "Record a complaint about the target (inspection team, organization department, discipline "
      + "commission)", description = "{channel, content, specific}; accepted while the inspection runs and its musts "
      + "are not submitted; marked as received within the notice period or after it")
  @Transactional
  ResponseEntity<Created> addComplaint(@PathVariable String id, @PathVariable String memberId,
                                       @RequestBody Complaint.Request complaint) {
    Viewer viewer = viewer();
    access.requireComplaintRecorder(viewer, inspections.election(id));
    long created = inspections.addComplaint(id, memberId, complaint, viewer.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(new Created(created));
  }

  @PutMapping("/{memberId}/complaints/{complaintId}/verification")
  @Operation(summary = "Verify a specific complaint: conclusion, what was found, evidence from the named sources")
  @Transactional
  List<Complaint> verifyComplaint(@PathVariable String id, @PathVariable String memberId,
                                  @PathVariable long complaintId, @RequestBody Complaint.Verification verification) {
    Viewer viewer = viewer();
    access.requireComplaintVerifier(viewer, inspections.election(id));
    inspections.verifyComplaint(id, memberId, complaintId, verification, viewer.userId());
    return inspections.complaints(id, memberId);
  }

  // --- the four musts ---

  @PutMapping("/{memberId}/musts")
  @Operation(summary = "Save the four musts as far as recorded (inspection team, while its task is open)",
      description = "{musts:[{must, result, finding, evidence:[{source, reference, summary}]}]}")
  @Transactional
  List<MustRecord> saveMusts(@PathVariable String id, @PathVariable String memberId, @RequestBody Musts musts) {
    Viewer viewer = viewer();
    Inspection inspection = inspections.get(id, memberId);
    access.requireInspectionTeam(viewer, inspections.election(id));
    tasks.find(inspection, TASK_FOUR_MUSTS, "落实“四必”");
    inspections.saveMusts(id, memberId, musts == null ? List.of() : musts.musts(), viewer.userId());
    return inspections.musts(id, memberId);
  }

  @PostMapping("/{memberId}/musts/submit")
  @Operation(summary = "Submit the four musts (completes the task): every rule checked, 422 naming each")
  @Transactional
  ResponseEntity<Void> submitMusts(@PathVariable String id, @PathVariable String memberId) {
    tasks.complete(inspections.get(id, memberId), TASK_FOUR_MUSTS, "落实“四必”", Map.of());
    return ResponseEntity.noContent().build();
  }

  // --- conclusion and dual signature ---

  @PutMapping("/{memberId}/conclusion")
  @Operation(summary = "Save the political and integrity conclusions (inspection team, while its task is open)",
      description = "{political: PASSED|FAILED, politicalFinding, integrity: PASSED|FAILED, integrityFinding}")
  @Transactional
  Inspection saveConclusion(@PathVariable String id, @PathVariable String memberId,
                            @RequestBody Inspection.Conclusion.Request conclusion) {
    Viewer viewer = viewer();
    Inspection inspection = inspections.get(id, memberId);
    access.requireInspectionTeam(viewer, inspections.election(id));
    tasks.find(inspection, TASK_CONCLUDE, "作出考察结论");
    inspections.saveConclusion(id, memberId, conclusion, viewer.userId());
    return inspections.get(id, memberId);
  }

  @PostMapping("/{memberId}/conclusion/submit")
  @Operation(summary = "Submit the conclusion (completes the task): a failed political check vetoes at once, "
      + "otherwise the integrity conclusion goes to the two signatories")
  @Transactional
  ResponseEntity<Void> submitConclusion(@PathVariable String id, @PathVariable String memberId) {
    tasks.complete(inspections.get(id, memberId), TASK_CONCLUDE, "作出考察结论", Map.of());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{memberId}/signatures/{signatory}")
  @Operation(summary = "Sign the integrity conclusion (signatory: committee-secretary or discipline-secretary)",
      description = "Two different people: whoever signed one half cannot sign the other (422 SEPARATE_SIGNATORIES)")
  @Transactional
  List<Inspection.Signature> sign(@PathVariable String id, @PathVariable String memberId,
                                  @PathVariable String signatory) {
    Signatory who = switch (signatory) {
      case "committee-secretary" -> Signatory.COMMITTEE_SECRETARY;
      case "discipline-secretary" -> Signatory.DISCIPLINE_SECRETARY;
      default -> throw new NotFoundException("没有签字人 " + signatory + "（committee-secretary 或 discipline-secretary）");
    };
    access.requireSignatory(viewer(), inspections.election(id), who);
    tasks.complete(inspections.get(id, memberId), who == Signatory.COMMITTEE_SECRETARY ? TASK_SECRETARY_SIGNS
        : TASK_DISCIPLINE_SECRETARY_SIGNS, who.label() + "签字", Map.of());
    return inspections.signatures(id, memberId);
  }

  // --- helpers ---

  private void requireOpinionGiver(Inspection inspection, OpinionSource source) {
    Viewer viewer = viewer();
    Election election = inspections.election(inspection.electionId());
    switch (source) {
      case PARTY_ORGANIZATION -> access.requirePartyOrganization(viewer, inspection);
      case DISCIPLINE_COMMISSION -> access.requireDisciplineCommission(viewer, election);
      case REGULATOR -> access.requireRegulatorRecorder(viewer, election);
    }
  }

  private static String opinionTask(OpinionSource source) {
    return switch (source) {
      case PARTY_ORGANIZATION -> TASK_PARTY_OPINION;
      case DISCIPLINE_COMMISSION -> TASK_DISCIPLINE_OPINION;
      case REGULATOR -> TASK_REGULATOR_OPINION;
    };
  }

  private static OpinionSource source(String path) {
    return switch (path) {
      case "party-organization" -> OpinionSource.PARTY_ORGANIZATION;
      case "discipline-commission" -> OpinionSource.DISCIPLINE_COMMISSION;
      case "regulator" -> OpinionSource.REGULATOR;
      default -> throw new NotFoundException("没有意见来源 " + path
          + "（party-organization、discipline-commission 或 regulator）");
    };
  }

  /** The open steps of the election's inspections by process instance (as the application sees them, not the user). */
  private Map<String, List<String>> openSteps(String electionId) {
    List<Task> open = SystemCalls.asSystem(identityService, () -> taskService.createTaskQuery()
        .processDefinitionKey(KEY).processVariableValueEquals(ELECTION_ID, electionId).list());
    return open.stream().collect(Collectors.groupingBy(Task::getProcessInstanceId,
        Collectors.mapping(Task::getTaskDefinitionKey, Collectors.toList())));
  }

  private Viewer viewer() {
    return currentViewer.get();
  }
}
