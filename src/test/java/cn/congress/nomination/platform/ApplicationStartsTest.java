package cn.congress.nomination.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.support.Api;
import java.util.List;
import cn.congress.nomination.support.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@Tag("persistence")
class ApplicationStartsTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired FilterService filters;
  @Autowired UserAccounts accounts;

  @Test
  void flywayCreatesEngineAndDomainSchema_engineDoesNotUpdateIt() {
    Integer applied = jdbc.queryForObject(
        "select count(*) from \"flyway_schema_history\" where \"success\" = true", Integer.class);
    assertThat(applied).isGreaterThanOrEqualTo(3);
    assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class)).containsExactly("7.24.0");
    assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class)).isNotNull();
  }

  /** Camunda's schema lacks it; every task completion looks up subtasks by this column (V16_1). */
  @Test
  void subtaskLookUpHasAnIndex() {
    java.util.Set<String> columns = new java.util.HashSet<>();
    jdbc.execute((java.sql.Connection c) -> {
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (java.sql.ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (rs.next()) {
            if (rs.getString("COLUMN_NAME") != null) columns.add(rs.getString("COLUMN_NAME").toUpperCase());
          }
        }
      }
      return null;
    });
    assertThat(columns).contains("PARENT_TASK_ID_");
  }

  @Test
  void everyApiRequiresAuthentication() {
    Api anonymous = Api.anonymous(port);
    assertThat(anonymous.get("/api/organizations").status()).isEqualTo(401);
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/docs/openapi.json").status()).isEqualTo(401);
    assertThat(Api.as(port, "admin", "admin").get("/engine-rest/task").status()).isEqualTo(200);
    assertThat(Api.as(port, "admin", "admin").get("/api/docs/openapi.json").status()).isEqualTo(200);
    // a user of its own: a wrong password locks the account for a few seconds (Camunda's login throttling), and the
    // application context (with its admin) is shared with other test classes
    accounts.provision("wrong-password-probe", "探针", "right-password", List.of(), List.of(Role.BRANCH_SECRETARY));
    assertThat(Api.as(port, "wrong-password-probe", "wrong").get("/api/organizations").status()).isEqualTo(401);
    assertThat(Api.as(port, "wrong-password-probe", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void sharedTasklistFiltersExist() {
    assertThat(filters.createFilterQuery().list()).extracting("name").contains("我的待办", "本组织待办");
  }
}
