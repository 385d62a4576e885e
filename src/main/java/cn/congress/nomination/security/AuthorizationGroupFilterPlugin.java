package cn.congress.nomination.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Installs {@link FewGroupsAuthorizationManager} as the engine's authorization manager. Camunda opens one manager per
 * command from the session factory registered for {@code AuthorizationManager.class}; a custom session factory of
 * that type replaces the built-in one (custom factories are added after the defaults). Authorization stays on and
 * every check is made as before; only the pre-filter's table scan is skipped for users of few groups.
 */
@Component
class AuthorizationGroupFilterPlugin extends AbstractProcessEnginePlugin {

  private final int threshold;

  AuthorizationGroupFilterPlugin(@Value("${nomination.authorization.group-filter-threshold:50}") int threshold) {
    this.threshold = threshold;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new FewGroupsAuthorizationManager(threshold);
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  int threshold() {
    return threshold;
  }
}
