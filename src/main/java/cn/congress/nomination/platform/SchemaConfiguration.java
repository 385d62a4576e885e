package cn.congress.nomination.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One schema strategy on every database: Flyway creates Camunda's tables and the domain's; the engine only checks. */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

  @Bean
  FlywayConfigurationCustomizer camundaSchemaMigration() {
    return configuration -> configuration.javaMigrations(new V1__CamundaSchema());
  }

  /** The engine checks its schema version when it is built, so it must be built after the migrations ran. */
  @Bean
  static BeanFactoryPostProcessor engineAfterMigrations() {
    return beanFactory -> {
      if (beanFactory.containsBeanDefinition("processEngineFactoryBean")
          && beanFactory.containsBeanDefinition("flywayInitializer")) {
        beanFactory.getBeanDefinition("processEngineFactoryBean").setDependsOn("flywayInitializer");
      }
    };
  }
}
