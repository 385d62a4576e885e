package cn.congress.nomination.candidate.initial;

import static cn.congress.nomination.candidate.initial.InitialCandidatesProcess.*;

import cn.congress.nomination.candidate.ElectoralUnitRoles;
import cn.congress.nomination.candidate.Slate;
import cn.congress.nomination.candidate.StepTasks;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
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
 * The initial candidates over HTTP: the pool (inspected targets still standing), the standing committee's proposal and
 * adjustment (draft, submit, confirm/reject), the discipline commission's opinion, the upper committee's consent, the
 * units' feedback (三下/三上) and the filing. Submitting completes the process's task as the signed-in user: the same
 * complete listener as in Tasklist checks the person and every rule (422 naming them, nothing changes).
 */
@RestController
@RequestMapping("/api/elections/{id}/initial-candidates")
@Tag(name = "initial-candidates", description = "代表候选人初步人选：建议名单、纪委意见、上级审核、公示、三下三上、定稿")
class InitialCandidatesController {

  private final InitialCandidates candidates;
  private final ElectoralUnitRoles roles;
  private final StepTasks tasks;
  private final CurrentViewer currentViewer;

  InitialCandidatesController(InitialCandidates candidates, ElectoralUnitRoles roles, StepTasks tasks,
                              CurrentViewer currentViewer) {
    this.candidates = candidates;
    this.roles = roles;
    this.tasks = tasks;
    this.currentViewer = currentViewer;
  }

  record PoolName(String memberId, String name, String category) {}

  record MeetingView(MeetingDraft draft, Meeting meeting) {}

  record Decision(String reason) {}

  record Answer(Boolean agrees, String remark) {}

  record Filing(String summary) {}

  /** The list's state; {@code names} are the standing names (as sent down) with name and identity category. */
  record Overview(List<String> current, List<String> standing, List<String> unpublished, List<PoolName> names,
                  List<InitialReview> reviews, List<UnitFeedback> feedback, InitialFiling filing) {}

  @GetMapping
  @Operation(summary = "Where the initial candidates stand: the list, the names still standing, reviews, feedback, filing")
  Overview overview(@PathVariable String id) {
    Viewer viewer = viewer();
    Election election = candidates.election(id);
    if (roles.readsAll(viewer, election)) {
      List<String> standing = candidates.standing(id);
      return new Overview(candidates.current(id), standing, candidates.unpublished(id), named(election, standing),
          candidates.reviews(id), candidates.feedback(id), candidates.filing(id).orElse(null));
    }
    // within the electoral unit: the list as sent down (published names only), and its own feedback
    roles.requireReadSentDown(viewer, election);
    List<String> unpublished = candidates.unpublished(id);
    List<String> sentDown = candidates.standing(id).stream().filter(m -> !unpublished.contains(m)).toList();
    return new Overview(List.of(), sentDown, List.of(), named(election, sentDown), List.of(),
        candidates.feedback(id).stream()
            .filter(f -> viewer.organizations().stream().anyMatch(o -> o.id().equals(f.unitId()))).toList(), null);
  }

  @GetMapping("/pool")
  @Operation(summary = "The inspected targets still standing: the names the initial candidates are chosen from")
  List<PoolName> pool(@PathVariable String id) {
    roles.requireReadAll(viewer(), candidates.election(id));
    return named(candidates.poolSlate(id));
  }

  private List<PoolName> named(Election election, List<String> ids) {
    return named(candidates.slate(election, ids, List.of()));
  }

  private static List<PoolName> named(Slate slate) {
    return slate.memberIds().stream().map(m -> {
      Slate.Entry e = slate.known().get(m);
      return new PoolName(m, e == null ? m : e.member().name(), e == null ? null : e.category());
    }).toList();
  }

  @GetMapping("/{stage:proposal|adjustment}")
  @Operation(summary = "The proposal or the adjustment: its draft (electoral unit and above) and its meeting record")
  MeetingView meeting(@PathVariable String id, @PathVariable String stage) {
    InitialStage s = InitialStage.valueOf(stage.toUpperCase());
    roles.requireReadAll(viewer(), candidates.election(id));
    return new MeetingView(candidates.draft(id, s).orElse(null), candidates.meeting(id, s).orElse(null));
  }

  @PutMapping("/{stage:proposal|adjustment}")
  @Operation(summary = "Save the draft of the meeting (standing committee, while its task is open)")
  @Transactional
  MeetingDraft saveDraft(@PathVariable String id, @PathVariable String stage, @RequestBody MeetingDraft draft) {
    InitialStage s = InitialStage.valueOf(stage.toUpperCase());
    Viewer viewer = viewer();
    roles.requireStandingCommittee(viewer, candidates.election(id));
    tasks.find(KEY, id, s == InitialStage.PROPOSAL ? TASK_PROPOSE : TASK_ADJUST, null, s.label());
    candidates.saveDraft(id, s, draft, viewer.userId());
    return draft;
  }

  @PostMapping("/{stage:proposal|adjustment}/submit")
  @Operation(summary = "Record the meeting from its draft: every rule checked (422 naming person and rule)")
  @Transactional
  MeetingView submit(@PathVariable String id, @PathVariable String stage) {
    InitialStage s = InitialStage.valueOf(stage.toUpperCase());
    complete(id, s == InitialStage.PROPOSAL ? TASK_PROPOSE : TASK_ADJUST, s.label(), Map.of());
    return meeting(id, stage);
  }

  @PostMapping("/{stage:proposal|adjustment}/confirm")
  @Operation(summary = "A second member of the standing committee confirms the meeting record")
  @Transactional
  MeetingView confirm(@PathVariable String id, @PathVariable String stage) {
    InitialStage s = InitialStage.valueOf(stage.toUpperCase());
    confirmation(id, s, true, null);
    return meeting(id, stage);
  }

  @PostMapping("/{stage:proposal|adjustment}/reject")
  @Operation(summary = "A second member rejects the meeting record with a reason: the meeting is recorded again")
  @Transactional
  MeetingView reject(@PathVariable String id, @PathVariable String stage, @RequestBody Decision decision) {
    InitialStage s = InitialStage.valueOf(stage.toUpperCase());
    confirmation(id, s, false, decision.reason());
    return meeting(id, stage);
  }

  @PostMapping("/discipline-opinion")
  @Operation(summary = "The discipline commission's opinion on the confirmed proposal; not agreeing returns it")
  @Transactional
  ResponseEntity<Void> disciplineOpinion(@PathVariable String id, @RequestBody Answer answer) {
    complete(id, TASK_CONSULT_DISCIPLINE, "纪委对代表候选人初步人选提出意见", answer(DISCIPLINE_AGREES, answer));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/upper-consent")
  @Operation(summary = "The upper committee consents (the list is then published and sent down) or returns it")
  @Transactional
  ResponseEntity<Void> upperConsent(@PathVariable String id, @RequestBody Answer answer) {
    complete(id, TASK_UPPER_CONSENT, "上级党委审核代表候选人初步人选", answer(UPPER_CONSENTS, answer));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/feedback/{unitId}")
  @Operation(summary = "三上: a recommending unit submits its feedback on the list sent down (completes its task)")
  @Transactional
  ResponseEntity<Void> feedback(@PathVariable String id, @PathVariable String unitId, @RequestBody Answer answer) {
    roles.requireUnit(viewer(), unitId);
    tasks.complete(KEY, id, TASK_DELIBERATE, unitId, "推荐单位酝酿代表候选人初步人选并反馈意见",
        answer(FEEDBACK_AGREES, answer));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/filing")
  @Operation(summary = "The organization department consolidates the feedback and files the final list")
  @Transactional
  ResponseEntity<InitialFiling> file(@PathVariable String id, @RequestBody Filing filing) {
    Map<String, Object> variables = new HashMap<>();
    if (filing.summary() != null) variables.put(SUMMARY, filing.summary());
    complete(id, TASK_FILE, "汇总推荐单位意见，确定代表候选人初步人选", variables);
    return ResponseEntity.of(candidates.filing(id));
  }

  private void confirmation(String id, InitialStage s, boolean confirmed, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(s == InitialStage.PROPOSAL ? PROPOSAL_CONFIRMED : ADJUSTMENT_CONFIRMED, confirmed);
    if (reason != null) variables.put(REASON, reason);
    complete(id, s == InitialStage.PROPOSAL ? TASK_CONFIRM_PROPOSAL : TASK_CONFIRM_ADJUSTMENT,
        "确认" + s.label() + "会议记录", variables);
  }

  private static Map<String, Object> answer(String variable, Answer answer) {
    Map<String, Object> variables = new HashMap<>();
    if (answer != null && answer.agrees() != null) variables.put(variable, answer.agrees());
    if (answer != null && answer.remark() != null) variables.put(REMARK, answer.remark());
    return variables;
  }

  private void complete(String id, String taskKey, String what, Map<String, Object> variables) {
    candidates.election(id);
    tasks.complete(KEY, id, taskKey, null, what, variables);
  }

  private Viewer viewer() {
    return currentViewer.get();
  }
}
