package cn.congress.nomination.candidate.initial;

import static cn.congress.nomination.candidate.initial.InitialCandidatesProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.meeting.Meeting;
import cn.congress.nomination.meeting.MeetingDraft;
import cn.congress.nomination.meeting.MeetingKind;
import cn.congress.nomination.meeting.MeetingRecords;
import cn.congress.nomination.meeting.MeetingStatus;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.meeting.RankedName;
import cn.congress.nomination.nomination.targets.InspectionTargets;
import cn.congress.nomination.nomination.targets.TargetsScenario;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Browser;
import cn.congress.nomination.support.EngineTest;
import cn.congress.nomination.support.Tasklist;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two initial-candidate forms in Tasklist, in a real (headless) browser, with the helpers of the shared form script
 * (/forms/shared/nomination-forms.js): the standing committee saves its proposal draft through the domain API and
 * completes the task (the server records the meeting); the second member's confirmation is refused in the form until a
 * choice is made, then completes with the choice as the Boolean variable proposalConfirmed.
 */
@EngineTest
@Tag("browser")
// A context of its own, started when this class runs (see InspectionTargetsFormsBrowserTest).
@org.springframework.test.context.TestPropertySource(properties = "nomination.test.context=initial-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitialCandidatesFormsBrowserTest {

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
  @Autowired InspectionTargets targets;
  @Autowired MeetingRecords meetings;
  @Autowired InitialCandidates candidates;

  private TargetsScenario s;
  private ProcessInstance pi;
  private Tasklist tasklist;

  @RegisterExtension
  final TestWatcher screenshots = Browser.screenshotOnFailure(() -> tasklist == null ? null : tasklist.browser());

  @BeforeAll
  void fixture() throws Exception {
    s = new TargetsScenario("icb").create(organizations, groups, members, accounts, electionService, json, jdbc, false);
    // the standing committee fixed 24 targets (二上), as InspectionTargetsProcess leaves it
    targets.merge(s.election);
    List<String> fixed = s.targets(1, 24);
    long decision = meetings.record(s.election, s.district, MeetingKind.TARGET_DECISION,
        new MeetingDraft(11, 10, "确定考察对象", fixed.stream().map(id -> new MeetingVote(id, 9, true, null)).toList()),
        fixed.stream().map(id -> new RankedName(id, id, 1, 1)).toList(), s.committee);
    meetings.confirm(decision, s.committee2);
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
        .singleResult();
    pi = runtimeService.startProcessInstanceById(definition.getId(), s.election,
        Map.of(ELECTION_ID, s.election, ELECTORAL_UNIT_ID, s.district));
    // 21 of the targets proposed, as the committee's draft so far
    candidates.saveDraft(s.election, InitialStage.PROPOSAL, new MeetingDraft(11, 10, "同意以上人选为代表候选人初步人选",
        s.targets(1, 21).stream().map(id -> new MeetingVote(id, 9, true, null)).toList()), s.committee);
    tasklist = Tasklist.start(port, TargetsScenario.PASSWORD);
  }

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) tasklist.close();
  }

  private String task(String key) {
    return tasklist.browser().until(d -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(key).singleResult()).getId();
  }

  @Test
  void committeeProposes_secondMemberConfirms() {
    tasklist.login(s.committee);
    tasklist.openTask(s.committee, task(TASK_PROPOSE), "initialProposal");
    tasklist.awaitRows(By.cssSelector(".tg-pool tbody tr"), 24);
    assertThat(tasklist.browser().driver().findElements(By.cssSelector(".tg-pick:checked"))).hasSize(21);
    tasklist.press(By.cssSelector(".tg-save"));
    assertThat(tasklist.browser().visible(By.cssSelector(".tg-saved")).getText()).contains("已选 21 名");
    tasklist.browser().screenshot("initial-1-proposal-saved");
    tasklist.press(Tasklist.COMPLETE);
    tasklist.browser().until(d -> candidates.meeting(s.election, InitialStage.PROPOSAL)
        .filter(m -> m.status() == MeetingStatus.RECORDED).isPresent());
    tasklist.logout();

    tasklist.login(s.committee2);
    tasklist.openTask(s.committee2, task(TASK_CONFIRM_PROPOSAL), "initialConfirmProposal");
    tasklist.awaitRows(By.cssSelector(".tg-votes tbody tr"), 21);
    tasklist.press(Tasklist.COMPLETE);
    assertThat(tasklist.browser().visible(By.cssSelector(".tg-errors")).getText()).contains("请选择确认或退回");
    tasklist.browser().screenshot("initial-2-confirm-refused");
    tasklist.press(By.cssSelector(".tg-yes"));
    tasklist.press(Tasklist.COMPLETE);
    Meeting confirmed = tasklist.browser().until(d -> candidates.meeting(s.election, InitialStage.PROPOSAL)
        .filter(m -> m.status() == MeetingStatus.CONFIRMED).orElse(null));
    assertThat(confirmed.votes().stream().filter(Meeting.Vote::selected).map(Meeting.Vote::memberId))
        .containsExactlyInAnyOrderElementsOf(s.targets(1, 21));
    tasklist.browser().until(d -> taskService.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_CONSULT_DISCIPLINE).count() == 1);
  }
}
