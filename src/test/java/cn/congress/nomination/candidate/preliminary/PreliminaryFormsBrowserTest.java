package cn.congress.nomination.candidate.preliminary;

import static cn.congress.nomination.candidate.preliminary.PreliminaryCandidatesProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.EngineTest;
import cn.congress.nomination.support.Tasklist;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A preliminary-candidate form in Tasklist, in a real (headless) browser, with the helpers of the shared form script
 * (/forms/shared/nomination-forms.js): the organization department's briefing form loads the saved briefing; once the
 * opinions are cleared it cannot complete before saving, saving is refused by the server with the rule shown, the
 * corrected briefing is saved and the task completes (the process moves on to the plenary's vote).
 */
@EngineTest
@Tag("browser")
@Import(TestInitialCandidates.class)
// A context of its own, started when this class runs (see InspectionTargetsFormsBrowserTest).
@org.springframework.test.context.TestPropertySource(properties = "nomination.test.context=preliminary-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreliminaryFormsBrowserTest {

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired ElectionService electionService;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PreliminaryCandidates candidates;

  private PreliminaryScenario s;
  private ProcessInstance pi;
  private Tasklist tasklist;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> tasklist == null ? null : tasklist.browser());

  @BeforeAll
  void fixture() throws Exception {
    s = new PreliminaryScenario("pcb").create(organizations, groups, members, accounts, electionService, json, jdbc, 21);
    pi = s.start(repositoryService, runtimeService);
    candidates.saveBriefing(s.election, new Briefing.Request(LocalDate.now().minusDays(1), List.of(
        new Briefing.Attendance(Briefing.Group.DEMOCRATIC_PARTIES, 8, "民革、民盟、民建等负责人"),
        new Briefing.Attendance(Briefing.Group.FEDERATION_OF_INDUSTRY_AND_COMMERCE, 2, "区工商联主席、副主席"),
        new Briefing.Attendance(Briefing.Group.NON_PARTY_FIGURES, 3, "无党派人士代表")), "暂存"), s.orgDepartment);
    tasklist = Tasklist.start(port, PreliminaryScenario.PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) tasklist.close();
  }

  @Test
  void departmentCorrectsAndSavesTheBriefing_thenCompletes() {
    String brief = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BRIEF)
        .singleResult().getId();
    tasklist.login(s.orgDepartment);
    tasklist.openTask(s.orgDepartment, brief, "preliminaryBriefing");
    assertThat(tasklist.browser().visible(By.cssSelector(".pc-opinions")).getDomProperty("value")).isEqualTo("暂存");

    tasklist.browser().type(By.cssSelector(".pc-opinions"), " ");
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".pc-errors")).getText()).contains("请先保存通报情况");
    tasklist.press(By.cssSelector(".pc-save"));
    assertThat(tasklist.browser().visible(By.cssSelector(".pc-violation[data-rule='REQUIRED']")).getText())
        .contains("须记录听取的意见");
    tasklist.browser().screenshot("preliminary-1-briefing-refused");

    tasklist.browser().type(By.cssSelector(".pc-opinions"), "无不同意见");
    tasklist.press(By.cssSelector(".pc-save"));
    tasklist.browser().visible(By.cssSelector(".pc-saved"));
    tasklist.press(Tasklist.COMPLETE);
    tasklist.browser().until(d -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_VOTE).count() == 1);
    tasklist.browser().screenshot("preliminary-2-briefing-done");
    assertThat(candidates.briefing(s.election).orElseThrow().opinions()).isEqualTo("无不同意见");
  }
}
