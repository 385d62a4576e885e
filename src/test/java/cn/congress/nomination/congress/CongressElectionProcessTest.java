package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.CongressElectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.AsUser;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CongressElectionProcess on the engine, one method per path; every task completed by the user who owns it (the
 * listener checks the person and the rules). 23 formal candidates (21 preliminary + 2 city nominees) for 18 seats,
 * 40 voters expected, 38 present; more than half of the expected (21 votes) elects. Runs on H2 and on PostgreSQL.
 */
@EngineTest
@Tag("persistence")  // the conference's tables and every path also on PostgreSQL
@Import(CongressScenario.Roster.class)
class CongressElectionProcessTest {

  /** The only variables the process may ever hold: ids, roll-call inputs and decisions — never a figure of a count. */
  static final Set<String> VARIABLES = Set.of(ELECTION_ID, ELECTORAL_UNIT_ID, UPPER_COMMITTEE_ID, UPPER_NOMINEES,
      EXPECTED, PRESENT, ISSUED, CANDIDATES, ROUND_ID, RETURNED, ROUND_VOID, FIRST_COUNTER, NEXT_STEP, REDUCE_SEATS,
      REASON, DELEGATES_CONFIRMED);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Conference conference;
  @Autowired Counts counts;
  @Autowired CredentialsReview credentials;
  @Autowired CandidateRemovals removals;

  private static int counter;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  private CongressScenario scenario() throws Exception {
    return new CongressScenario("cep" + (++counter) + "x" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, electionService, json, jdbc);
  }

  private void as(String user, Runnable call) {
    AsUser.run(identityService, user, call);
  }

  private Task task(ProcessInstance pi, String key) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  private void complete(String user, ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi, key);
    as(user, () -> taskService.complete(task.getId(), variables));
  }

  private static List<String> refusedRules(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) return v.violations().stream().map(Violation::rule).toList();
      }
      throw e;
    }
    throw new AssertionError("not refused");
  }

  /** Upper nominees c22 and u01, rules adopted, staff appointed, list introduced. */
  private ProcessInstance prepared(CongressScenario s, CongressRules rules) {
    ProcessInstance pi = s.start(repositoryService, runtimeService);
    assertThat(pi).isWaitingAt(TASK_NOMINATE_UPPER);
    assertThat(task(pi, TASK_NOMINATE_UPPER)).hasCandidateGroup(s.base.city);
    complete(s.cityDepartment, pi, TASK_NOMINATE_UPPER, Map.of(UPPER_NOMINEES, s.candidate(22) + "," + s.upperNominee));
    assertThat(conference.seats(s.election)).isEqualTo(18);
    assertThat(pi).isWaitingAt(TASK_PREPARE_CONFERENCE);
    // nothing prepared yet: refused, naming each missing part
    assertThat(refusedRules(() -> complete(s.orgDepartment, pi, TASK_PREPARE_CONFERENCE, Map.of())))
        .containsExactly("RULES_ADOPTED", "STAFF_APPOINTED", "INTRODUCTION_RECORDED");
    assertThat(conference.rulesAdopted(s.election)).isFalse();
    conference.adoptRules(s.election, rules, s.orgDepartment);
    assertThat(conference.rulesAdopted(s.election)).isTrue();
    conference.appointStaff(s.election, s.staff(), s.orgDepartment);
    conference.recordIntroduction(s.election, new Introduction.Request("区委组织部部长",
        "印发候选人简历，逐一介绍候选人基本情况"), s.orgDepartment);
    complete(s.orgDepartment, pi, TASK_PREPARE_CONFERENCE, Map.of());
    assertThat(pi).isWaitingAt(TASK_OPEN_ROUND);
    return pi;
  }

  private long openRound(CongressScenario s, ProcessInstance pi, List<String> candidates) {
    Map<String, Object> v = new HashMap<>(Map.of(EXPECTED, 40L, PRESENT, 38L, ISSUED, 38L));
    if (candidates != null) v.put(CANDIDATES, String.join(",", candidates));
    complete(s.orgDepartment, pi, TASK_OPEN_ROUND, v);
    return ((Number) runtimeService.getVariable(pi.getId(), ROUND_ID)).longValue();
  }

  /** Ballots back (38), both counters enter the same sheet, the scrutineer confirms. */
  private void countRound(CongressScenario s, ProcessInstance pi, long round, Map<String, Integer> votes) {
    complete(s.orgDepartment, pi, TASK_RECORD_RETURNED, Map.of(RETURNED, 38L));
    assertThat(pi).isWaitingAt(TASK_FIRST_COUNT, TASK_SECOND_COUNT);
    SheetTotals sheet = CongressScenario.sheet(conference.roundBallot(round), votes, 38);
    counts.enterSheet(round, sheet, s.counter1);
    complete(s.counter1, pi, TASK_FIRST_COUNT, Map.of());
    counts.enterSheet(round, sheet, s.counter2);
    complete(s.counter2, pi, TASK_SECOND_COUNT, Map.of());
    complete(s.scrutineer, pi, TASK_CONFIRM_COUNT, Map.of());
  }

  private static Map<String, Integer> votes(List<String> ids, int each) {
    Map<String, Integer> votes = new HashMap<>();
    ids.forEach(id -> votes.put(id, each));
    return votes;
  }

  private List<String> electedFirstRound(CongressScenario s) {
    // c01…c12 and c14…c17: 9 leaders, 3 advanced models and 4 professional-technical, 8 women — the reference structure
    List<String> ids = new java.util.ArrayList<>(s.candidates(1, 12));
    ids.addAll(s.candidates(14, 17));
    ids.add(s.candidate(22));
    ids.add(s.upperNominee);
    return ids;
  }

  private void fileAndConfirmAll(CongressScenario s, ProcessInstance pi) {
    complete(s.orgDepartment, pi, TASK_FILE_RESULTS, Map.of());
    assertThat(pi).hasPassed(TASK_ANNOUNCE).isWaitingAt(TASK_REVIEW_CREDENTIALS);
    List<CredentialDecision.Request> all = credentials.delegates(s.election).stream().filter(c -> c.decision() == null)
        .map(c -> new CredentialDecision.Request(c.delegate().memberId(), CredentialDecision.Decision.CONFIRMED, null, null))
        .toList();
    credentials.decide(s.election, all, s.cityDepartment);
    complete(s.cityDepartment, pi, TASK_REVIEW_CREDENTIALS, Map.of());
  }

  private void assertNoCountInVariables(ProcessInstance pi) {
    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).list();
    assertThat(variables).extracting(HistoricVariableInstance::getName).allMatch(VARIABLES::contains);
  }

  @Test
  void everySeatFilled_resultsFiled_credentialsConfirmed() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = prepared(s, CongressRules.defaults());
    long round = openRound(s, pi, null);
    complete(s.orgDepartment, pi, TASK_RECORD_RETURNED, Map.of(RETURNED, 38L));
    // the counting tasks are the counters' (their logins), the confirmation the scrutineer's
    assertThat(task(pi, TASK_FIRST_COUNT)).hasCandidateUser(s.counter1).hasCandidateUser(s.counter2);
    SheetTotals sheet = CongressScenario.sheet(conference.roundBallot(round), votes(electedFirstRound(s), 30), 38);
    // a counter completes only after entering; one counter cannot do both entries
    assertThat(refusedRules(() -> complete(s.counter1, pi, TASK_FIRST_COUNT, Map.of()))).containsExactly("ENTRY_MADE");
    counts.enterSheet(round, sheet, s.counter1);
    complete(s.counter1, pi, TASK_FIRST_COUNT, Map.of());
    assertThat(refusedRules(() -> complete(s.counter1, pi, TASK_SECOND_COUNT, Map.of())))
        .containsExactly(CountingDuties.RULE_SECOND_COUNTER);
    counts.enterSheet(round, sheet, s.counter2);
    // sealed until confirmed, also for the process: no figure in any variable, the scrutineer sees no tally yet
    assertNoCountInVariables(pi);
    assertThat(counts.view(round, s.scrutineer).sealed()).isTrue();
    complete(s.counter2, pi, TASK_SECOND_COUNT, Map.of());
    complete(s.scrutineer, pi, TASK_CONFIRM_COUNT, Map.of());
    assertThat(runtimeService.getVariable(pi.getId(), NEXT_STEP)).isEqualTo("COMPLETE");

    ConferenceResult result = conference.results(s.election);
    assertThat(result.complete()).isTrue();
    assertThat(result.elected()).hasSize(18).extracting(ElectedDelegate::name).isSortedAccordingTo(SurnameStrokeOrder.names());
    assertThat(result.elected()).filteredOn(d -> d.seatSource() == SeatSource.UPPER_NOMINEE)
        .extracting(ElectedDelegate::memberId).containsExactlyInAnyOrder(s.candidate(22), s.upperNominee);
    assertThat(result.structureMet()).as(result.structure().toString()).isTrue();

    fileAndConfirmAll(s, pi);
    assertThat(pi).isEnded().hasPassed(END_DELEGATES_CONFIRMED);
    assertThat(jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = 'ELECTION_RESULTS'",
        Integer.class, s.election)).isEqualTo(1);
    assertNoCountInVariables(pi);
  }

  @Test
  void moreBallotsReturnedThanIssued_roundVoid_heldAgain() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = prepared(s, CongressRules.defaults());
    long first = openRound(s, pi, null);
    complete(s.orgDepartment, pi, TASK_RECORD_RETURNED, Map.of(RETURNED, 39L));
    assertThat(pi).isWaitingAt(TASK_OPEN_ROUND);
    assertThat(conference.nextRound(s.election)).get().extracting(NextRound::kind, NextRound::previousRoundId)
        .containsExactly(RoundKind.REGULAR, first);
    long second = openRound(s, pi, null);
    assertThat(conference.round(first).status()).isEqualTo(RoundStatus.VOID);
    assertThat(conference.round(second).number()).isEqualTo(2);
    countRound(s, pi, second, votes(electedFirstRound(s), 30));
    assertThat(pi).isWaitingAt(TASK_FILE_RESULTS);
    assertThat(conference.rounds(s.election)).extracting(Round::status)
        .containsExactly(RoundStatus.VOID, RoundStatus.CONFIRMED);
  }

  @Test
  void tieForTheLastSeat_newVoteAmongTheTiedOnly() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = prepared(s, CongressRules.defaults());
    long first = openRound(s, pi, null);
    List<String> seventeen = electedFirstRound(s).subList(0, 17);
    Map<String, Integer> votes = votes(seventeen, 30);
    votes.put(s.upperNominee, 25);
    votes.put(s.candidate(18), 25);
    countRound(s, pi, first, votes);
    assertThat(runtimeService.getVariable(pi.getId(), NEXT_STEP)).isEqualTo("TIE_BREAK");
    assertThat(pi).isWaitingAt(TASK_OPEN_ROUND);

    long tieBreak = openRound(s, pi, null);
    assertThat(conference.round(tieBreak).kind()).isEqualTo(RoundKind.TIE_BREAK);
    assertThat(conference.roundBallot(tieBreak)).extracting(FormalCandidate::memberId)
        .containsExactlyInAnyOrder(s.upperNominee, s.candidate(18));
    countRound(s, pi, tieBreak, Map.of(s.upperNominee, 24, s.candidate(18), 14));
    assertThat(pi).isWaitingAt(TASK_FILE_RESULTS);
    assertThat(conference.results(s.election).elected()).extracting(ElectedDelegate::memberId).contains(s.upperNominee)
        .doesNotContain(s.candidate(18)).hasSize(18);
  }

  @Test
  void tooFewElected_supplementaryRoundWithAMargin() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = prepared(s, CongressRules.defaults());
    long first = openRound(s, pi, null);
    Map<String, Integer> votes = votes(electedFirstRound(s).subList(0, 16), 30);
    votes.put(s.candidate(22), 20);  // exactly half of 40 does not elect
    countRound(s, pi, first, votes);
    assertThat(runtimeService.getVariable(pi.getId(), NEXT_STEP)).isEqualTo("UNFILLED_SEATS");
    assertThat(pi).isWaitingAt(TASK_DECIDE_UNFILLED);
    // the default rules do not allow giving seats up
    assertThat(refusedRules(() -> complete(s.orgDepartment, pi, TASK_DECIDE_UNFILLED, Map.of(REDUCE_SEATS, true,
        REASON, "减少名额")))).containsExactly("SEAT_REDUCTION_ALLOWED");
    complete(s.orgDepartment, pi, TASK_DECIDE_UNFILLED, Map.of(REDUCE_SEATS, false));
    assertThat(pi).isWaitingAt(TASK_OPEN_ROUND);

    // 2 seats: > 20% needs 3 names; two are refused naming the margin, an elected one naming the rule
    assertThat(refusedRules(() -> openRound(s, pi, List.of(s.candidate(22), s.upperNominee))))
        .containsExactly("MARGIN");
    assertThat(refusedRules(() -> openRound(s, pi, List.of(s.candidate(1), s.candidate(22), s.upperNominee))))
        .contains("NOT_ELECTED_CANDIDATE");
    long supplementary = openRound(s, pi, List.of(s.candidate(22), s.upperNominee, s.candidate(18)));
    assertThat(conference.round(supplementary).kind()).isEqualTo(RoundKind.SUPPLEMENTARY);
    assertThat(conference.round(supplementary).seats()).isEqualTo(2);
    countRound(s, pi, supplementary, Map.of(s.candidate(22), 30, s.upperNominee, 28, s.candidate(18), 10));
    assertThat(pi).isWaitingAt(TASK_FILE_RESULTS);
    fileAndConfirmAll(s, pi);
    assertThat(pi).isEnded();
    assertThat(conference.results(s.election).elected()).hasSize(18);
  }

  @Test
  void tooFewElected_seatsGivenUpWhereTheRulesAllow() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = prepared(s, new CongressRules(true, true, 2, null, null, List.of()));
    long first = openRound(s, pi, null);
    countRound(s, pi, first, votes(electedFirstRound(s).subList(0, 17), 30));
    assertThat(pi).isWaitingAt(TASK_DECIDE_UNFILLED);
    assertThat(refusedRules(() -> complete(s.orgDepartment, pi, TASK_DECIDE_UNFILLED, Map.of(REDUCE_SEATS, true))))
        .containsExactly("REASON_GIVEN");
    complete(s.orgDepartment, pi, TASK_DECIDE_UNFILLED, Map.of(REDUCE_SEATS, true, REASON, "大会表决同意减少一个名额"));
    assertThat(pi).isWaitingAt(TASK_FILE_RESULTS);
    ConferenceResult result = conference.results(s.election);
    assertThat(result.seatsGivenUp()).isEqualTo(1);
    assertThat(result.complete()).isTrue();
    assertThat(result.elected()).hasSize(17);
  }

  @Test
  void credentialsInvalid_wrongProcedureVotedAgain_notQualifiedReplaced() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = prepared(s, CongressRules.defaults());
    long first = openRound(s, pi, null);
    countRound(s, pi, first, votes(electedFirstRound(s), 30));
    complete(s.orgDepartment, pi, TASK_FILE_RESULTS, Map.of());
    assertThat(pi).isWaitingAt(TASK_REVIEW_CREDENTIALS);
    assertThat(task(pi, TASK_REVIEW_CREDENTIALS)).hasCandidateGroup(s.base.city);

    // every delegate needs a decision; an invalid one needs its kind and reason (all or nothing)
    assertThat(refusedRules(() -> complete(s.cityDepartment, pi, TASK_REVIEW_CREDENTIALS, Map.of())))
        .containsExactly("ALL_REVIEWED");
    assertThat(refusedRules(() -> credentials.decide(s.election, List.of(new CredentialDecision.Request(s.candidate(3),
        CredentialDecision.Decision.INVALID, null, "x")), s.cityDepartment))).containsExactly("REQUIRED");
    assertThat(credentials.decisions(s.election)).isEmpty();
    List<CredentialDecision.Request> decisions = new java.util.ArrayList<>();
    for (String id : electedFirstRound(s)) {
      if (id.equals(s.candidate(3))) {
        decisions.add(new CredentialDecision.Request(id, CredentialDecision.Decision.INVALID,
            CredentialDecision.InvalidKind.WRONG_PROCEDURE, "该名额选票发放程序违反选举办法"));
      } else if (id.equals(s.candidate(4))) {
        decisions.add(new CredentialDecision.Request(id, CredentialDecision.Decision.INVALID,
            CredentialDecision.InvalidKind.NOT_QUALIFIED, "选举后发现受到党内处分，不符合代表条件"));
      } else {
        decisions.add(new CredentialDecision.Request(id, CredentialDecision.Decision.CONFIRMED, null, null));
      }
    }
    credentials.decide(s.election, decisions, s.cityDepartment);
    complete(s.cityDepartment, pi, TASK_REVIEW_CREDENTIALS, Map.of());
    assertThat(runtimeService.getVariable(pi.getId(), DELEGATES_CONFIRMED)).isEqualTo(false);
    assertThat(pi).isWaitingAt(TASK_OPEN_ROUND);
    assertThat(removals.isRemoved(s.election, s.candidate(4))).isTrue();
    assertThat(removals.isRemoved(s.election, s.candidate(3))).isFalse();

    // the two seats voted again: the wrong procedure's delegate may stand again, the unqualified one may not
    NextRound next = conference.nextRound(s.election).orElseThrow();
    assertThat(next.kind()).isEqualTo(RoundKind.RE_ELECTION);
    assertThat(next.seats()).isEqualTo(2);
    assertThat(next.candidates()).extracting(FormalCandidate::memberId).contains(s.candidate(3))
        .doesNotContain(s.candidate(4));
    assertThat(refusedRules(() -> openRound(s, pi, List.of(s.candidate(4), s.candidate(3), s.candidate(18)))))
        .contains("NOT_ELECTED_CANDIDATE");
    long again = openRound(s, pi, List.of(s.candidate(3), s.candidate(18), s.candidate(19)));
    countRound(s, pi, again, Map.of(s.candidate(3), 31, s.candidate(18), 29, s.candidate(19), 5));
    assertThat(pi).isWaitingAt(TASK_FILE_RESULTS);
    ConferenceResult result = conference.results(s.election);
    assertThat(result.elected()).hasSize(18).extracting(ElectedDelegate::memberId)
        .contains(s.candidate(3), s.candidate(18)).doesNotContain(s.candidate(4));
    fileAndConfirmAll(s, pi);
    assertThat(pi).isEnded().hasPassed(END_DELEGATES_CONFIRMED);
    // every decision kept: 18 + 2, the first two invalid
    assertThat(credentials.decisions(s.election)).hasSize(20);
    assertThat(jdbc.queryForObject("select count(*) from congress_filing where election_id = ?", Integer.class,
        s.election)).isEqualTo(2);
  }

  @Test
  void deadlineOfTheSchedule_unitRemindedThenUpperCommitteeTold_whileNotFiled() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = s.start(repositoryService, runtimeService);
    managementService.executeJob(timer(pi, TIMER_REMINDER).getId());
    managementService.executeJob(timer(pi, TIMER_DEADLINE).getId());
    assertThat(pi).isWaitingAt(TASK_NOMINATE_UPPER);
    assertThat(jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = 'REMINDER' "
        + "and organization_id = ?", Integer.class, s.election, s.base.district)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = 'LATE' "
        + "and organization_id = ?", Integer.class, s.election, s.base.city)).isEqualTo(1);
  }

  private org.camunda.bpm.engine.runtime.Job timer(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  @Test
  void wrongPeopleAreRefused_nothingChanges() throws Exception {
    CongressScenario s = scenario();
    ProcessInstance pi = s.start(repositoryService, runtimeService);
    // the electoral unit cannot enter the city's nominees
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_NOMINATE_UPPER, Map.of(UPPER_NOMINEES, s.upperNominee)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(conference.candidateList(s.election)).isEmpty();
    // a probationary or unknown nominee is refused naming the field and the rule
    assertThat(refusedRules(() -> complete(s.cityDepartment, pi, TASK_NOMINATE_UPPER,
        Map.of(UPPER_NOMINEES, s.upperNominee + ",nobody-x")))).containsExactly("MEMBER_EXISTS");
    assertThat(conference.candidateList(s.election)).isEmpty();
    assertThat(pi).isWaitingAt(TASK_NOMINATE_UPPER);
  }
}
