package cn.congress.nomination.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Camunda's own tables from the SQL scripts shipped inside the engine jar, so that the domain schema and the
 * engine schema follow one strategy (Flyway) and the engine never updates its schema by itself. The class name gives
 * Flyway version 1. A later engine upgrade adds a migration that runs the scripts of
 * {@code org/camunda/bpm/engine/db/upgrade}.
 */
final class V1__CamundaSchema extends BaseJavaMigration {

  private static final List<String> PARTS = List.of(
      "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  @Override
  public String getDescription() {
    return "camunda 7.24 schema";
  }

  @Override
  public void migrate(Context context) throws Exception {
    String vendor = camundaDatabaseType(context.getConnection().getMetaData().getDatabaseProductName());
    try (Statement statement = context.getConnection().createStatement()) {
      for (String part : PARTS) {
        for (String sql : statements(read("org/camunda/bpm/engine/db/create/activiti." + vendor + ".create." + part + ".sql"))) {
          statement.execute(sql);
        }
      }
    }
  }

  static String camundaDatabaseType(String productName) {
    String name = productName.toLowerCase();
    if (name.contains("h2")) return "h2";
    if (name.contains("postgres")) return "postgres";
    throw new IllegalStateException("Unsupported database for the Camunda schema: " + productName);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = V1__CamundaSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("Camunda schema script missing from the classpath: " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Camunda's scripts hold one statement per ';' and comments starting with '--'. */
  static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("--")) withoutComments.append(line).append('\n');
    }
    return java.util.Arrays.stream(withoutComments.toString().split(";"))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
