package cn.congress.nomination.inspection;

import static cn.congress.nomination.inspection.CandidateInspectionProcess.*;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An inspection form in Tasklist, in a real (headless) browser, with the helpers of the shared form script
 * (/forms/shared/nomination-forms.js): the target's party organization cannot complete before saving its opinion, an
 * empty opinion is refused by the server with the rule and the Chinese field name shown, a full one is saved and the
 * task completes.
 */
@EngineTest
@Tag("browser")
// A context of its own, started when this class runs (see InspectionTargetsFormsBrowserTest).
@org.springframework.test.context.TestPropertySource(properties = "nomination.test.context=inspection-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionFormsBrowserTest {

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
  @Autowired ManagementService managementService;
  @Autowired Inspections inspections;

  private InspectionScenario s;
  private ProcessInstance pi;
  private Tasklist tasklist;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> tasklist == null ? null : tasklist.browser());

  @BeforeAll
  void fixture() throws Exception {
    s = new InspectionScenario("inb").create(organizations, groups, members, accounts, electionService, json, jdbc);
    pi = s.start(repositoryService, runtimeService, s.plain);
    tasklist = Tasklist.start(port, InspectionScenario.PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) tasklist.close();
  }

  /** The step's task, once the asynchronous continuations before it ran (here, or by the job executor). */
  private Task task(String key) {
    return tasklist.browser().until(d -> {
      for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException takenMeanwhile) {
          // the job executor ran it first
        }
      }
      return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    });
  }

  @Test
  void partyOrganizationSavesItsOpinionThenCompletes() {
    String task = task(TASK_PARTY_OPINION).getId();
    tasklist.login(s.unitStaff);
    tasklist.openTask(s.unitStaff, task, "inspectionPartyOpinion");
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".tg-errors")).getText()).contains("请先点击“保存意见”");

    tasklist.press(By.cssSelector(".in-save"));
    assertThat(tasklist.browser().visible(By.cssSelector(".tg-violation[data-rule='OPINION_GIVEN']")).getText())
        .contains("【意见｜OPINION_GIVEN】");
    tasklist.browser().screenshot("inspection-1-opinion-refused");

    tasklist.press(By.cssSelector(".in-yes"));
    tasklist.browser().type(By.cssSelector(".in-opinion"), "同意作为考察对象，未发现问题");
    tasklist.press(By.cssSelector(".in-save"));
    tasklist.browser().visible(By.cssSelector(".tg-saved"));
    tasklist.press(Tasklist.COMPLETE);
    Opinion given = tasklist.browser().until(d -> inspections.opinions(s.election, s.plain).stream()
        .filter(o -> o.source() == OpinionSource.PARTY_ORGANIZATION && o.submitted()).findFirst().orElse(null));
    tasklist.browser().screenshot("inspection-2-opinion-given");
    assertThat(given.agrees()).isTrue();
    assertThat(given.opinion()).isEqualTo("同意作为考察对象，未发现问题");
    assertThat(given.givenBy()).isEqualTo(s.unitStaff);
  }
}
