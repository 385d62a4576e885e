package cn.congress.nomination.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A small simulation (920 branches: 40 per recommending unit, the scenario's mean; far fewer leave the police unit
 * short of the 17 eligible names its list needs) through every stage the
 * project has; asserts the outcome, never the time.
 */
@IntegrationTest
@TestPropertySource(properties = {"nomination.calendar.unknown-years=WEEKENDS_ONLY", "simulation.test=small"})
class SimulationTest {

  @LocalServerPort int port;
  @Autowired Simulation simulation;
  @Autowired JdbcTemplate jdbc;

  @Test
  void smallCampaign_everyStageReached_countsExact() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SimulationResult result = simulation.run(new Simulation.Options(920, 2, 2), port,
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    SimulationResult.Counts counts = result.counts();
    assertThat(counts.branches()).isEqualTo(920);
    assertThat(counts.branchesSubmitted()).isEqualTo(920);
    assertThat(jdbc.queryForObject("select count(*) from branch_submission where status = 'SUBMITTED'", Long.class))
        .isEqualTo(920);
    assertThat(counts.unitListsFiled()).isEqualTo(23);
    assertThat(counts.inspectionTargets()).isEqualTo(24);
    assertThat(counts.inspectionsPassed()).isEqualTo(23);
    assertThat(counts.inspectionsVetoed()).isEqualTo(1);
    assertThat(counts.initialCandidates()).isEqualTo(20);
    assertThat(counts.preliminaryCandidates()).isEqualTo(20);
    assertThat(counts.preliminaryNotices()).isEqualTo(920);
    assertThat(counts.delegatesElected()).isEqualTo(18);
    assertThat(counts.resultNotices()).isEqualTo(920);
    assertThat(counts.mustKnowsConfirmed()).isEqualTo(2 * 920);
    assertThat(result.stageTimes()).extracting(Meter.StageTime::stage).containsExactly("district and election",
        "campaign start (branches opened)", "branch nomination (round one)", "recommending units",
        "branch must-knows #1 and #2", "inspection targets",
        "inspections", "initial candidates and publicity", "preliminary candidates", "delegate conference",
        "bare engine baseline");
    assertThat(result.stageTimes().get(2).tasks()).isEqualTo(920);
    assertThat(result.branchNanos()).hasSize(920);
    assertThat(result.decileMillis()).hasSize(10);
    assertThat(result.baseline().instances()).isEqualTo(920);
    assertThat(result.databaseBytes()).isPositive();
    assertThat(result.sampledHeapBytes()).isPositive();
    String table = result.table();
    assertThat(table).contains("bare engine baseline").contains("ratio branch submissions / baseline")
        .contains("代表候选人预备人选").contains("Participation: 920 of 920 branches");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("branch nomination (round one) done");

    // a second run on the same database is refused with the reason, nothing written
    assertThatThrownBy(() -> simulation.run(new Simulation.Options(920, 2, 2), port, System.out))
        .isInstanceOf(SimulationFailure.class).hasMessageContaining("empty database");
  }

  @Test
  void commandArguments() {
    assertThat(SimulateCommand.options(List.of("simulate", "--branches", "1000", "--threads=3")))
        .isEqualTo(new Simulation.Options(1000, 3, 5));
    assertThat(SimulateCommand.options(List.of("simulate", "--branches=10_000")).branches()).isEqualTo(10_000);
    assertThatThrownBy(() -> SimulateCommand.options(List.of("simulate"))).hasMessageContaining("--branches N");
    assertThatThrownBy(() -> SimulateCommand.options(List.of("simulate", "--branches", "ten")))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> SimulateCommand.options(List.of("simulate", "--branches", "5")))
        .hasMessageContaining("at least 23");
    assertThat(SimulateCommand.options(List.of("simulate", "--branches", "100000", "--through", "round-one")).reach())
        .isEqualTo(Simulation.Reach.ROUND_ONE);
    assertThatThrownBy(() -> SimulateCommand.options(List.of("simulate", "--branches", "100", "--through=units")))
        .hasMessage("--through takes round-one or end, not 'units'");
  }
}
