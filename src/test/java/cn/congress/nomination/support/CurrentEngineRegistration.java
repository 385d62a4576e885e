package cn.congress.nomination.support;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda finds the engine by name in two JVM-wide registries: {@link ProcessEngines} (the REST API) and the runtime
 * container (the webapps: Tasklist's login and its session checks). Spring caches several test application contexts
 * (e.g. with and without the demo), each with an engine named "default", and the container keeps whichever registered
 * it. Before each test class, this points both registries at the engine of the class's own context, so HTTP calls and
 * the webapps reach the database the test set up (otherwise a Tasklist session may be checked against another
 * context's users and answered 401).
 */
public class CurrentEngineRegistration extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    ProcessEngine engine = testContext.getApplicationContext().getBean(ProcessEngine.class);
    ProcessEngines.registerProcessEngine(engine);
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered = container.getProcessEngineService().getProcessEngine(engine.getName());
    if (registered != engine) {
      if (registered != null) container.unregisterProcessEngine(registered);
      container.registerProcessEngine(engine);
    }
  }
}
