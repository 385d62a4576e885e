package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.CongressElectionProcess.*;

import cn.congress.nomination.candidate.StepTasks;
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
 * The delegate conference over HTTP: the upper committee's nominees, the conference's preparation (rules, counters
 * and scrutineers, the list explained), each round (ballots issued and returned, the two counters' entries, the
 * scrutineer's resolution and confirmation, the decision on unfilled seats), the results and their filing, the
 * credentials review. Submitting completes the process's task as the signed-in user: the same complete listener as
 * in Tasklist checks the person and every rule (422, nothing changes). A round's count is read only through
 * {@link Counts#view}: sealed until a scrutineer confirms it.
 */
@RestController
@RequestMapping("/api/elections/{id}/congress")
@Tag(name = "congress", description = "代表会议选举：正式候选人、选举办法、投票、计票、监票、结果、资格审查")
class CongressController {

  private final CongressElection congress;
  private final Conference conference;
  private final Counts counts;
  private final CredentialsReview credentials;
  private final CongressAccess access;
  private final CurrentViewer currentViewer;
  private final TaskService taskService;
  private final TaskCompletion completion;
  private final StepTasks steps;

  CongressController(CongressElection congress, Conference conference, Counts counts, CredentialsReview credentials,
                     CongressAccess access, CurrentViewer currentViewer, TaskService taskService,
                     TaskCompletion completion, StepTasks steps) {
    this.steps = steps;
    this.congress = congress;
    this.conference = conference;
    this.counts = counts;
    this.credentials = credentials;
    this.access = access;
    this.currentViewer = currentViewer;
    this.taskService = taskService;
    this.completion = completion;
  }

  record Overview(List<FormalCandidate> candidates, int seats, CongressRules rules, boolean rulesAdopted,
                  List<String> counters, List<Scrutineer> scrutineers, Introduction introduction, List<Round> rounds,
                  NextRound nextRound, ConferenceResult results, List<ResultsFiling> filings) {}

  record Nominees(List<String> memberIds) {}

  record Opening(Integer expected, Integer present, Integer issued, List<String> candidates) {}

  record Returned(Integer returned) {}

  record Entry(EntryMode mode, List<Ballot> ballots, SheetTotals sheet) {}

  record Resolution(Long entryId, String reason) {}

  record UnfilledSeats(Boolean reduceSeats, String reason) {}

  record RoundView(Round round, List<FormalCandidate> ballot, CountView count) {}

  @GetMapping
  @Operation(summary = "The conference as recorded: formal list, rules (adopted or the defaults), staff, introduction, rounds (no count), round due, results of confirmed rounds, filings")
  Overview overview(@PathVariable String id) {
    read(id);
    return new Overview(conference.candidateList(id), conference.candidateList(id).isEmpty() ? 0 : conference.seats(id),
        conference.rules(id), conference.rulesAdopted(id), conference.counterList(id), conference.scrutineerAppointments(id),
        conference.introduction(id).orElse(null), conference.rounds(id), conference.nextRound(id).orElse(null),
        conference.results(id), congress.filings(id));
  }

  @GetMapping("/preliminary-candidates")
  @Operation(summary = "The approved preliminary candidates (the seats of the electoral unit) the formal list starts from")
  List<String> preliminary(@PathVariable String id) {
    read(id);
    return conference.preliminaryCandidates(id);
  }

  @PostMapping("/upper-nominees")
  @Operation(summary = "The upper committee enters its nominees {memberIds}: the formal list is fixed (margin over the whole list, stroke order)")
  @Transactional
  List<FormalCandidate> nominate(@PathVariable String id, @RequestBody Nominees nominees) {
    access.requireUpperCommittee(currentViewer.get(), congress.upperCommittee(id));
    List<String> ids = nominees == null || nominees.memberIds() == null ? List.of() : nominees.memberIds();
    complete(id, TASK_NOMINATE_UPPER, "上级党委提名代表候选人", Map.of(UPPER_NOMINEES, String.join(",", ids)));
    return conference.candidateList(id);
  }

  @PutMapping("/rules")
  @Operation(summary = "The conference adopts its election rules (once)")
  @Transactional
  CongressRules adoptRules(@PathVariable String id, @RequestBody CongressRules rules) {
    Viewer viewer = preparing(id);
    return conference.adoptRules(id, rules, viewer.userId());
  }

  @PutMapping("/staff")
  @Operation(summary = "Counters (users) and scrutineers ({userId, memberId}: voters who are not candidates), once")
  @Transactional
  Overview appointStaff(@PathVariable String id, @RequestBody StaffAppointment appointment) {
    Viewer viewer = preparing(id);
    conference.appointStaff(id, appointment == null ? new StaffAppointment(null, null) : appointment, viewer.userId());
    return overview(id);
  }

  @PutMapping("/introduction")
  @Operation(summary = "Records that the list was explained (by whom) and the candidates introduced (how), once")
  @Transactional
  Introduction introduce(@PathVariable String id, @RequestBody Introduction.Request request) {
    Viewer viewer = preparing(id);
    return conference.recordIntroduction(id, request, viewer.userId());
  }

  @PostMapping("/preparation/submit")
  @Operation(summary = "Completes the preparation: rules adopted, staff appointed, introduction recorded")
  @Transactional
  Overview submitPreparation(@PathVariable String id) {
    access.requireOrganizationDepartment(currentViewer.get(), congress.election(id));
    complete(id, TASK_PREPARE_CONFERENCE, "大会通过选举办法，推选监票人、确定计票人，介绍候选人", Map.of());
    return overview(id);
  }

  @GetMapping("/next-round")
  @Operation(summary = "The round due: kind, seats, its ballot (or whom a supplementary round / re-election may choose from)")
  ResponseEntity<NextRound> nextRound(@PathVariable String id) {
    read(id);
    return ResponseEntity.of(conference.nextRound(id));
  }

  @PostMapping("/rounds")
  @Operation(summary = "Roll call and ballots issued {expected, present, issued, candidates}: opens the round due (quorum checked)")
  @Transactional
  RoundView open(@PathVariable String id, @RequestBody Opening opening) {
    access.requireOrganizationDepartment(currentViewer.get(), congress.election(id));
    Map<String, Object> variables = new HashMap<>();
    if (opening != null) {
      if (opening.expected() != null) variables.put(EXPECTED, opening.expected());
      if (opening.present() != null) variables.put(PRESENT, opening.present());
      if (opening.issued() != null) variables.put(ISSUED, opening.issued());
      if (opening.candidates() != null) variables.put(CANDIDATES, String.join(",", opening.candidates()));
    }
    complete(id, TASK_OPEN_ROUND, "清点到会人数，发放选票", variables);
    List<Round> rounds = conference.rounds(id);
    return round(id, rounds.get(rounds.size() - 1).id());
  }

  @GetMapping("/rounds/{roundId}")
  @Operation(summary = "A round with its ballot and its count as the user may see it: sealed until confirmed (a counter sees their own entry)")
  RoundView round(@PathVariable String id, @PathVariable long roundId) {
    Round round = roundOf(id, roundId);
    Viewer viewer = currentViewer.get();
    access.requireRead(viewer, congress.election(id), isStaff(id, viewer.userId()));
    return new RoundView(round, conference.roundBallot(roundId), counts.view(roundId, viewer.userId()));
  }

  @PostMapping("/rounds/{roundId}/returned")
  @Operation(summary = "Ballots returned {returned}: more than issued voids the round (kept; held again)")
  @Transactional
  RoundView returned(@PathVariable String id, @PathVariable long roundId, @RequestBody Returned returned) {
    roundOf(id, roundId);
    access.requireOrganizationDepartment(currentViewer.get(), congress.election(id));
    Map<String, Object> variables = new HashMap<>();
    if (returned != null && returned.returned() != null) variables.put(RETURNED, returned.returned());
    complete(id, TASK_RECORD_RETURNED, "收回选票，核对张数", variables);
    return round(id, roundId);
  }

  @PostMapping("/rounds/{roundId}/entries")
  @Operation(summary = "A counter's own entry {mode: BALLOTS, ballots} or {mode: SHEET, sheet}; checked (422), sealed")
  @Transactional
  RoundView enter(@PathVariable String id, @PathVariable long roundId, @RequestBody Entry entry) {
    roundOf(id, roundId);
    Viewer viewer = currentViewer.get();
    access.requireCounter(viewer);
    if (entry == null || entry.mode() == null) {
      throw new ValidationException("须选择录入方式", List.of(Violation.of("mode", "REQUIRED", "mode：须选择逐张录入（BALLOTS）或计票单（SHEET）")));
    }
    if (entry.mode() == EntryMode.BALLOTS) counts.enterBallots(roundId, entry.ballots(), viewer.userId());
    else counts.enterSheet(roundId, entry.sheet(), viewer.userId());
    return round(id, roundId);
  }

  @PostMapping("/rounds/{roundId}/entries/submit")
  @Operation(summary = "The counter completes their counting task (their entry must be in)")
  @Transactional
  RoundView submitEntry(@PathVariable String id, @PathVariable long roundId) {
    roundOf(id, roundId);
    access.requireCounter(currentViewer.get());
    String user = currentViewer.get().userId();
    Task task = countingTask(id, user);
    completion.complete(task.getId(), Map.of(), task.getName());
    return round(id, roundId);
  }

  @GetMapping("/rounds/{roundId}/entries")
  @Operation(summary = "The round's entries for its appointed scrutineers: id, first or second, counter, mode, time — no figure (to name the entry that holds)")
  List<Counts.EntryRef> entries(@PathVariable String id, @PathVariable long roundId) {
    roundOf(id, roundId);
    Viewer viewer = currentViewer.get();
    access.requireScrutineer(viewer);
    return counts.entryRefs(roundId, viewer.userId());
  }

  @PostMapping("/rounds/{roundId}/resolution")
  @Operation(summary = "A scrutineer who entered neither records which entry holds after checking the ballots {entryId, reason}")
  @Transactional
  RoundView resolve(@PathVariable String id, @PathVariable long roundId, @RequestBody Resolution resolution) {
    roundOf(id, roundId);
    Viewer viewer = currentViewer.get();
    access.requireScrutineer(viewer);
    counts.resolve(roundId, resolution == null ? null : resolution.entryId(), resolution == null ? null
        : resolution.reason(), viewer.userId());
    return round(id, roundId);
  }

  @PostMapping("/rounds/{roundId}/confirm")
  @Operation(summary = "A scrutineer who entered neither confirms the count: from now on it is visible")
  @Transactional
  RoundView confirm(@PathVariable String id, @PathVariable long roundId) {
    roundOf(id, roundId);
    access.requireScrutineer(currentViewer.get());
    complete(id, TASK_CONFIRM_COUNT, "监票人核对并确认计票结果", Map.of());
    return round(id, roundId);
  }

  @PostMapping("/rounds/{roundId}/unfilled-seats")
  @Operation(summary = "Unfilled seats: the conference holds a supplementary round {reduceSeats: false} or gives them up {reduceSeats: true, reason}")
  @Transactional
  Overview unfilledSeats(@PathVariable String id, @PathVariable long roundId, @RequestBody UnfilledSeats decision) {
    roundOf(id, roundId);
    access.requireOrganizationDepartment(currentViewer.get(), congress.election(id));
    Map<String, Object> variables = new HashMap<>();
    if (decision != null && decision.reduceSeats() != null) variables.put(REDUCE_SEATS, decision.reduceSeats());
    if (decision != null && decision.reason() != null) variables.put(REASON, decision.reason());
    complete(id, TASK_DECIDE_UNFILLED, "名额未选足：大会决定另行选举或减少名额", variables);
    return overview(id);
  }

  @GetMapping("/results")
  @Operation(summary = "The elected of the confirmed rounds in surname stroke order, seats, structure of the unit's own delegates met/unmet")
  ConferenceResult results(@PathVariable String id) {
    read(id);
    return conference.results(id);
  }

  @PostMapping("/filing")
  @Operation(summary = "The organization department files the results (report, roster, registration forms) with the upper committee")
  @Transactional
  List<ResultsFiling> file(@PathVariable String id) {
    access.requireOrganizationDepartment(currentViewer.get(), congress.election(id));
    complete(id, TASK_FILE_RESULTS, "向上级党委报送选举结果报告、代表名册和登记表", Map.of());
    return congress.filings(id);
  }

  @GetMapping("/credentials")
  @Operation(summary = "The delegates standing, each with the credentials committee's decision (null: awaiting review)")
  List<CredentialsReview.Credential> credentials(@PathVariable String id) {
    read(id);
    return credentials.delegates(id);
  }

  @GetMapping("/credentials/decisions")
  @Operation(summary = "Every decision of the credentials committee, in order")
  List<CredentialDecision> decisions(@PathVariable String id) {
    read(id);
    return credentials.decisions(id);
  }

  @PutMapping("/credentials")
  @Operation(summary = "The credentials committee's decisions [{memberId, decision: CONFIRMED|INVALID, invalidKind, reason}], all or nothing")
  @Transactional
  List<CredentialsReview.Credential> decide(@PathVariable String id,
                                            @RequestBody List<CredentialDecision.Request> decisions) {
    Viewer viewer = currentViewer.get();
    access.requireUpperCommittee(viewer, congress.upperCommittee(id));
    find(id, TASK_REVIEW_CREDENTIALS, "审查代表资格");
    return credentials.decide(id, decisions, viewer.userId());
  }

  @PostMapping("/credentials/submit")
  @Operation(summary = "Completes the credentials review: every delegate decided; invalid ones' seats are voted again")
  @Transactional
  List<CredentialsReview.Credential> submitCredentials(@PathVariable String id) {
    access.requireUpperCommittee(currentViewer.get(), congress.upperCommittee(id));
    complete(id, TASK_REVIEW_CREDENTIALS, "审查代表资格", Map.of());
    return credentials.delegates(id);
  }

  private void read(String id) {
    Viewer viewer = currentViewer.get();
    access.requireRead(viewer, congress.election(id), isStaff(id, viewer.userId()));
  }

  private boolean isStaff(String id, String user) {
    return conference.counters(id).contains(user) || conference.scrutineers(id).contains(user);
  }

  private Viewer preparing(String id) {
    Viewer viewer = currentViewer.get();
    access.requireOrganizationDepartment(viewer, congress.election(id));
    find(id, TASK_PREPARE_CONFERENCE, "大会通过选举办法，推选监票人、确定计票人，介绍候选人");
    return viewer;
  }

  private Round roundOf(String id, long roundId) {
    Round round = conference.round(roundId);
    if (!round.electionId().equals(id)) throw Conference.refusal("roundId", "ROUND_EXISTS", "选举轮次 " + roundId + " 不属于选举 " + id);
    return round;
  }

  /** The counter's task: the one they claimed, else a free one of the two. */
  private Task countingTask(String electionId, String user) {
    List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(electionId)
        .taskDefinitionKeyIn(TASK_FIRST_COUNT, TASK_SECOND_COUNT).list();
    return tasks.stream().filter(t -> user.equals(t.getAssignee())).findFirst()
        .or(() -> tasks.stream().filter(t -> t.getAssignee() == null).findFirst())
        .orElseThrow(() -> new ValidationException("当前没有可办理的任务：录入计票结果", List.of(Violation.of("task",
            "TASK_NOT_OPEN", "选举 " + electionId + " 当前没有可由 " + user + " 办理的计票录入任务"))));
  }

  private Task find(String electionId, String taskKey, String what) {
    return steps.find(KEY, electionId, taskKey, null, what);
  }

  /** Completes the step as the signed-in user: the listener's refusal comes back as itself (422 / 403). */
  private void complete(String electionId, String taskKey, String what, Map<String, Object> variables) {
    steps.complete(KEY, congress.election(electionId).id(), taskKey, null, what, variables);
  }
}
