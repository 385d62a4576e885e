package cn.congress.nomination.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Like {@link IntegrationTest} (whole application, random port, database of its own) but with the job executor and
 * the notice dispatcher off: process tests execute jobs and deliver notices themselves, so nothing races them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "nomination.notices.enabled=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@TestExecutionListeners(listeners = CurrentEngineRegistration.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface EngineTest {}
