package cn.congress.nomination.nomination.targets;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The bean {@code deadlines} of the BPMN timer expressions, for tests: a reminder a day ahead and the deadline two days
 * ahead. Registered only where the application has no bean of that name (helper F's campaign provides the real one;
 * with it the timers follow the test election's schedule, which is in the past, and the tests drive them the same way).
 */
@TestConfiguration
public class FixedDeadlines {

  public static final String BEAN = "deadlines";

  @Bean
  static BeanDefinitionRegistryPostProcessor deadlinesUnlessProvided() {
    return new BeanDefinitionRegistryPostProcessor() {
      @Override
      public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (!registry.containsBeanDefinition(BEAN)) {
          registry.registerBeanDefinition(BEAN, new RootBeanDefinition(Fixed.class));
        }
      }

      @Override
      public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
    };
  }

  /** Dates relative to now, whatever the step. */
  public static class Fixed {
    public Date dueOf(String electionId, String step) {
      return Date.from(Instant.now().plus(Duration.ofDays(2)));
    }

    public Date reminderOf(String electionId, String step) {
      return Date.from(Instant.now().plus(Duration.ofDays(1)));
    }
  }
}
