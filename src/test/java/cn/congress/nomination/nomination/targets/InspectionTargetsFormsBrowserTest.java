package cn.congress.nomination.nomination.targets;

import static cn.congress.nomination.nomination.targets.InspectionTargetsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.EngineTest;
import cn.congress.nomination.support.Tasklist;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two inspection-target forms in Tasklist, in a real (headless) browser: the second standing committee member confirms
 * the proposal (the decision travels as a Boolean variable), then a recommending unit's staff gives its opinion: a
 * disagreement without a remark is refused with the rule shown, a remark on a name is accepted, the task completes.
 */
@EngineTest
@Tag("browser")
// A context of its own, started when this class runs: the webapps find the engine through the JVM-wide runtime
// container, which a context closed earlier under the same engine name (DataSurvivesRestartTest) leaves without one.
@org.springframework.test.context.TestPropertySource(properties = "nomination.test.context=targets-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionTargetsFormsBrowserTest {

  private static final By COMPLETE = Tasklist.COMPLETE;

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
  @Autowired IdentityService identityService;
  @Autowired InspectionTargets targets;

  private TargetsScenario s;
  private ProcessInstance pi;
  private Tasklist tasklist;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> tasklist == null ? null : tasklist.browser());

  @BeforeAll
  void fixture() throws Exception {
    s = new TargetsScenario("itb").create(organizations, groups, members, accounts, electionService, json, jdbc, false);
    pi = s.start(repositoryService, runtimeService);
    List<MeetingVote> votes = new ArrayList<>();
    s.targets(1, 24).forEach(id -> votes.add(new MeetingVote(id, 9, true, null)));
    targets.saveDraft(s.election, TargetStage.PROPOSAL, new TargetDraft(11, 10, "同意", votes, Map.of()), s.committee);
    String propose = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_PROPOSE)
        .singleResult().getId();
    List<String> ids = identityService.createGroupQuery().groupMember(s.committee).list().stream().map(Group::getId)
        .toList();
    identityService.setAuthentication(s.committee, ids);
    try {
      taskService.complete(propose);
    } finally {
      identityService.clearAuthentication();
    }
    tasklist = Tasklist.start(port, TargetsScenario.PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) tasklist.close();
  }

  @Test
  void secondMemberConfirmsTheProposal_unitGivesItsOpinion() {
    String confirm = taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CONFIRM_PROPOSAL).singleResult().getId();
    tasklist.login(s.committee2);
    tasklist.openTask(s.committee2, confirm, "targetConfirmProposal");
    tasklist.awaitRows(By.cssSelector(".tg-votes tbody tr"), 24);
    tasklist.press(By.cssSelector(".tg-yes"));
    tasklist.browser().screenshot("targets-1-confirm");
    tasklist.press(COMPLETE);
    tasklist.browser().until(d -> targets.meeting(s.election, TargetStage.PROPOSAL)
        .filter(m -> m.status() == MeetingStatus.CONFIRMED).isPresent());
    tasklist.logout();

    String unit = s.units.get(0);
    String opinion = tasklist.browser().until(d -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_GIVE_OPINION).taskCandidateGroup(unit).singleResult()).getId();
    tasklist.login(s.staff(unit));
    tasklist.openTask(s.staff(unit), opinion, "targetOpinion");
    tasklist.awaitRows(By.cssSelector(".tg-list tbody tr"), 24);
    tasklist.press(By.cssSelector(".tg-no"));
    tasklist.press(By.cssSelector(".tg-save"));
    WebElement refused = tasklist.browser().visible(By.cssSelector(".tg-violation[data-rule='DISAGREEMENT_EXPLAINED']"));
    assertThat(refused.getText()).contains("不同意建议名单时须说明意见");
    tasklist.browser().screenshot("targets-2-opinion-refused");

    tasklist.browser().type(
        By.cssSelector(".tg-list tbody tr[data-member='" + s.target(3) + "'] .tg-name-remark"), "建议调整");
    tasklist.press(By.cssSelector(".tg-save"));
    tasklist.browser().visible(By.cssSelector(".tg-saved"));
    tasklist.press(COMPLETE);
    TargetOpinion given = tasklist.browser().until(d -> targets.opinions(s.election).stream()
        .filter(o -> o.unitId().equals(unit) && o.submitted()).findFirst().orElse(null));
    tasklist.browser().screenshot("targets-3-opinion-given");
    assertThat(given.agrees()).isFalse();
    assertThat(given.givenBy()).isEqualTo(s.staff(unit));
    assertThat(given.nameRemarks()).containsExactly(new TargetOpinion.NameRemark(s.target(3), "建议调整"));
  }
}
