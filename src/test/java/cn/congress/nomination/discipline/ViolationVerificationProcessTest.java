package cn.congress.nomination.discipline;

import static cn.congress.nomination.discipline.ViolationVerificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.preliminary.PreliminaryScenario;
import cn.congress.nomination.candidate.preliminary.TestInitialCandidates;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.notice.NoticeKind;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.security.AccessDeniedException;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.AsUser;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ViolationVerificationProcess and the discipline register on the engine: pledges, reports, the discipline
 * commission's conclusion (only theirs), and a confirmed violation removing the person at the stage they reached.
 * The initial candidates come from the test roster; the preliminary stage is PreliminaryCandidatesProcessTest's.
 */
@EngineTest
@Import(TestInitialCandidates.class)
class ViolationVerificationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired DisciplineRegister register;
  @Autowired CandidateRemovals removals;

  private static int counter;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(engine);
  }

  private PreliminaryScenario scenario() throws Exception {
    return new PreliminaryScenario("vvp" + (++counter) + "x" + System.nanoTime() % 100000)
        .create(organizations, groups, members, accounts, electionService, json, jdbc, 21);
  }

  private void as(String user, Runnable call) {
    AsUser.run(identityService, user, call);
  }

  private ReportedViolation report(PreliminaryScenario s, String memberId) {
    return register.report(s.election, new ReportedViolation.Request(memberId, ViolationKind.CANVASSING,
        "以请吃饭方式拉票", "电话举报"), s.orgDepartment);
  }

  private ProcessInstance instance(ReportedViolation v) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals(VIOLATION_ID, v.id()).singleResult();
  }

  private void conclude(String user, ReportedViolation v, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance(v).getId()).singleResult();
    as(user, () -> taskService.complete(task.getId(), variables));
  }

  private static Map<String, Object> confirmed() {
    return Map.of(CONCLUSION, "CONFIRMED", FINDINGS, "经谈话和调取通话记录，拉票属实");
  }

  private List<String> rules(Runnable call) {
    try {
      call.run();
    } catch (ValidationException e) {
      return e.violations().stream().map(Violation::rule).toList();
    }
    return List.of();
  }

  @Test
  void notConfirmed_onlyTheDisciplineCommissionConcludes_withFindings_nothingRemoved() throws Exception {
    PreliminaryScenario s = scenario();
    ReportedViolation v = report(s, s.candidate(2));
    assertThat(v.status()).isEqualTo(ViolationStatus.REPORTED);
    ProcessInstance pi = instance(v);
    assertThat(pi).isWaitingAt(TASK_VERIFY);
    assertThat(pi).task().hasCandidateGroup(s.district);

    assertThatThrownBy(() -> conclude(s.orgDepartment, v, Map.of(CONCLUSION, "NOT_CONFIRMED", FINDINGS, "查无实据")))
        .hasRootCauseInstanceOf(AccessDeniedException.class).hasMessageContaining("纪委");
    assertThatThrownBy(() -> conclude(s.discipline, v, Map.of(CONCLUSION, "NOT_CONFIRMED")))
        .hasMessageContaining("核查情况");
    assertThatThrownBy(() -> conclude(s.discipline, v, Map.of(CONCLUSION, "MAYBE", FINDINGS, "待查")))
        .hasMessageContaining("核查结论只能是");
    assertThat(register.violation(v.id()).status()).isEqualTo(ViolationStatus.REPORTED);

    conclude(s.discipline, v, Map.of(CONCLUSION, "NOT_CONFIRMED", FINDINGS, "经核查，反映问题查无实据"));
    assertThat(pi).isEnded().hasPassed(END_NOT_CONFIRMED).hasNotPassed(TASK_REMOVE);
    ReportedViolation concluded = register.violation(v.id());
    assertThat(concluded.status()).isEqualTo(ViolationStatus.NOT_CONFIRMED);
    assertThat(concluded.concludedBy()).isEqualTo(s.discipline);
    assertThat(removals.isRemoved(s.election, s.candidate(2))).isFalse();
  }

  @Test
  void confirmedAtTheInitialCandidatesStage_removesThePerson_andNotifiesTheElectoralUnit() throws Exception {
    PreliminaryScenario s = scenario();
    ReportedViolation v = report(s, s.candidate(4));
    conclude(s.discipline, v, confirmed());
    assertThat(instance(v)).isNull();
    var removal = removals.find(s.election, s.candidate(4)).orElseThrow();
    assertThat(removal.stage()).isEqualTo(Stage.INITIAL_CANDIDATES);
    assertThat(removal.rule()).isEqualTo(DisciplineRegister.RULE);
    assertThat(removal.removedBy()).isEqualTo(s.discipline);
    assertThat(removal.reason()).contains("拉票").contains("拉票属实");
    assertThat(register.violation(v.id()).removalStage()).isEqualTo(Stage.INITIAL_CANDIDATES);
    assertThat(jdbc.queryForList("select subject from notice where election_id = ? and kind = ? and organization_id = ?",
        String.class, s.election, NoticeKind.CANDIDATE_REMOVED.name(), s.district))
        .containsExactly("候选4（" + s.candidate(4) + "） 被取消代表候选人初步人选资格");
  }

  @Test
  void confirmedForSomeoneOnNoList_removedBeforeAnyList_andASecondConfirmationLeavesTheFirstRemoval() throws Exception {
    PreliminaryScenario s = scenario();
    ReportedViolation first = report(s, s.candidate(22));
    conclude(s.discipline, first, confirmed());
    assertThat(removals.find(s.election, s.candidate(22)).orElseThrow().stage()).isEqualTo(Stage.RECOMMENDATION);

    ReportedViolation second = report(s, s.candidate(22));
    conclude(s.discipline, second, confirmed());
    assertThat(register.violation(second.id()).status()).isEqualTo(ViolationStatus.CONFIRMED);
    assertThat(register.violation(second.id()).removalStage()).isNull();
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'DISCIPLINE_REMOVAL_STANDS' "
        + "and subject_id = ?", Integer.class, String.valueOf(second.id()))).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from notice where election_id = ? and kind = ?", Integer.class,
        s.election, NoticeKind.CANDIDATE_REMOVED.name())).isEqualTo(1);
  }

  @Test
  void badReportsAreRefusedNamingFieldAndRule_nothingRecorded() throws Exception {
    PreliminaryScenario s = scenario();
    assertThat(rules(() -> register.report(s.election, new ReportedViolation.Request(s.prefix + "-nobody", null, " ",
        null), s.orgDepartment))).containsExactly("UNKNOWN_MEMBER", "REQUIRED", "REQUIRED", "REQUIRED");
    assertThat(register.violations(s.election)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(s.election)
        .count()).isZero();
  }

  @Test
  void pledges_signedOnce_notInTheFuture_andTheListsShowWhoHasNotSigned() throws Exception {
    PreliminaryScenario s = scenario();
    Pledge pledge = register.signPledge(s.election, new Pledge.Request(s.candidate(1), LocalDate.now().minusDays(2),
        null), s.orgDepartment);
    assertThat(pledge.name()).isEqualTo("候选1");
    assertThat(pledge.recordedBy()).isEqualTo(s.orgDepartment);
    assertThat(rules(() -> register.signPledge(s.election, new Pledge.Request(s.candidate(1), LocalDate.now(), null),
        s.orgDepartment))).containsExactly("PLEDGE_ONCE");
    assertThat(rules(() -> register.signPledge(s.election, new Pledge.Request(s.candidate(2),
        LocalDate.now().plusDays(3), null), s.orgDepartment))).containsExactly("SIGNED_ON_NOT_FUTURE");
    register.signPledge(s.election, new Pledge.Request(s.candidate(22), LocalDate.now(), "自愿签订"), s.orgDepartment);

    conclude(s.discipline, report(s, s.candidate(3)), confirmed());
    List<String> missing = register.withoutPledge(s.election);
    assertThat(missing).hasSize(19).doesNotContain(s.candidate(1), s.candidate(3), s.candidate(22));
    assertThat(register.pledges(s.election)).extracting(Pledge::memberId)
        .containsExactlyInAnyOrder(s.candidate(1), s.candidate(22));
  }
}
