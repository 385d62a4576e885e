package cn.congress.nomination.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.NominationEngineApplication;
import cn.congress.nomination.support.Api;
import cn.congress.nomination.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default is H2 in file mode: what was imported before a stop is there after the next start. */
@Tag("persistence")
class DataSurvivesRestartTest {

  private static final String ORGANIZATIONS = """
      id,parent_id,name,type,kind,sort_order
      restart-city,,重启测试市委,UPPER_COMMITTEE,,
      restart-eu,restart-city,重启测试区委,ELECTORAL_UNIT,,
      restart-br,restart-eu,重启测试党支部,BRANCH,,
      """;
  private static final String MEMBERS = """
      id,organization_id,name,gender,ethnicity,birth_date,joined_on,membership,education,unit_type,sector,cadre_level,occupation,honour_level,honour,sanction,sanction_ends_on,under_investigation,enterprise_employee,finance_employee,migrant_worker
      restart-m1,restart-br,李重启,FEMALE,汉族,1980-05-01,2004-07-01,FULL,UNIVERSITY,COMMUNITY,社区,NONE,OTHER,NONE,,NONE,,false,false,false,false
      """;

  @Test
  void importedOrganizationsMembersAndGroupsSurviveARestart() {
    Map<String, Object> database = TestDatabase.freshDatabase();

    try (ConfigurableApplicationContext first = start(database)) {
      Api admin = admin(first);
      assertThat(admin.upload("/api/imports/organizations", "orgs.csv", ORGANIZATIONS.getBytes(StandardCharsets.UTF_8))
          .status()).isEqualTo(200);
      assertThat(admin.upload("/api/imports/members", "members.csv", MEMBERS.getBytes(StandardCharsets.UTF_8))
          .status()).isEqualTo(200);
    }

    try (ConfigurableApplicationContext second = start(database)) {
      Api.Response members = admin(second).get("/api/organizations/restart-br/members");
      assertThat(members.status()).isEqualTo(200);
      assertThat(members.body()).contains("\"id\":\"restart-m1\"").contains("李重启");
      assertThat(second.getBean(IdentityService.class).createGroupQuery().groupId("restart-br").singleResult().getName())
          .isEqualTo("重启测试党支部");
    }
  }

  private static Api admin(ConfigurableApplicationContext context) {
    return Api.as(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class), "admin", "admin");
  }

  private static ConfigurableApplicationContext start(Map<String, Object> database) {
    // An engine name of its own (letters and digits only, or Camunda ignores it): Camunda keeps engines in a static registry by name, and closing these contexts must
    // not unregister the "default" engine of other test contexts in this JVM.
    SpringApplicationBuilder builder = new SpringApplicationBuilder(NominationEngineApplication.class);
    if (TestDatabase.onPostgres()) builder.profiles(TestDatabase.POSTGRES);
    // command-line arguments: they win over the profile's own datasource settings
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.process-engine-name=restartTest"));
    database.forEach((key, value) -> args.add("--" + key + "=" + value));
    return builder.run(args.toArray(String[]::new));
  }
}
