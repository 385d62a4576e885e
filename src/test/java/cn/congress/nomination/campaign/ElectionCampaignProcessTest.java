package cn.congress.nomination.campaign;

import static cn.congress.nomination.campaign.ElectionCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.congress.nomination.election.Deadline;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.ElectionStatus;
import cn.congress.nomination.election.Elections;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.fanout.FanOutIds;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.security.CurrentViewer;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.security.Viewer;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The campaign process up to the inspection targets, with stand-ins for the recommending units' process and the
 * inspection targets process (other helpers' models). The job executor is off: the test runs batches and timers.
 */
@EngineTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionCampaignProcessTest {

  private final CampaignFixture district = new CampaignFixture("ecp-");
  private final String emptyUnit = "ecp-eu-empty";
  private String standIns;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CampaignService campaigns;
  @Autowired ScheduleService schedules;
  @Autowired ElectionService electionService;
  @Autowired Elections elections;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired UserAccounts accounts;
  @Autowired CurrentViewer currentViewer;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.congress.nomination.meeting.MeetingRecords meetings;

  @BeforeAll
  void fixture() {
    district.create(organizations, groups, accounts);
    organizations.insert(List.of(new Organization(emptyUnit, district.upper, "无推荐单位的选举单位",
        OrganizationType.ELECTORAL_UNIT, null, "/" + district.upper + "/" + emptyUnit + "/", 1, 9)));
    standIns = repositoryService.createDeployment().name("campaign-stand-ins")
        .addClasspathResource("campaign/stand-in-recommending-unit.bpmn20.xml")
        .addClasspathResource("campaign/stand-in-inspection-targets.bpmn20.xml")
        .addClasspathResource("campaign/stand-in-candidate-inspection.bpmn20.xml")
        .addClasspathResource("campaign/stand-in-initial-candidates.bpmn20.xml")
        .addClasspathResource("campaign/stand-in-preliminary-candidates.bpmn20.xml")
        .addClasspathResource("campaign/stand-in-congress-election.bpmn20.xml").deploy().getId();
  }

  /**
   * The stand-ins carry the real processes' keys: removed with everything they ran, so that tests sharing this
   * application context (EngineTest) find the real models as the latest versions again.
   */
  @AfterAll
  void removeStandIns() {
    runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKeyLike("ecp-%").list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
    repositoryService.deleteDeployment(standIns, true);
  }

  @BeforeEach
  void engine() {
    init(engine);
  }

  @Test
  void normal_roundOneGoesDown_allUnitsFile_targetsInspectionsInitialAndPreliminaryCandidates_ends() {
    ProcessInstance campaign = start("ecp-1");
    assertThat(campaign).isWaitingAt(TASK_AWAIT_UNIT_LISTS).hasPassed(TASK_SEND_DOWN_ROUND_ONE,
        TASK_START_RECOMMENDING_UNITS);
    org.assertj.core.api.Assertions.assertThat(elections.get("ecp-1").status()).isEqualTo(ElectionStatus.ACTIVE);
    org.assertj.core.api.Assertions.assertThat(jdbc.queryForList("select body from notice where election_id = "
        + "'ecp-1' and kind = 'ROUND_ONE' and organization_id = ?", String.class, district.units.get(0)))
        .singleElement().asString().contains("本单位名额：11").contains("应推荐人选数：17").contains("推荐提名：2026-12-11");
    org.assertj.core.api.Assertions.assertThat(notices("ecp-1", "ROUND_ONE")).hasSize(23);

    startUnits("ecp-1");
    org.assertj.core.api.Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CHILD_PROCESS).processInstanceBusinessKeyLike("ecp-1/%").count()).isEqualTo(23);
    district.units.forEach(unit -> file("ecp-1", unit));

    assertThat(campaign).isWaitingAt(CALL_INSPECTION_TARGETS);
    runJobAt(campaign, CALL_INSPECTION_TARGETS);
    ProcessInstance targets = runtimeService.createProcessInstanceQuery().processDefinitionKey(INSPECTION_TARGETS_PROCESS)
        .processInstanceBusinessKey("ecp-1").singleResult();
    assertThat(targets).hasVariables("electionId", "electoralUnitId", "organizationId");
    fixTargets("ecp-1", List.of("ecp-1-t1", "ecp-1-t2"));
    runtimeService.createMessageCorrelation("StandInTargetsFixed").processInstanceId(targets.getId()).correlate();

    // one inspection per fixed target, each completion continued by a job of its own
    assertThat(campaign).isWaitingAt(CALL_INSPECTIONS);
    runJobs(campaign);
    List<ProcessInstance> inspections = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(INSPECTION_PROCESS).superProcessInstanceId(campaign.getId()).list();
    org.assertj.core.api.Assertions.assertThat(inspections).extracting(p -> runtimeService.getVariable(p.getId(),
        "memberId")).containsExactlyInAnyOrder("ecp-1-t1", "ecp-1-t2");
    inspections.forEach(p -> runtimeService.createMessageCorrelation("StandInInspected").processInstanceId(p.getId())
        .correlate());
    runJobs(campaign);
    assertThat(campaign).isWaitingAt(CALL_INITIAL_CANDIDATES);
    endStandIn(campaign, INITIAL_CANDIDATES_PROCESS, "StandInInitialFixed");
    assertThat(campaign).isWaitingAt(CALL_PRELIMINARY_CANDIDATES);
    endStandIn(campaign, PRELIMINARY_CANDIDATES_PROCESS, "StandInPreliminaryApproved");
    assertThat(campaign).isWaitingAt(CALL_CONGRESS_ELECTION);
    endStandIn(campaign, CONGRESS_ELECTION_PROCESS, "StandInDelegatesConfirmed");
    assertThat(campaign).isEnded().hasPassed(END_DELEGATES_ELECTED);
    org.assertj.core.api.Assertions.assertThat(campaigns.read("ecp-1", orgDepartment()).status()).isEqualTo("ENDED");
  }

  @Test
  void reminder_goesToTheLateUnitsOnly_theCampaignGoesOnWaiting() {
    ProcessInstance campaign = start("ecp-2");
    startUnits("ecp-2");
    district.units.subList(0, 20).forEach(unit -> file("ecp-2", unit));

    runJobAt(campaign, TIMER_NOMINATION_REMINDER);

    assertThat(campaign).hasPassed(TASK_REMIND_LATE_UNITS).isWaitingAt(TASK_AWAIT_UNIT_LISTS);
    org.assertj.core.api.Assertions.assertThat(notices("ecp-2", "REMINDER"))
        .containsExactlyInAnyOrderElementsOf(district.units.subList(20, 23));
  }

  @Test
  void escalation_oneTaskForTheElectoralUnitListsTheLateUnits_actionRequiredAndRecorded_unitsNotCancelled() throws Exception {
    ProcessInstance campaign = start("ecp-3");
    startUnits("ecp-3");
    district.units.subList(0, 21).forEach(unit -> file("ecp-3", unit));

    runJobAt(campaign, TIMER_NOMINATION_DEADLINE);

    assertThat(campaign).isWaitingAt(TASK_AWAIT_UNIT_LISTS, TASK_CHASE_LATE_UNITS);
    Task chase = task(TASK_CHASE_LATE_UNITS, campaign);
    assertThat(chase).hasCandidateGroup(district.unit).hasFormKey("embedded:/forms/chase-late-units.html");
    JsonNode late = CampaignFixture.JSON.readTree(Api.as(port, district.orgDepartment, CampaignFixture.PASSWORD)
        .get("/api/fan-outs/" + FanOutIds.units("ecp-3") + "/late").body());
    org.assertj.core.api.Assertions.assertThat(late).hasSize(2);
    org.assertj.core.api.Assertions.assertThat(late.get(0).get("name").asText()).isEqualTo("第22街道党工委");
    org.assertj.core.api.Assertions.assertThat(Api.as(port, district.secretary, CampaignFixture.PASSWORD)
        .get("/api/fan-outs/" + FanOutIds.units("ecp-3") + "/late").status()).isEqualTo(403);

    assertThatThrownBy(() -> taskService.complete(chase.getId())).hasMessageContaining("CHASE_ACTION_REQUIRED");
    taskService.complete(chase.getId(), Map.of(VAR_CHASE_ACTION, "已电话催办，限三日内报送"));
    runJobAt(campaign, TASK_CHASE_LATE_UNITS);

    assertThat(campaign).hasPassed("End_LateUnitsChased").isWaitingAt(TASK_AWAIT_UNIT_LISTS);
    org.assertj.core.api.Assertions.assertThat(notices("ecp-3", "LATE"))
        .containsExactlyInAnyOrderElementsOf(district.units.subList(21, 23));
    org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select detail from audit_entry where action = "
        + "'LATE_UNITS_CHASED' and subject_id = 'ecp-3'", String.class)).contains("已电话催办").contains(district.units.get(22));
    org.assertj.core.api.Assertions.assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CHILD_PROCESS).processInstanceBusinessKeyLike("ecp-3/%").active().count()).isEqualTo(2);

    district.units.subList(21, 23).forEach(unit -> file("ecp-3", unit));
    assertThat(campaign).isWaitingAt(CALL_INSPECTION_TARGETS);
  }

  @Test
  void escalationTaskStillOpen_endsWhenTheLastUnitFiles() {
    ProcessInstance campaign = start("ecp-4");
    startUnits("ecp-4");
    runJobAt(campaign, TIMER_NOMINATION_DEADLINE);
    assertThat(campaign).isWaitingAt(TASK_CHASE_LATE_UNITS);

    district.units.forEach(unit -> file("ecp-4", unit));

    assertThat(campaign).isWaitingAt(CALL_INSPECTION_TARGETS).isNotWaitingAt(TASK_CHASE_LATE_UNITS);
    org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().processInstanceId(campaign.getId()).count())
        .isZero();
  }

  @Test
  void scheduleChange_movesThePendingReminderAndDeadline() {
    ProcessInstance campaign = start("ecp-5");
    List<Deadline> moved = new ArrayList<>();
    for (Deadline d : elections.get("ecp-5").schedule()) {
      moved.add(d.step() == ScheduleStep.NOMINATION ? new Deadline(d.step(), LocalDate.of(2026, 12, 15)) : d);
    }

    schedules.replace("ecp-5", moved, orgDepartment());

    org.assertj.core.api.Assertions.assertThat(timer(campaign, TIMER_NOMINATION_DEADLINE).getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2026, 12, 16).atStartOfDay(cn.congress.nomination.calendar.WorkingDayCalendar.BEIJING).toInstant()));
    org.assertj.core.api.Assertions.assertThat(timer(campaign, TIMER_NOMINATION_REMINDER).getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2026, 12, 11).atTime(9, 0).atZone(cn.congress.nomination.calendar.WorkingDayCalendar.BEIJING).toInstant()));
  }

  @Test
  void zeroUnits_theBatchJobCorrelatesTheCampaignAtOnce() {
    district.election(electionService, "ecp-6");
    ProcessInstance campaign = runtimeService.createProcessInstanceByKey(KEY).businessKey("ecp-6")
        .setVariables(Map.of(VAR_ELECTION_ID, "ecp-6", VAR_ELECTORAL_UNIT_ID, emptyUnit))
        .startBeforeActivity(TASK_START_RECOMMENDING_UNITS).execute();
    assertThat(campaign).isWaitingAt(TASK_AWAIT_UNIT_LISTS);

    startUnits("ecp-6");

    assertThat(campaign).isWaitingAt(CALL_INSPECTION_TARGETS);
  }

  @Test
  void startedTwice_refused() {
    start("ecp-7");
    assertThatThrownBy(() -> campaigns.start("ecp-7", orgDepartment())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("不能启动").satisfies(e -> org.assertj.core.api.Assertions.assertThat(
            ((ValidationException) e).violations()).extracting(v -> v.rule()).containsExactly("CAMPAIGN_ALREADY_STARTED"));
  }

  private ProcessInstance start(String electionId) {
    district.election(electionService, electionId);
    return runtimeService.createProcessInstanceQuery().processInstanceId(
        campaigns.start(electionId, orgDepartment()).processInstanceId()).singleResult();
  }

  private Viewer orgDepartment() {
    return currentViewer.of(district.orgDepartment);
  }

  /** Runs the fan-out's batch jobs until all recommending units' processes are started. */
  private void startUnits(String electionId) {
    String batch = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("FanOutBatchProcess")
        .processInstanceBusinessKey(FanOutIds.units(electionId)).singleResult().getId();
    for (Job job; (job = managementService.createJobQuery().processInstanceId(batch).singleResult()) != null; ) {
      managementService.executeJob(job.getId());
    }
  }

  private void file(String electionId, String unit) {
    runtimeService.createMessageCorrelation("StandInUnitFiled").processInstanceBusinessKey(electionId + "/" + unit)
        .correlate();
  }

  /** The standing committee fixed these targets (二上), as InspectionTargetsProcess leaves it. */
  private void fixTargets(String electionId, List<String> ids) {
    var votes = ids.stream().map(id -> new cn.congress.nomination.meeting.MeetingVote(id, 9, true, null)).toList();
    var ranking = ids.stream().map(id -> new cn.congress.nomination.meeting.RankedName(id, id, 1, 1)).toList();
    long id = meetings.record(electionId, district.unit, cn.congress.nomination.meeting.MeetingKind.TARGET_DECISION,
        new cn.congress.nomination.meeting.MeetingDraft(11, 10, "确定考察对象", votes), ranking, "test");
    meetings.confirm(id, "test-2");
  }

  /** Runs the campaign's pending continuations (asynchronous jobs, not timers) until none is left. */
  private void runJobs(ProcessInstance campaign) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(campaign.getId()).messages().list()).isEmpty()) {
      jobs.forEach(j -> managementService.executeJob(j.getId()));
    }
  }

  /** The called stand-in ends (its message), the campaign's continuation job runs. */
  private void endStandIn(ProcessInstance campaign, String key, String message) {
    runJobs(campaign);
    ProcessInstance child = runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
        .superProcessInstanceId(campaign.getId()).singleResult();
    runtimeService.createMessageCorrelation(message).processInstanceId(child.getId()).correlate();
    runJobs(campaign);
  }

  private void runJobAt(ProcessInstance instance, String activityId) {
    managementService.executeJob(timer(instance, activityId).getId());
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private List<String> notices(String electionId, String kind) {
    return jdbc.queryForList("select organization_id from notice where election_id = ? and kind = ?", String.class,
        electionId, kind);
  }
}
