package cn.congress.nomination.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.FilterService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the run measures besides the stages: a secretary's Tasklist query, the peak heap, the database's size. */
@Component
class SimulationMeasures {

  private final FilterService filterService;
  private final IdentityService identityService;
  private final EngineUser engine;
  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final String dataDir;

  SimulationMeasures(FilterService filterService, IdentityService identityService, EngineUser engine, JdbcTemplate jdbc,
                     DataSource dataSource, @Value("${nomination.data-dir}") String dataDir) {
    this.filterService = filterService;
    this.identityService = identityService;
    this.engine = engine;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.dataDir = dataDir;
  }

  /** The Tasklist filter every user opens first: their organization's open tasks (AccessSetup's 本组织待办). */
  static final String GROUP_TASKS_FILTER = "本组织待办";

  /**
   * A branch secretary's open tasks as Tasklist asks for them: the first page (15) and the count of the shared filter
   * of their organization's tasks, run as them with authorization on; the median of 15 runs after 5 warm-ups, in ms.
   */
  double tasklistQueryMillis(String userId) {
    List<String> groups = engine.groupsOf(userId);
    String filterId = filterService.createFilterQuery().filterName(GROUP_TASKS_FILTER).singleResult().getId();
    double[] runs = new double[15];
    for (int i = -5; i < runs.length; i++) {
      long start = System.nanoTime();
      identityService.setAuthentication(userId, groups);
      try {
        filterService.listPage(filterId, 0, 15);
        filterService.count(filterId);
      } finally {
        identityService.clearAuthentication();
      }
      if (i >= 0) runs[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(runs);
    return runs[runs.length / 2];
  }

  /** The sum of the heap pools' peaks since the start: an upper bound of the heap's peak (the pools peak apart). */
  long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
  }

  /** The heap in use now (MemoryMXBean): sampled by the progress ticker, its maximum is the observed peak. */
  static long heapUsedBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  long databaseBytes() {
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new SimulationFailure("cannot read the database's kind: " + e.getMessage(), e);
    }
    if (product.toLowerCase().contains("postgres")) {
      return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
    }
    try (Stream<Path> files = Files.walk(Path.of(dataDir))) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
