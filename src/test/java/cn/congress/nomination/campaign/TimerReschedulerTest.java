package cn.congress.nomination.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.calendar.WorkingDayCalendar;
import cn.congress.nomination.election.Deadline;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.ScheduleStep;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.security.Viewer;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.EngineTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deadlines from the schedule, and pending timers moved when the schedule changes (through the API). */
@EngineTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimerReschedulerTest {

  private final CampaignFixture district = new CampaignFixture("trs-");

  @LocalServerPort int port;
  @Autowired Deadlines deadlines;
  @Autowired ElectionService elections;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired UserAccounts accounts;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void fixture() {
    district.create(organizations, groups, accounts);
    district.election(elections, "trs-e1");
    district.election(elections, "trs-e2");
    district.election(elections, "trs-e3");
    repositoryService.createDeployment().name("deadline-test").addClasspathResource("campaign/deadline-test.bpmn20.xml")
        .deploy();
  }

  @Test
  void dueAtTheEndOfTheDay_reminderTwoWorkingDaysBefore_optionalStepsFallBack() {
    assertThat(deadlines.dueOf("trs-e3", "NOMINATION")).isEqualTo(beijing(LocalDateTime.of(2026, 12, 12, 0, 0)));
    assertThat(deadlines.dueOf("trs-e3", "BRANCH_NOMINATION")).isEqualTo(deadlines.dueOf("trs-e3", "NOMINATION"));
    // Friday 2026-12-11: two working days before is Wednesday the 9th
    assertThat(deadlines.reminderOf("trs-e3", "NOMINATION")).isEqualTo(beijing(LocalDateTime.of(2026, 12, 9, 9, 0)));
    // INSPECTION_TARGETS Wednesday 12-16 → Monday 12-14
    assertThat(deadlines.reminderOf("trs-e3", "INSPECTION_TARGETS"))
        .isEqualTo(beijing(LocalDateTime.of(2026, 12, 14, 9, 0)));
    assertThatThrownBy(() -> deadlines.dueOf("trs-e3", "CREDENTIALS")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("代表资格审查").hasMessageContaining("截止日期");
  }

  @Test
  void scheduleChange_movesTheDeadlineTimersOfThatElectionOnly() {
    String mine = start("trs-e1");
    String other = start("trs-e2");
    Date otherBefore = due(other, "Timer_Deadline");
    Date durationBefore = due(mine, "Timer_Other");

    Api orgDepartment = Api.as(port, district.orgDepartment, CampaignFixture.PASSWORD);
    String schedule = district.config("x").get("schedule").toString().replace("2026-12-11", "2026-12-15");
    Api.Response changed = orgDepartment.put("/api/elections/trs-e1/schedule", schedule);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    assertThat(due(mine, "Timer_Deadline")).isEqualTo(beijing(LocalDateTime.of(2026, 12, 16, 0, 0)));
    assertThat(due(mine, "Timer_Reminder")).isEqualTo(beijing(LocalDateTime.of(2026, 12, 11, 9, 0)));
    assertThat(due(mine, "Timer_Other")).isEqualTo(durationBefore);
    assertThat(due(other, "Timer_Deadline")).isEqualTo(otherBefore);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ELECTION_SCHEDULE_CHANGED' "
        + "and subject_id = 'trs-e1'", Integer.class)).isEqualTo(1);
  }

  @Test
  void aScheduleOutOfOrderIsRefused_andOnlyManagersChangeIt() {
    String schedule = district.config("x").get("schedule").toString().replace("2026-12-11", "2026-12-30");
    Api.Response refused = Api.as(port, district.orgDepartment, CampaignFixture.PASSWORD)
        .put("/api/elections/trs-e2/schedule", schedule);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("DEADLINE_ORDER");
    assertThat(Api.as(port, district.secretary, CampaignFixture.PASSWORD)
        .put("/api/elections/trs-e2/schedule", district.config("x").get("schedule").toString()).status()).isEqualTo(403);
    assertThatThrownBy(() -> elections.replaceSchedule("trs-e2", List.of(), Viewer.system("test")))
        .isInstanceOf(ValidationException.class);
  }

  private String start(String election) {
    return runtimeService.startProcessInstanceByKey("DeadlineTestProcess", Map.of("electionId", election)).getId();
  }

  private Date due(String instance, String timer) {
    String definition = managementService.createJobDefinitionQuery().activityIdIn(timer)
        .processDefinitionKey("DeadlineTestProcess").singleResult().getId();
    return managementService.createJobQuery().processInstanceId(instance).jobDefinitionId(definition).singleResult()
        .getDuedate();
  }

  private static Date beijing(LocalDateTime time) {
    return Date.from(time.atZone(WorkingDayCalendar.BEIJING).toInstant());
  }
}
