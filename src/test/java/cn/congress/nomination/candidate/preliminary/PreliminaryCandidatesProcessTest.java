package cn.congress.nomination.candidate.preliminary;

import static cn.congress.nomination.candidate.preliminary.PreliminaryCandidatesProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.StageRosters;
import cn.congress.nomination.discipline.DisciplineRegister;
import cn.congress.nomination.discipline.ReportedViolation;
import cn.congress.nomination.discipline.ViolationKind;
import cn.congress.nomination.discipline.ViolationVerificationProcess;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.AsUser;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PreliminaryCandidatesProcess on the engine, one method per path; every task completed by the user who owns it (the
 * listener checks the person and the rules). The initial candidates come from the test roster (TestInitialCandidates).
 */
@EngineTest
@Import(TestInitialCandidates.class)
class PreliminaryCandidatesProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired PreliminaryCandidates candidates;
  @Autowired DisciplineRegister discipline;
  @Autowired CandidateRemovals removals;
  @Autowired StageRosters rosters;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired cn.congress.nomination.campaign.Deadlines deadlines;

  private static int counter;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  private PreliminaryScenario scenario(int initial) throws Exception {
    return new PreliminaryScenario("pcp" + (++counter) + "x" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, electionService, json, jdbc, initial);
  }

  private ProcessInstance start(PreliminaryScenario s) {
    return s.start(repositoryService, runtimeService);
  }

  private void as(String user, Runnable call) {
    AsUser.run(identityService, user, call);
  }

  private void complete(String user, ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    as(user, () -> taskService.complete(task.getId(), variables));
  }

  private void brief(PreliminaryScenario s, ProcessInstance pi) {
    candidates.saveBriefing(s.election, new Briefing.Request(LocalDate.now().minusDays(1), List.of(
        new Briefing.Attendance(Briefing.Group.DEMOCRATIC_PARTIES, 8, "民革、民盟、民建等负责人"),
        new Briefing.Attendance(Briefing.Group.FEDERATION_OF_INDUSTRY_AND_COMMERCE, 2, "区工商联主席、副主席"),
        new Briefing.Attendance(Briefing.Group.NON_PARTY_FIGURES, 3, "无党派人士代表")), "无不同意见"), s.orgDepartment);
    complete(s.orgDepartment, pi, TASK_BRIEF, Map.of());
  }

  /** A plenary of 40 members, 38 present: the chosen names get 30 votes and more, the others fewer. */
  private static MeetingDraft vote(List<String> ballot, List<String> chosen) {
    List<MeetingVote> votes = new ArrayList<>();
    for (int i = 0; i < ballot.size(); i++) {
      String id = ballot.get(i);
      votes.add(chosen.contains(id) ? new MeetingVote(id, 36 - i % 6, true, null) : new MeetingVote(id, 12, false, null));
    }
    return new MeetingDraft(40, 38, "圈选产生代表候选人预备人选", votes);
  }

  private void recordVote(PreliminaryScenario s, ProcessInstance pi, MeetingDraft draft) {
    candidates.saveDraft(s.election, draft, s.plenary);
    complete(s.plenary, pi, TASK_VOTE, Map.of());
  }

  private void voteAndFile(PreliminaryScenario s, ProcessInstance pi, List<String> chosen) {
    recordVote(s, pi, vote(candidates.initialCandidates(s.election), chosen));
    complete(s.plenary2, pi, TASK_CONFIRM_VOTE, Map.of(VOTE_CONFIRMED, true));
    complete(s.orgDepartment, pi, TASK_FILE, Map.of());
  }

  private List<String> rulesRefused(PreliminaryScenario s, ProcessInstance pi) {
    try {
      complete(s.plenary, pi, TASK_VOTE, Map.of());
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof ValidationException v) return v.violations().stream().map(x -> x.rule()).toList();
      }
      throw e;
    }
    return List.of();
  }

  private int audits(String action, String subject) {
    return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Integer.class,
        action, subject);
  }

  @Test
  void approved_briefingVoteConfirmedFiledReviewedApproved_mustKnowsSent() throws Exception {
    PreliminaryScenario s = scenario(21);
    ProcessInstance pi = start(s);
    assertThat(pi).isWaitingAt(TASK_BRIEF);
    assertThat(pi).task().hasCandidateGroup(s.district);
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_BRIEF, Map.of()))
        .hasMessageContaining("尚未登记向民主党派、工商联和无党派人士通报情况");
    assertThatThrownBy(() -> candidates.saveBriefing(s.election, new Briefing.Request(LocalDate.now(), List.of(
        new Briefing.Attendance(Briefing.Group.DEMOCRATIC_PARTIES, 5, null)), ""), s.orgDepartment))
        .isInstanceOf(ValidationException.class).hasMessageContaining("未登记工商联参加通报会的情况")
        .hasMessageContaining("须记录听取的意见");
    brief(s, pi);
    assertThat(pi).isWaitingAt(TASK_VOTE);

    List<String> all = s.candidates(1, 21);
    recordVote(s, pi, vote(all, all));
    assertThat(pi).isWaitingAt(TASK_CONFIRM_VOTE);
    assertThatThrownBy(() -> complete(s.plenary, pi, TASK_CONFIRM_VOTE, Map.of(VOTE_CONFIRMED, true)))
        .hasMessageContaining("SECOND_PERSON".isEmpty() ? "" : "须由另一人确认");
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_CONFIRM_VOTE, Map.of(VOTE_CONFIRMED, true)))
        .hasRootCauseInstanceOf(AccessDeniedException.class);
    complete(s.plenary2, pi, TASK_CONFIRM_VOTE, Map.of(VOTE_CONFIRMED, true));
    assertThat(pi).isWaitingAt(TASK_FILE);
    complete(s.orgDepartment, pi, TASK_FILE, Map.of());
    assertThat(pi).isWaitingAt(TASK_REVIEW);
    assertThat(pi).task().hasCandidateGroup(s.city);
    PreliminaryFiling filing = candidates.filing(s.election).orElseThrow();
    assertThat(filing.status()).isEqualTo(PreliminaryFiling.FILED);
    assertThat(filing.roster().get("candidates")).hasSize(21);
    assertThat(filing.roster().get("structureFeasible").asBoolean()).isTrue();
    assertThat(filing.roster().get("briefing").get("opinions").asText()).isEqualTo("无不同意见");
    assertThat(rosters.latestStageOf(s.election, s.candidate(1))).contains(Stage.INITIAL_CANDIDATES);

    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, true)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, true));
    assertThat(pi).isWaitingAt(TASK_APPROVE);
    assertThatThrownBy(() -> complete(s.cityDepartment, pi, TASK_APPROVE, Map.of()))
        .hasMessageContaining("须选择同意或退回");
    complete(s.cityDepartment, pi, TASK_APPROVE, Map.of(APPROVED, true));

    assertThat(pi).isEnded().hasPassed(TASK_ANNOUNCE, END_APPROVED);
    assertThat(candidates.filing(s.election).orElseThrow().status()).isEqualTo(PreliminaryFiling.APPROVED);
    assertThat(candidates.approved(s.election)).containsExactlyElementsOf(all);
    assertThat(rosters.latestStageOf(s.election, s.candidate(1))).contains(Stage.PRELIMINARY_CANDIDATES);
    assertThat(jdbc.queryForList("select organization_id from notice where election_id = ? and kind = ?", String.class,
        s.election, NoticeKind.PRELIMINARY_CANDIDATES_FIXED.name())).containsExactly(s.branch);
    assertThat(jdbc.queryForObject("select body from notice where election_id = ? and kind = ?", String.class,
        s.election, NoticeKind.PRELIMINARY_CANDIDATES_FIXED.name())).contains("区委代表候选人预备人选 21 名")
        .contains("候选1、").contains("候选21");
    for (String action : List.of("PRELIMINARY_BRIEFING_RECORDED", "PRELIMINARY_VOTE_RECORDED",
        "PRELIMINARY_VOTE_CONFIRMED", "PRELIMINARY_CANDIDATES_FILED", "PRELIMINARY_PRELIMINARY_REVIEW_PASSED",
        "PRELIMINARY_APPROVAL_PASSED", "PRELIMINARY_CANDIDATES_ANNOUNCED")) {
      assertThat(audits(action, s.election)).as(action).isEqualTo(1);
    }
  }

  @Test
  void returnedAtThePreliminaryReview_voteReopened_votedAgainAndApproved() throws Exception {
    PreliminaryScenario s = scenario(21);
    ProcessInstance pi = start(s);
    brief(s, pi);
    voteAndFile(s, pi, s.candidates(1, 21));
    assertThatThrownBy(() -> complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, false)))
        .hasMessageContaining("退回代表候选人预备人选须说明理由");
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, false, REASON, "差额不足，建议减少至19名"));

    assertThat(pi).isWaitingAt(TASK_VOTE).hasPassed(TASK_REOPEN);
    assertThat(candidates.vote(s.election)).isEmpty();
    PreliminaryFiling returned = candidates.filing(s.election).orElseThrow();
    assertThat(returned.status()).isEqualTo(PreliminaryFiling.RETURNED);
    assertThat(returned.returnedAt()).isEqualTo(PreliminaryFiling.GATE_REVIEW);
    assertThat(audits("PRELIMINARY_VOTE_REOPENED", s.election)).isEqualTo(1);

    voteAndFile(s, pi, s.candidates(1, 19));
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, true));
    complete(s.cityDepartment, pi, TASK_APPROVE, Map.of(APPROVED, true));
    assertThat(pi).isEnded().hasPassed(END_APPROVED);
    assertThat(candidates.approved(s.election)).containsExactlyElementsOf(s.candidates(1, 19));
  }

  @Test
  void returnedByTheUpperCommittee_voteReopened() throws Exception {
    PreliminaryScenario s = scenario(21);
    ProcessInstance pi = start(s);
    brief(s, pi);
    voteAndFile(s, pi, s.candidates(1, 21));
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, true));
    complete(s.cityDepartment, pi, TASK_APPROVE, Map.of(APPROVED, false, REASON, "市委常委会研究，请重新圈选"));

    assertThat(pi).isWaitingAt(TASK_VOTE).hasPassed(TASK_REOPEN);
    PreliminaryFiling returned = candidates.filing(s.election).orElseThrow();
    assertThat(returned.status()).isEqualTo(PreliminaryFiling.RETURNED);
    assertThat(returned.returnedAt()).isEqualTo(PreliminaryFiling.GATE_APPROVAL);
    assertThat(jdbc.queryForObject("select count(*) from meeting_record where election_id = ? and status = ?",
        Integer.class, s.election, MeetingStatus.SUPERSEDED.name())).isEqualTo(1);
    assertThat(candidates.approved(s.election)).isEmpty();
    // the second person's decision of the earlier round does not carry over
    recordVote(s, pi, vote(s.candidates(1, 21), s.candidates(1, 20)));
    assertThatThrownBy(() -> complete(s.plenary2, pi, TASK_CONFIRM_VOTE, Map.of())).hasMessageContaining("须选择确认或退回");
  }

  @Test
  void tooManyNames_insufficientMargin_notByVotes_infeasibleSlate_refusedNamingTheRule_nothingChanges() throws Exception {
    PreliminaryScenario s = scenario(22);
    ProcessInstance pi = start(s);
    brief(s, pi);
    List<String> ballot = s.candidates(1, 22);

    candidates.saveDraft(s.election, vote(ballot, ballot), s.plenary);
    assertThat(rulesRefused(s, pi)).containsExactly("PRELIMINARY_COUNT");
    assertThatThrownBy(() -> complete(s.plenary, pi, TASK_VOTE, Map.of()))
        .hasMessageContaining("确定预备人选 22 名，超过本次选举规定的至多 21 名");

    // 16 names that could fill the seats by the structure, but with no margin over the 16 seats
    candidates.saveDraft(s.election, vote(ballot, s.candidates(3, 18)), s.plenary);
    assertThat(rulesRefused(s, pi)).containsExactly("PRELIMINARY_MARGIN");
    assertThatThrownBy(() -> complete(s.plenary, pi, TASK_VOTE, Map.of()))
        .hasMessageContaining("预备人选须多于应选名额");

    // c02, c04, c06 and c08 left out: six women among the other 17, fewer than the seven the structure needs
    List<String> fewWomen = new ArrayList<>(s.candidates(1, 21));
    fewWomen.removeAll(List.of(s.candidate(2), s.candidate(4), s.candidate(6), s.candidate(8)));
    fewWomen.remove(s.candidate(22));
    candidates.saveDraft(s.election, vote(ballot, fewWomen), s.plenary);
    assertThat(rulesRefused(s, pi)).containsExactly("STRUCTURE_INFEASIBLE");
    assertThatThrownBy(() -> complete(s.plenary, pi, TASK_VOTE, Map.of())).hasMessageContaining("妇女");

    // a name chosen over one with more votes
    List<MeetingVote> votes = new ArrayList<>(vote(ballot, s.candidates(1, 21)).votes());
    votes.set(21, new MeetingVote(s.candidate(22), 37, false, null));
    candidates.saveDraft(s.election, new MeetingDraft(40, 38, "圈选", votes), s.plenary);
    assertThat(rulesRefused(s, pi)).contains("PRELIMINARY_BY_VOTES");

    // a plenary member who is not on the electoral unit's plenary: refused before any rule
    assertThatThrownBy(() -> complete(s.orgDepartment, pi, TASK_VOTE, Map.of()))
        .hasRootCauseInstanceOf(AccessDeniedException.class).hasMessageContaining("全委会");

    assertThat(pi).isWaitingAt(TASK_VOTE);
    assertThat(candidates.vote(s.election)).isEmpty();
    assertThat(audits("PRELIMINARY_VOTE_RECORDED", s.election)).isZero();
  }

  private void concludeViolation(PreliminaryScenario s, String memberId) {
    ReportedViolation v = discipline.report(s.election, new ReportedViolation.Request(memberId,
        ViolationKind.CANVASSING, "在全委会前向委员打电话拉票", "来信举报"), s.orgDepartment);
    Task task = taskService.createTaskQuery().processDefinitionKey(ViolationVerificationProcess.KEY)
        .processVariableValueEquals(ViolationVerificationProcess.VIOLATION_ID, v.id()).singleResult();
    as(s.discipline, () -> taskService.complete(task.getId(), Map.of(ViolationVerificationProcess.CONCLUSION, "CONFIRMED",
        ViolationVerificationProcess.FINDINGS, "经核查，拉票问题属实")));
  }

  @Test
  void disciplineViolationConfirmedAtThisStage_removesTheNameFromTheApprovedList() throws Exception {
    PreliminaryScenario s = scenario(21);
    ProcessInstance pi = start(s);
    brief(s, pi);
    voteAndFile(s, pi, s.candidates(1, 20));
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, true));
    complete(s.cityDepartment, pi, TASK_APPROVE, Map.of(APPROVED, true));
    assertThat(pi).isEnded();

    concludeViolation(s, s.candidate(3));
    var removal = removals.find(s.election, s.candidate(3)).orElseThrow();
    assertThat(removal.stage()).isEqualTo(Stage.PRELIMINARY_CANDIDATES);
    assertThat(removal.rule()).isEqualTo(DisciplineRegister.RULE);
    assertThat(removals.remaining(s.election, candidates.approved(s.election))).hasSize(19)
        .doesNotContain(s.candidate(3));
    assertThat(candidates.approvedWithRemovals(s.election)).filteredOn(r -> Boolean.TRUE.equals(r.get("removed")))
        .extracting(r -> r.get("memberId")).containsExactly(s.candidate(3));
    assertThat(jdbc.queryForList("select organization_id from notice where election_id = ? and kind = ?", String.class,
        s.election, NoticeKind.CANDIDATE_REMOVED.name())).containsExactly(s.district);
  }

  @Test
  void disciplineViolationConfirmedBeforeTheVote_nameLeavesTheBallot_andCannotBeChosen() throws Exception {
    PreliminaryScenario s = scenario(21);
    ProcessInstance pi = start(s);
    brief(s, pi);
    concludeViolation(s, s.candidate(5));
    assertThat(removals.find(s.election, s.candidate(5)).orElseThrow().stage()).isEqualTo(Stage.INITIAL_CANDIDATES);
    assertThat(candidates.initialCandidates(s.election)).hasSize(20).doesNotContain(s.candidate(5));

    List<String> ballot = s.candidates(1, 21);
    candidates.saveDraft(s.election, vote(ballot, s.candidates(1, 19)), s.plenary);
    assertThat(rulesRefused(s, pi)).containsExactly("PRELIMINARY_FROM_INITIAL");
    assertThatThrownBy(() -> complete(s.plenary, pi, TASK_VOTE, Map.of())).hasMessageContaining("已被取消资格");

    List<String> standing = candidates.initialCandidates(s.election);
    recordVote(s, pi, vote(standing, standing.subList(0, 19)));
    assertThat(pi).isWaitingAt(TASK_CONFIRM_VOTE);
  }

  @Test
  void aNameRemovedAfterTheVote_theGateRefusesAListWithoutMargin_returnedAndVotedAgain() throws Exception {
    PreliminaryScenario s = scenario(21);
    ProcessInstance pi = start(s);
    brief(s, pi);
    voteAndFile(s, pi, s.candidates(1, 17));
    concludeViolation(s, s.candidate(1));

    assertThatThrownBy(() -> complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, true)))
        .hasMessageContaining("须退回全委会重新圈选").hasMessageContaining("预备人选须多于应选名额");
    assertThat(pi).isWaitingAt(TASK_REVIEW);
    assertThat(candidates.filing(s.election).orElseThrow().status()).isEqualTo(PreliminaryFiling.FILED);

    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, false, REASON, "候选1被取消资格，差额不足"));
    assertThat(pi).isWaitingAt(TASK_VOTE);
    assertThat(candidates.initialCandidates(s.election)).hasSize(20).doesNotContain(s.candidate(1));
    voteAndFile(s, pi, s.candidates(2, 19));
    complete(s.cityDepartment, pi, TASK_REVIEW, Map.of(REVIEW_PASSED, true));
    complete(s.cityDepartment, pi, TASK_APPROVE, Map.of(APPROVED, true));
    assertThat(candidates.approved(s.election)).containsExactlyElementsOf(s.candidates(2, 19));
  }

  private void fire(ProcessInstance pi, String timer) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(timer)
        .singleResult();
    assertThat(job).as("timer " + timer).isNotNull();
    assertThat(job.getDuedate()).isEqualTo(timer.equals(TIMER_REMINDER)
        ? deadlines.reminderOf(pi.getBusinessKey(), "PRELIMINARY_CANDIDATES")
        : deadlines.dueOf(pi.getBusinessKey(), "PRELIMINARY_CANDIDATES"));
    managementService.executeJob(job.getId());
  }

  private List<String> notices(PreliminaryScenario s, NoticeKind kind) {
    return jdbc.queryForList("select organization_id from notice where election_id = ? and kind = ?", String.class,
        s.election, kind.name());
  }

  @Test
  void theScheduleDeadline_remindsTheUnit_thenTellsTheUpperCommittee_whileTheListIsNotFiled() throws Exception {
    PreliminaryScenario late = scenario(21);
    ProcessInstance pi = start(late);
    brief(late, pi);
    fire(pi, TIMER_REMINDER);
    assertThat(notices(late, NoticeKind.REMINDER)).containsExactly(late.district);
    fire(pi, TIMER_DEADLINE);
    assertThat(notices(late, NoticeKind.LATE)).containsExactly(late.city);
    assertThat(pi).isWaitingAt(TASK_VOTE).hasPassed(TASK_REMIND, TASK_REPORT_LATE);
    voteAndFile(late, pi, late.candidates(1, 21));
    assertThat(pi).isWaitingAt(TASK_REVIEW);

    PreliminaryScenario onTime = scenario(21);
    ProcessInstance other = start(onTime);
    brief(onTime, other);
    voteAndFile(onTime, other, onTime.candidates(1, 21));
    fire(other, TIMER_REMINDER);
    fire(other, TIMER_DEADLINE);
    assertThat(notices(onTime, NoticeKind.REMINDER)).isEmpty();
    assertThat(notices(onTime, NoticeKind.LATE)).isEmpty();
    assertThat(other).isWaitingAt(TASK_REVIEW);
  }
}
