package cn.congress.nomination.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own. By default an H2 file under target/test-data; with
 * {@code -Dtest.database=postgres} a new database on the PostgreSQL server at 127.0.0.1:5432 (override with
 * {@code -Dtest.postgres.url}). If that server is not there the test fails: it is never skipped.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String POSTGRES = "postgres";

  public static boolean onPostgres() {
    return POSTGRES.equals(System.getProperty("test.database"));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", freshDatabase()));
    if (onPostgres()) context.getEnvironment().addActiveProfile(POSTGRES);
  }

  /** Properties pointing at a new, empty database (H2 file or PostgreSQL); use them for several starts to test restarts. */
  public static Map<String, Object> freshDatabase() {
    String name = "nomination_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return onPostgres() ? postgres(name) : Map.of(
        "nomination.data-dir", new java.io.File("target/test-data/" + name).getAbsolutePath());
  }

  private static Map<String, Object> postgres(String name) {
    String server = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    String user = System.getProperty("test.postgres.user", "postgres");
    try (Connection connection = DriverManager.getConnection(server + "test", user, "");
         Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL is required for this test run (" + server + "): " + e.getMessage(), e);
    }
    return Map.of("spring.datasource.url", server + name, "spring.datasource.username", user,
        "spring.datasource.password", "");
  }
}
