package cn.congress.nomination.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.NominationEngineApplication;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default is H2 in file mode: what was committed before a stop is there after the next start. */
@Tag("persistence")
class DataSurvivesRestartTest {

  @Test
  void organizationsAndTheirGroupsSurviveARestart() {
    Map<String, Object> database = TestDatabase.freshDatabase();
    Organization upper = new Organization("restart-city", null, "重启测试市委", OrganizationType.UPPER_COMMITTEE, null,
        "/restart-city/", 0, 0);

    try (ConfigurableApplicationContext first = start(database)) {
      first.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
        first.getBean(Organizations.class).insert(List.of(upper));
        first.getBean(OrganizationGroups.class).sync(List.of(upper));
      });
    }

    try (ConfigurableApplicationContext second = start(database)) {
      assertThat(second.getBean(Organizations.class).find("restart-city")).contains(upper);
      assertThat(second.getBean(IdentityService.class).createGroupQuery().groupId("restart-city").singleResult().getName())
          .isEqualTo("重启测试市委");
    }
  }

  private static ConfigurableApplicationContext start(Map<String, Object> database) {
    // An engine name of its own: Camunda keeps engines in a static registry by name, and closing these contexts must
    // not unregister the "default" engine of other test contexts in this JVM.
    SpringApplicationBuilder builder = new SpringApplicationBuilder(NominationEngineApplication.class);
    if (TestDatabase.onPostgres()) builder.profiles(TestDatabase.POSTGRES);
    // command-line arguments: they win over the profile's own datasource settings
    var args = new java.util.ArrayList<String>(List.of("--server.port=0",
        "--camunda.bpm.process-engine-name=restart-test"));
    database.forEach((key, value) -> args.add("--" + key + "=" + value));
    return builder.run(args.toArray(String[]::new));
  }
}
