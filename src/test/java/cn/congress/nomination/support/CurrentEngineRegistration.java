package cn.congress.nomination.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API and webapps find the engine in a static, JVM-wide registry by name. Spring caches several test
 * application contexts (e.g. with and without the demo), each with an engine named "default", and the last one started
 * wins the registry. Before each test class, this points the registry at the engine of the class's own context, so
 * HTTP calls reach the database the test set up.
 */
public class CurrentEngineRegistration extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
  }
}
