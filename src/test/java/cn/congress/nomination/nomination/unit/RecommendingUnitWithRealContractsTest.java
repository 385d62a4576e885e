package cn.congress.nomination.nomination.unit;

import static cn.congress.nomination.nomination.unit.RecommendingUnitProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.support.Await;
import cn.congress.nomination.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The unit's process with the real fan-out, notices, deadlines and branch process (nothing mocked, job executor on):
 * its branches are started in batches, a unit without branches is correlated at once, and the schedule's deadline
 * (already past in the reference election) opens one escalation task.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendingUnitWithRealContractsTest {

  final UnitFixture f = new UnitFixture("urc-");
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @BeforeAll
  void data(@Autowired Organizations organizations, @Autowired OrganizationGroups groups,
            @Autowired ElectionService elections) {
    f.insertTree(organizations, groups);
    f.createElection(elections);
  }

  String start(String unit) {
    return runtime.startProcessInstanceByKey(KEY, businessKey(f.electionId, unit),
        Map.of(VAR_ELECTION_ID, f.electionId, VAR_ORGANIZATION_ID, unit, VAR_FAN_OUT_ID, f.electionId + ":units-test"))
        .getId();
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Await.until(Duration.ofSeconds(60), what, condition);
  }

  @Test
  void branchesAreStartedAndALateDeadlineEscalatesOnce() throws Exception {
    String pi = start(f.unit);
    await("three branch processes", () -> runtime.createProcessInstanceQuery().processDefinitionKey(BRANCH_PROCESS_KEY)
        .variableValueEquals(VAR_ELECTION_ID, f.electionId).count() == 3);
    for (String branch : new String[] {f.branchA, f.branchB, f.branchC}) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey(f.electionId, branch))
          .count()).as(branch).isEqualTo(1);
    }
    await("the escalation task", () -> tasks.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(TASK_CHASE_LATE_BRANCHES).count() == 1);
    assertThat(runtime.createExecutionQuery().processInstanceId(pi).activityId(RECEIVE_TASK_BRANCHES_SUBMITTED).count())
        .isEqualTo(1);
  }

  @Test
  void unitWithoutBranchesIsCorrelatedAtOnce() throws Exception {
    String pi = start(f.emptyUnit);
    await("the review", () -> tasks.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(TASK_REVIEW_BRANCH_NOMINATIONS).count() == 1);
  }
}
