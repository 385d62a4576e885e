package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * 二下/二上 over HTTP: the pool, the standing committee's proposal and decision (draft, submit, confirm/reject), the
 * units' opinions, the filing and its review. Submitting completes the process's task as the signed-in user: the same
 * complete listener as in Tasklist checks the person and every rule (422 naming them, nothing changes).
 */
@RestController
@RequestMapping("/api/elections/{id}/inspection-targets")
@Tag(name = "inspection-targets", description = "确定初步人选考察对象（二下二上）：汇总、建议名单、征求意见、确定、报备")
class InspectionTargetsController {

  private final InspectionTargets targets;
  private final TargetAccess access;
  private final TargetTasks tasks;
  private final CurrentViewer currentViewer;

  InspectionTargetsController(InspectionTargets targets, TargetAccess access, TargetTasks tasks,
                              CurrentViewer currentViewer) {
    this.targets = targets;
    this.access = access;
    this.tasks = tasks;
    this.currentViewer = currentViewer;
  }

  record Decision(String reason) {}

  record Review(Boolean consent, String reason) {}

  record Chase(String reason, Boolean close) {}

  record MeetingView(TargetDraft draft, Meeting meeting, Map<String, String[]> changes) {}

  @GetMapping("/pool")
  @Operation(summary = "The merged pool: every name the recommending units filed, ranked by support")
  List<PoolEntry> pool(@PathVariable String id) {
    access.requireReadAll(viewer(), targets.election(id));
    return targets.pool(id);
  }

  // --- proposal ---

  @GetMapping("/proposal")
  @Operation(summary = "The proposal: its draft (standing committee and above) and its current meeting record")
  MeetingView proposal(@PathVariable String id) {
    return view(id, TargetStage.PROPOSAL);
  }

  @PutMapping("/proposal")
  @Operation(summary = "Save the draft of the proposal meeting (standing committee, while proposing)")
  @Transactional
  TargetDraft saveProposal(@PathVariable String id, @RequestBody TargetDraft draft) {
    return saveDraft(id, TargetStage.PROPOSAL, TASK_PROPOSE, "常委会研究提出考察对象建议名单", draft);
  }

  @PostMapping("/proposal/submit")
  @Operation(summary = "Record the proposal meeting from its draft: every rule checked (422 naming person and rule)")
  @Transactional
  MeetingView submitProposal(@PathVariable String id) {
    complete(id, TASK_PROPOSE, "常委会研究提出考察对象建议名单", Map.of());
    return view(id, TargetStage.PROPOSAL);
  }

  @PostMapping("/proposal/confirm")
  @Operation(summary = "A second member of the standing committee confirms the proposal's meeting record")
  @Transactional
  MeetingView confirmProposal(@PathVariable String id) {
    complete(id, TASK_CONFIRM_PROPOSAL, "确认考察对象建议名单会议记录", Map.of(PROPOSAL_CONFIRMED, true));
    return view(id, TargetStage.PROPOSAL);
  }

  @PostMapping("/proposal/reject")
  @Operation(summary = "A second member rejects the proposal's meeting record with a reason: it is proposed again")
  @Transactional
  MeetingView rejectProposal(@PathVariable String id, @RequestBody Decision decision) {
    complete(id, TASK_CONFIRM_PROPOSAL, "确认考察对象建议名单会议记录", reject(PROPOSAL_CONFIRMED, decision.reason()));
    return view(id, TargetStage.PROPOSAL);
  }

  // --- opinions ---

  @GetMapping("/opinions")
  @Operation(summary = "The units' opinions: all for the electoral unit and above, its own for a recommending unit")
  List<TargetOpinion> opinions(@PathVariable String id) {
    Viewer viewer = viewer();
    Election election = targets.election(id);
    if (access.readsAll(viewer, election)) return targets.opinions(id);
    access.requireReadProposal(viewer, election);
    return targets.opinions(id).stream()
        .filter(o -> viewer.organizations().stream().anyMatch(own -> own.id().equals(o.unitId()))).toList();
  }

  @GetMapping("/opinions/late")
  @Operation(summary = "The recommending units that have not given their opinion")
  List<String> late(@PathVariable String id) {
    access.requireReadAll(viewer(), targets.election(id));
    return targets.lateUnits(id);
  }

  @PutMapping("/opinions/{unitId}")
  @Operation(summary = "A recommending unit saves its own opinion (agree or not, remarks per name) while asked")
  @Transactional
  TargetOpinion.Request saveOpinion(@PathVariable String id, @PathVariable String unitId,
                                    @RequestBody TargetOpinion.Request opinion) {
    Viewer viewer = viewer();
    access.requireUnit(viewer, unitId);
    tasks.requireOpen(id, TASK_GIVE_OPINION, unitId, "对考察对象建议名单提出意见");
    targets.saveOpinion(id, unitId, opinion, viewer.userId());
    return opinion;
  }

  @PostMapping("/opinions/{unitId}/submit")
  @Operation(summary = "A recommending unit submits its saved opinion (completes its task)")
  @Transactional
  ResponseEntity<Void> submitOpinion(@PathVariable String id, @PathVariable String unitId) {
    access.requireUnit(viewer(), unitId);
    tasks.complete(id, TASK_GIVE_OPINION, unitId, "对考察对象建议名单提出意见", Map.of());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/opinions/chase")
  @Operation(summary = "The organization department records that it chased the late units (completes the escalation)",
      description = "With close = true (and a reason) the round ends without the late units' opinions.")
  @Transactional
  ResponseEntity<Void> chase(@PathVariable String id, @RequestBody(required = false) Chase note) {
    Map<String, Object> variables = new HashMap<>();
    if (note != null && note.reason() != null) variables.put(REASON, note.reason());
    if (note != null && note.close() != null) variables.put(CLOSE_OPINIONS, note.close());
    complete(id, TASK_CHASE, "督促逾期未反馈意见的推荐单位", variables);
    return ResponseEntity.noContent().build();
  }

  // --- decision ---

  @GetMapping("/decision")
  @Operation(summary = "The decision: its draft, its current meeting record and its changes against the proposal")
  MeetingView decision(@PathVariable String id) {
    return view(id, TargetStage.DECISION);
  }

  @PutMapping("/decision")
  @Operation(summary = "Save the draft of the decision meeting (standing committee, while deciding)")
  @Transactional
  TargetDraft saveDecision(@PathVariable String id, @RequestBody TargetDraft draft) {
    return saveDraft(id, TargetStage.DECISION, TASK_FIX, "常委会研究确定考察对象", draft);
  }

  @PostMapping("/decision/submit")
  @Operation(summary = "Record the decision meeting: every rule, and a reason for each change against the proposal")
  @Transactional
  MeetingView submitDecision(@PathVariable String id) {
    complete(id, TASK_FIX, "常委会研究确定考察对象", Map.of());
    return view(id, TargetStage.DECISION);
  }

  @PostMapping("/decision/confirm")
  @Operation(summary = "A second member of the standing committee confirms the decision's meeting record")
  @Transactional
  MeetingView confirmDecision(@PathVariable String id) {
    complete(id, TASK_CONFIRM_DECISION, "确认考察对象决定会议记录", Map.of(DECISION_CONFIRMED, true));
    return view(id, TargetStage.DECISION);
  }

  @PostMapping("/decision/reject")
  @Operation(summary = "A second member rejects the decision's meeting record with a reason")
  @Transactional
  MeetingView rejectDecision(@PathVariable String id, @RequestBody Decision decision) {
    complete(id, TASK_CONFIRM_DECISION, "确认考察对象决定会议记录", reject(DECISION_CONFIRMED, decision.reason()));
    return view(id, TargetStage.DECISION);
  }

  // --- filing ---

  @GetMapping("/filing")
  @Operation(summary = "The latest filing: target roster and nomination statistics, its status and review")
  ResponseEntity<TargetFiling> filing(@PathVariable String id) {
    access.requireReadAll(viewer(), targets.election(id));
    return targets.filing(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/filing")
  @Operation(summary = "The organization department files the confirmed targets (roster and statistics)")
  @Transactional
  ResponseEntity<TargetFiling> file(@PathVariable String id) {
    complete(id, TASK_FILE, "报送考察对象名册和推荐提名情况统计表", Map.of());
    return ResponseEntity.of(targets.filing(id));
  }

  @PostMapping("/filing/review")
  @Operation(summary = "The upper committee's organization department consents or returns the filing (with a reason)")
  @Transactional
  ResponseEntity<TargetFiling> review(@PathVariable String id, @RequestBody Review review) {
    Map<String, Object> variables = new HashMap<>();
    if (review.consent() != null) variables.put(FILING_CONSENTED, review.consent());
    if (review.reason() != null) variables.put(REASON, review.reason());
    complete(id, TASK_REVIEW, "上级党委组织部审核考察对象报备", variables);
    return ResponseEntity.of(targets.filing(id));
  }

  private TargetDraft saveDraft(String id, TargetStage stage, String taskKey, String what, TargetDraft draft) {
    Viewer viewer = viewer();
    Election election = targets.election(id);
    access.requireStandingCommittee(viewer, election);
    tasks.requireOpen(id, taskKey, null, what);
    targets.saveDraft(id, stage, draft, viewer.userId());
    return draft;
  }

  private MeetingView view(String id, TargetStage stage) {
    Viewer viewer = viewer();
    Election election = targets.election(id);
    if (access.readsAll(viewer, election)) {
      return new MeetingView(targets.draft(id, stage).orElse(null), targets.meeting(id, stage).orElse(null),
          stage == TargetStage.DECISION ? targets.changes(id) : Map.of());
    }
    access.requireReadProposal(viewer, election);
    // a recommending unit sees the confirmed list it is asked about, not the committee's drafts
    return new MeetingView(null, targets.meeting(id, stage)
        .filter(m -> m.status() == cn.congress.nomination.meeting.MeetingStatus.CONFIRMED).orElse(null), Map.of());
  }

  private void complete(String id, String taskKey, String what, Map<String, Object> variables) {
    targets.election(id);
    tasks.complete(id, taskKey, null, what, variables);
  }

  private static Map<String, Object> reject(String variable, String reason) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(variable, false);
    if (reason != null) variables.put(REASON, reason);
    return variables;
  }

  private Viewer viewer() {
    return currentViewer.get();
  }
}
