package cn.congress.nomination.candidate.preliminary;

import static cn.congress.nomination.candidate.preliminary.PreliminaryCandidatesProcess.*;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Members;
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
 * The preliminary candidates over HTTP: the ballot, the briefing, the plenary's vote (draft, submit, confirm/reject),
 * the filing and the upper committee's two gates, the approved list. Submitting completes the process's task as the
 * signed-in user: the same complete listener as in Tasklist checks the person and every rule (422, nothing changes).
 */
@RestController
@RequestMapping("/api/elections/{id}/preliminary-candidates")
@Tag(name = "preliminary-candidates", description = "代表候选人预备人选：通报情况、全委会圈选、上级预审和审批")
class PreliminaryCandidatesController {

  private final PreliminaryCandidates candidates;
  private final PreliminaryAccess access;
  private final CurrentViewer currentViewer;
  private final TaskService taskService;
  private final Members members;
  private final TaskCompletion completion;

  PreliminaryCandidatesController(PreliminaryCandidates candidates, PreliminaryAccess access,
                                  CurrentViewer currentViewer, TaskService taskService, Members members,
                                  TaskCompletion completion) {
    this.candidates = candidates;
    this.access = access;
    this.currentViewer = currentViewer;
    this.taskService = taskService;
    this.members = members;
    this.completion = completion;
  }

  record Gate(Boolean passed, String reason) {}

  record Reason(String reason) {}

  record VoteView(MeetingDraft draft, Meeting meeting) {}

  record BallotName(String memberId, String name) {}

  @GetMapping
  @Operation(summary = "The approved preliminary candidates, each marked when removed since (empty until approved)")
  List<Map<String, Object>> approved(@PathVariable String id) {
    read(id);
    return candidates.approvedWithRemovals(id);
  }

  @GetMapping("/initial")
  @Operation(summary = "The ballot of the circle vote: the initial candidates still standing")
  List<BallotName> initial(@PathVariable String id) {
    read(id);
    return candidates.initialCandidates(id).stream()
        .map(m -> new BallotName(m, members.find(m).map(Member::name).orElse(null))).toList();
  }

  @GetMapping("/briefing")
  @Operation(summary = "The briefing of the democratic parties, the federation of industry and commerce and non-party figures")
  ResponseEntity<Briefing> briefing(@PathVariable String id) {
    read(id);
    return ResponseEntity.of(candidates.briefing(id));
  }

  @PutMapping("/briefing")
  @Operation(summary = "The organization department records the briefing {heldOn, attendees:[{group, count, names}], opinions}")
  @Transactional
  Briefing saveBriefing(@PathVariable String id, @RequestBody Briefing.Request request) {
    Viewer viewer = currentViewer.get();
    access.requireOrganizationDepartment(viewer, candidates.election(id));
    find(id, TASK_BRIEF, "向民主党派、工商联和无党派人士通报情况");
    return candidates.saveBriefing(id, request, viewer.userId());
  }

  @PostMapping("/briefing/submit")
  @Operation(summary = "Completes the briefing step (the briefing must be recorded)")
  @Transactional
  ResponseEntity<Briefing> submitBriefing(@PathVariable String id) {
    complete(id, TASK_BRIEF, "向民主党派、工商联和无党派人士通报情况", Map.of());
    return ResponseEntity.of(candidates.briefing(id));
  }

  @GetMapping("/vote")
  @Operation(summary = "The plenary's circle vote: its draft and its current meeting record")
  VoteView vote(@PathVariable String id) {
    read(id);
    return new VoteView(candidates.draft(id).orElse(null), candidates.vote(id).orElse(null));
  }

  @PutMapping("/vote")
  @Operation(summary = "Save the draft of the plenary's vote {expected, present, decision, votes:[{memberId, votes, selected}]}")
  @Transactional
  MeetingDraft saveVote(@PathVariable String id, @RequestBody MeetingDraft draft) {
    Viewer viewer = currentViewer.get();
    access.requirePlenary(viewer, candidates.election(id));
    find(id, TASK_VOTE, "全委会圈选确定代表候选人预备人选");
    candidates.saveDraft(id, draft, viewer.userId());
    return draft;
  }

  @PostMapping("/vote/submit")
  @Operation(summary = "Record the plenary's vote from its draft: every rule checked (422 naming person and rule)")
  @Transactional
  VoteView submitVote(@PathVariable String id) {
    complete(id, TASK_VOTE, "全委会圈选确定代表候选人预备人选", Map.of());
    return vote(id);
  }

  @PostMapping("/vote/confirm")
  @Operation(summary = "A second member confirms the plenary's vote")
  @Transactional
  VoteView confirmVote(@PathVariable String id) {
    complete(id, TASK_CONFIRM_VOTE, "确认全委会表决结果", Map.of(VOTE_CONFIRMED, true));
    return vote(id);
  }

  @PostMapping("/vote/reject")
  @Operation(summary = "A second member rejects the plenary's vote record with a reason: it is recorded again")
  @Transactional
  VoteView rejectVote(@PathVariable String id, @RequestBody Reason reason) {
    complete(id, TASK_CONFIRM_VOTE, "确认全委会表决结果", negative(VOTE_CONFIRMED, reason.reason()));
    return vote(id);
  }

  @GetMapping("/filing")
  @Operation(summary = "The latest filing: roster as filed, status of the two gates")
  ResponseEntity<PreliminaryFiling> filing(@PathVariable String id) {
    read(id);
    return ResponseEntity.of(candidates.filing(id));
  }

  @PostMapping("/filing")
  @Operation(summary = "The organization department files the confirmed list for the upper preliminary review")
  @Transactional
  ResponseEntity<PreliminaryFiling> file(@PathVariable String id) {
    complete(id, TASK_FILE, "报上级党委组织部预审", Map.of());
    return ResponseEntity.of(candidates.filing(id));
  }

  @PostMapping("/filing/review")
  @Operation(summary = "Gate 1: the upper organization department passes {passed: true} or returns (with a reason)")
  @Transactional
  ResponseEntity<PreliminaryFiling> review(@PathVariable String id, @RequestBody Gate gate) {
    complete(id, TASK_REVIEW, "上级党委组织部预审代表候选人预备人选", gateVariables(REVIEW_PASSED, gate));
    return ResponseEntity.of(candidates.filing(id));
  }

  @PostMapping("/filing/approval")
  @Operation(summary = "Gate 2: the upper committee approves {passed: true} or returns (with a reason)")
  @Transactional
  ResponseEntity<PreliminaryFiling> approve(@PathVariable String id, @RequestBody Gate gate) {
    complete(id, TASK_APPROVE, "上级党委审批代表候选人预备人选", gateVariables(APPROVED, gate));
    return ResponseEntity.of(candidates.filing(id));
  }

  private void read(String id) {
    access.requireRead(currentViewer.get(), candidates.election(id));
  }

  private Task find(String electionId, String taskKey, String what) {
    Task task = taskService.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(electionId)
        .taskDefinitionKey(taskKey).list().stream().findFirst().orElse(null);
    if (task == null) {
      throw new ValidationException("当前没有可办理的任务：" + what, List.of(Violation.of("task", "TASK_NOT_OPEN",
          "选举 " + electionId + " 当前没有“" + what + "”任务")));
    }
    return task;
  }

  /** Completes the step as the signed-in user: the listener's refusal comes back as itself (422 / 403). */
  private void complete(String electionId, String taskKey, String what, Map<String, Object> variables) {
    Election election = candidates.election(electionId);
    completion.complete(find(election.id(), taskKey, what).getId(), variables, what);
  }

  private static Map<String, Object> gateVariables(String variable, Gate gate) {
    return gate == null ? Map.of() : negativeOr(variable, gate.passed(), gate.reason());
  }

  private static Map<String, Object> negative(String variable, String reason) {
    return negativeOr(variable, false, reason);
  }

  private static Map<String, Object> negativeOr(String variable, Boolean value, String reason) {
    Map<String, Object> variables = new HashMap<>();
    if (value != null) variables.put(variable, value);
    if (reason != null) variables.put(REASON, reason);
    return variables;
  }
}
