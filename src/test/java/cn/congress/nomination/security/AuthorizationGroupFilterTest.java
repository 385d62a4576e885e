package cn.congress.nomination.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's authorization manager is {@link FewGroupsAuthorizationManager}: a user of few groups has them checked
 * as they are (no scan of the authorization table), one of many groups keeps Camunda's pre-filter. That the checks
 * still refuse another organization's task is in {@link IsolationTest}.
 */
@IntegrationTest
class AuthorizationGroupFilterTest {

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired AuthorizationGroupFilterPlugin plugin;

  /** The manager the engine opens for a command, and what it makes of these groups there. */
  private List<String> filtered(List<String> groups) {
    return ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }

  private Class<?> managerClass() {
    return ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().getClass());
  }

  @Test
  void theEngineOpensTheFewGroupsManager() {
    assertThat(managerClass()).isEqualTo(FewGroupsAuthorizationManager.class);
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
  }

  @Test
  void fewGroupsGoToTheCheckAsTheyAre_withoutNullsAndDuplicates() {
    // "no-authorization-group" has no authorization row: Camunda's pre-filter would drop it; the check ignores it.
    List<String> groups = new ArrayList<>(Arrays.asList(Role.BRANCH_SECRETARY.groupId(), "no-authorization-group",
        null, Role.BRANCH_SECRETARY.groupId()));
    assertThat(filtered(groups))
        .containsExactly(Role.BRANCH_SECRETARY.groupId(), "no-authorization-group");
    assertThat(filtered(List.of())).isEmpty();
    assertThat(filtered(null)).isEmpty();
  }

  @Test
  void manyGroupsKeepCamundasPreFilter() {
    List<String> groups = new ArrayList<>(IntStream.range(0, plugin.threshold() + 1)
        .mapToObj(i -> "no-authorization-group-" + i).toList());
    groups.add(Role.BRANCH_SECRETARY.groupId());  // has the Tasklist grant (AccessSetup)
    assertThat(filtered(groups))
        .containsExactly(Role.BRANCH_SECRETARY.groupId());
  }
}
