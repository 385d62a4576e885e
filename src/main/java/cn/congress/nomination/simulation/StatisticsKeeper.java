package cn.congress.nomination.simulation;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stands in for PostgreSQL's autovacuum when the server runs without it (this machine's shared server has
 * {@code autovacuum = off}). Without statistics the planner never learns that the tables grew: at 10,000 branches the
 * branch secretary's task query scanned every open task and looked up its execution (9,400 index scans of
 * ACT_RU_EXECUTION per submission), and round one ran at 4 submissions/s instead of 20 — a state no production
 * server, where autovacuum is on, would stay in. So the simulator analyzes the database after the bulk writes and
 * then every minute (autovacuum's default nap time), and says so. With autovacuum on, or on H2, it does nothing.
 */
final class StatisticsKeeper implements AutoCloseable {

  static final long INTERVAL_SECONDS = 60;
  private static final Logger log = LoggerFactory.getLogger(StatisticsKeeper.class);

  private final JdbcTemplate jdbc;
  private final ScheduledExecutorService timer;

  private StatisticsKeeper(JdbcTemplate jdbc, ScheduledExecutorService timer) {
    this.jdbc = jdbc;
    this.timer = timer;
  }

  /** Starts the minute's ANALYZE if the database is PostgreSQL with autovacuum off. */
  static StatisticsKeeper start(JdbcTemplate jdbc, PrintStream out) {
    boolean postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
        .toLowerCase().contains("postgres");
    if (!postgres || !"off".equals(jdbc.queryForObject("select current_setting('autovacuum')", String.class))) {
      return new StatisticsKeeper(null, null);
    }
    out.printf("[simulate] PostgreSQL runs without autovacuum: the simulator runs ANALYZE after the bulk writes and "
        + "every %d s in its place%n", INTERVAL_SECONDS);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "simulation-analyze");
      t.setDaemon(true);
      return t;
    });
    StatisticsKeeper keeper = new StatisticsKeeper(jdbc, timer);
    timer.scheduleWithFixedDelay(keeper::analyzeQuietly, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    return keeper;
  }

  /** Now, after a bulk write (the district, the campaign's fan-out). */
  void analyzeNow() {
    if (jdbc != null) analyze();
  }

  /**
   * The tables of the application's schema, one by one (each in a transaction of its own): not the shared catalogs,
   * whose locks other databases' ANALYZE on this server would wait for.
   */
  private void analyze() {
    for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema()",
        String.class)) {
      jdbc.execute("analyze \"" + table.replace("\"", "\"\"") + "\"");
    }
  }

  private void analyzeQuietly() {
    try {
      analyze();
    } catch (RuntimeException e) {
      log.warn("ANALYZE failed (the next minute tries again): {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    if (timer != null) timer.shutdownNow();
  }
}
