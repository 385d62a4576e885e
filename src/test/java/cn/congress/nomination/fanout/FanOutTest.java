package cn.congress.nomination.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.support.EngineTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fan-out and fan-in against the real engine and database: batches as separate jobs, exactly one correlation under
 * concurrent completions, no children, retries. The job executor is off: the test runs the jobs.
 */
@EngineTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FanOutTest {

  private static final String P = "fo-";
  private static final String ROOT = "/" + P + "upper/" + P + "eu/";
  private static final String CHILD = "FanOutTestChildProcess";
  private static final String DONE = "FanOutTestDone";

  @Autowired FanOuts fanOuts;
  @Autowired Organizations organizations;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void fixture() {
    List<Organization> tree = new ArrayList<>();
    tree.add(new Organization(P + "upper", null, "市委", OrganizationType.UPPER_COMMITTEE, null, "/" + P + "upper/", 0, 0));
    tree.add(new Organization(P + "eu", P + "upper", "区委", OrganizationType.ELECTORAL_UNIT, null, ROOT, 1, 0));
    unit(tree, "big", 1200);
    unit(tree, "small", 3);
    unit(tree, "empty", 0);
    organizations.insert(tree);
    repositoryService.createDeployment().name("fan-out-test")
        .addClasspathResource("fanout/fan-out-test-parent.bpmn20.xml")
        .addClasspathResource("fanout/fan-out-test-child.bpmn20.xml").deploy();
  }

  private static void unit(List<Organization> tree, String name, int branches) {
    String id = P + "ru-" + name;
    String path = ROOT + id + "/";
    tree.add(new Organization(id, P + "eu", name, OrganizationType.RECOMMENDING_UNIT, null, path, 2, tree.size()));
    for (int i = 1; i <= branches; i++) {
      String branch = id + "-br-%04d".formatted(i);
      tree.add(new Organization(branch, id, "支部" + i, OrganizationType.BRANCH, null, path + branch + "/", 3, i));
    }
  }

  @AfterEach
  void noFailure() {
    FanOutTestChildStep.failFor = null;
  }

  @Test
  void twelveHundredChildren_startInThreeBatches_concurrentCompletionsCorrelateOnce() throws Exception {
    String parent = parent();
    String fanOut = "e1:branches:big";
    assertThat(fanOuts.openForSubtree(fanOut, "e1", parent, DONE, CHILD, ROOT + P + "ru-big/", OrganizationType.BRANCH))
        .isEqualTo(1200);
    assertThat(fanOuts.status(fanOut).orElseThrow().started()).isZero();

    int batches = runBatchJobs(fanOut);

    assertThat(batches).isEqualTo(3);
    FanOutStatus status = fanOuts.status(fanOut).orElseThrow();
    assertThat(status.expected()).isEqualTo(1200);
    assertThat(status.started()).isEqualTo(1200);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CHILD)
        .processInstanceBusinessKeyLike("e1/" + P + "ru-big-br-%").count()).isEqualTo(1200);
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("e1/" + P + "ru-big-br-0007").variableValueEquals("fanOutId", fanOut)
        .variableValueEquals("organizationId", P + "ru-big-br-0007").variableValueEquals("electionId", "e1").count())
        .isEqualTo(1);

    List<String> children = fanOuts.late(fanOut);
    assertThat(children).hasSize(1200);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        done.add(threads.submit(() -> {
          for (int i = offset; i < children.size(); i += 8) fanOuts.recordCompletion(fanOut, children.get(i));
        }));
      }
      for (Future<?> f : done) f.get();
    } finally {
      threads.shutdown();
    }

    assertThat(fanOuts.late(fanOut)).isEmpty();
    assertThat(fanOuts.status(fanOut).orElseThrow().correlated()).isTrue();
    assertThat(correlations(parent)).isEqualTo(1);
  }

  @Test
  void noChildren_theBatchJobCorrelatesTheParent() {
    String parent = parent();
    String fanOut = "e2:branches:empty";
    assertThat(fanOuts.openForSubtree(fanOut, "e2", parent, DONE, CHILD, ROOT + P + "ru-empty/", OrganizationType.BRANCH))
        .isZero();
    assertThat(correlations(parent)).as("not before the job: the parent may still be in its transaction").isZero();

    runBatchJobs(fanOut);

    assertThat(correlations(parent)).isEqualTo(1);
    assertThat(fanOuts.status(fanOut).orElseThrow().correlated()).isTrue();
  }

  @Test
  void openingAgainAndRetriedJobsChangeNothing_childrenReportThroughTheDelegate() {
    String parent = parent();
    String fanOut = "e3:branches:small";
    String path = ROOT + P + "ru-small/";
    assertThat(fanOuts.openForSubtree(fanOut, "e3", parent, DONE, CHILD, path, OrganizationType.BRANCH)).isEqualTo(3);
    assertThat(fanOuts.openForSubtree(fanOut, "e3", parent, DONE, CHILD, path, OrganizationType.BRANCH)).isEqualTo(3);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(FanOutBatchProcess.KEY)
        .processInstanceBusinessKey(fanOut).count()).isEqualTo(1);

    // The batch fails at its second child: the whole batch rolls back, the retry starts each child once.
    FanOutTestChildStep.failFor = P + "ru-small-br-0002";
    Job first = batchJob(fanOut);
    managementService.executeJob(first.getId());
    Job batch = batchJob(fanOut);
    assertThatThrownBy(() -> managementService.executeJob(batch.getId())).hasMessageContaining("test failure");
    assertThat(fanOuts.status(fanOut).orElseThrow().started()).isZero();
    FanOutTestChildStep.failFor = null;
    runBatchJobs(fanOut);
    for (int i = 1; i <= 3; i++) {
      assertThat(runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey("e3/" + P + "ru-small-br-000" + i).count()).isEqualTo(1);
    }

    proceed("e3/" + P + "ru-small-br-0001");
    fanOuts.recordCompletion(fanOut, P + "ru-small-br-0001");
    proceed("e3/" + P + "ru-small-br-0002");
    assertThat(correlations(parent)).isZero();
    assertThat(fanOuts.late(fanOut)).containsExactly(P + "ru-small-br-0003");

    fanOuts.reopen(fanOut, P + "ru-small-br-0002");
    assertThat(fanOuts.late(fanOut)).containsExactly(P + "ru-small-br-0002", P + "ru-small-br-0003");
    fanOuts.recordCompletion(fanOut, P + "ru-small-br-0002");
    proceed("e3/" + P + "ru-small-br-0003");
    assertThat(correlations(parent)).isEqualTo(1);

    // Sent back after the parent moved on: open again, but the parent is not correlated a second time.
    fanOuts.reopen(fanOut, P + "ru-small-br-0003");
    fanOuts.recordCompletion(fanOut, P + "ru-small-br-0003");
    assertThat(fanOuts.correlateIfComplete(fanOut)).isFalse();
    assertThat(correlations(parent)).isEqualTo(1);
  }

  private String parent() {
    return runtimeService.startProcessInstanceByKey("FanOutTestParentProcess").getId();
  }

  private void proceed(String businessKey) {
    runtimeService.createMessageCorrelation("FanOutTestProceed").processInstanceBusinessKey(businessKey).correlate();
  }

  private long correlations(String parent) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(parent)
        .activityId("StartEvent_Done").count();
  }

  private Job batchJob(String fanOut) {
    String batch = runtimeService.createProcessInstanceQuery().processDefinitionKey(FanOutBatchProcess.KEY)
        .processInstanceBusinessKey(fanOut).singleResult().getId();
    return managementService.createJobQuery().processInstanceId(batch).singleResult();
  }

  /** Runs the batch process's jobs until it ends; returns how many batches (start-next-batch jobs) ran. */
  private int runBatchJobs(String fanOut) {
    String batch = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(FanOutBatchProcess.KEY)
        .processInstanceBusinessKey(fanOut).singleResult().getId();
    for (Job job; (job = managementService.createJobQuery().processInstanceId(batch).singleResult()) != null; ) {
      managementService.executeJob(job.getId());
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(batch).finished().count())
        .isEqualTo(1);
    return (int) historyService.createHistoricActivityInstanceQuery().processInstanceId(batch)
        .activityId(FanOutBatchProcess.TASK_START_NEXT_BATCH).count();
  }
}
