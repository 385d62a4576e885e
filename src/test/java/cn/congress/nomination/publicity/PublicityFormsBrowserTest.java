package cn.congress.nomination.publicity;

import static cn.congress.nomination.publicity.PublicityProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.candidate.CandidateRemovals;
import cn.congress.nomination.candidate.Removal;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.EngineTest;
import cn.congress.nomination.support.Tasklist;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * The verification form in Tasklist, in a real (headless) browser: the discipline commission's user opens the task of
 * a public objection, sees the objection, is stopped without a conclusion, then concludes SUBSTANTIATED with findings;
 * the name is removed.
 */
@EngineTest
@Tag("browser")
// A context of its own, started when this class runs (see InspectionTargetsFormsBrowserTest)
@org.springframework.test.context.TestPropertySource(properties = "nomination.test.context=publicity-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicityFormsBrowserTest {

  @LocalServerPort int port;
  @Autowired Organizations organizations;
  @Autowired OrganizationGroups groups;
  @Autowired Members members;
  @Autowired UserAccounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired Publicities publicities;
  @Autowired CandidateRemovals removals;

  private PublicityScenario s;
  private String publicityId;
  private Objection objection;
  private Tasklist tasklist;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> tasklist == null ? null : tasklist.browser());

  @BeforeAll
  void fixture() {
    s = new PublicityScenario("pbb").create(organizations, groups, members, accounts, jdbc);
    // published on a fixed day (the engine's clock moved there for the opening and the objection only)
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-03-05T02:00:00Z")));
    try {
      publicityId = publicities.open(s.election, PublicitySubject.INITIAL_CANDIDATES, s.candidates(),
          LocalDate.of(2025, 3, 5), s.orgDepartment);
      runtimeService.startProcessInstanceByKey(KEY, Map.of(ELECTION_ID, s.election, PUBLICITY_ID, publicityId));
      objection = publicities.receivePublic(publicityId,
          new ObjectionRequest(s.candidate(2), PublicityProcessTest.SPECIFIC, "13800000000", null), "198.51.100.7");
    } finally {
      ClockUtil.reset();
    }
    tasklist = Tasklist.start(port, PublicityScenario.PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) tasklist.close();
  }

  @Test
  void disciplineCommissionConcludesAnObjectionInTasklist_nameRemoved() {
    String processInstanceId = publicities.get(publicityId).processInstanceId();
    String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(TASK_VERIFY)
        .singleResult().getId();
    tasklist.login(s.discipline);
    tasklist.openTask(s.discipline, taskId, "publicityVerify");
    Browser browser = tasklist.browser();
    assertThat(browser.visible(By.cssSelector(".pb-member")).getText()).contains("李秀英");
    assertThat(browser.visible(By.cssSelector(".pb-content")).getText()).contains("设备采购");
    assertThat(browser.visible(By.cssSelector(".pb-channel")).getText()).isEqualTo("网上反映");

    tasklist.press(Tasklist.COMPLETE);
    assertThat(browser.visible(By.cssSelector(".pb-errors")).getText()).contains("请选择核查结论");
    assertThat(publicities.objection(publicityId, objection.id()).isConcluded()).isFalse();

    tasklist.press(By.cssSelector("input[name='pb-conclusion'][value='SUBSTANTIATED']"));
    browser.type(By.cssSelector(".pb-findings"), "经调取转账记录并约谈本人，反映问题属实");
    browser.screenshot("publicity-1-verify");
    tasklist.press(Tasklist.COMPLETE);

    Removal removal = browser.until(d -> removals.find(s.election, s.candidate(2)).orElse(null));
    assertThat(removal.rule()).isEqualTo("OBJECTION_SUBSTANTIATED");
    assertThat(removal.removedBy()).isEqualTo(s.discipline);
    Objection concluded = publicities.objection(publicityId, objection.id());
    assertThat(concluded.conclusion()).isEqualTo(Conclusion.SUBSTANTIATED);
    assertThat(concluded.findings()).contains("转账记录");
  }
}
