package cn.congress.nomination.security;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The test-only process of the isolation tests: one user task for the organization given as {@code organizationId},
 * with an embedded form showing a confidential variable. Kept out of auto-deployment (.bpmn20.xml); tests deploy it.
 */
final class IsolationProbe {
  static final String PROCESS = "IsolationProbeProcess";
  static final String FORM_CAPTION = "机密备注";

  private IsolationProbe() {}

  static void deploy(RepositoryService repositoryService, String deploymentName) {
    repositoryService.createDeployment().name(deploymentName)
        .addClasspathResource("isolation/isolation-probe.bpmn20.xml")
        .addInputStream("isolation-probe.html", IsolationProbe.class.getResourceAsStream("/isolation/isolation-probe.html"))
        .deploy();
  }

  /** Starts an instance whose task belongs to the branch; returns the instance id. */
  static String start(RuntimeService runtimeService, String branch, String confidentialNote) {
    return runtimeService.startProcessInstanceByKey(PROCESS, branch,
        Map.of("organizationId", branch, "confidentialNote", confidentialNote)).getId();
  }
}
