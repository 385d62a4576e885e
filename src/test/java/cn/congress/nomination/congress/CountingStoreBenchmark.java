package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.nomination.unit.UnitFixture;
import cn.congress.nomination.support.IntegrationTest;
import cn.congress.nomination.support.Stopwatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The count of a conference-sized round through the services on their tables (H2 file): 310 ballots × 30 candidates,
 * entered twice, read sealed, confirmed — five conferences, the first cold. Beside it, in the same run, the count alone
 * in memory. Never asserts on time.
 * Run: mvn -q test -Dtest=CountingStoreBenchmark -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
@IntegrationTest
class CountingStoreBenchmark {

  private static final int BALLOTS = 310;
  private static final int CANDIDATES = 30;
  private static final int RUNS = 5;

  @Autowired Conference conference;
  @Autowired Counts counts;
  @Autowired CongressStore store;
  @Autowired ApplicationContext context;

  @Test
  void threeHundredTenBallotsThirtyCandidatesOnTheTables() {
    double[] enter = new double[RUNS];
    double[] view = new double[RUNS];
    double[] confirm = new double[RUNS];
    double[] inMemory = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      UnitFixture f = new UnitFixture("cgb" + run + "-");
      List<FormalCandidate> list = ConferenceSetup.candidates(context, f, CANDIDATES, 0);
      store.insertCandidates(f.electionId, new CandidateList(list, 16).ballotOrder(), "org");
      conference.appointStaff(f.electionId, ConferenceSetup.staff(context, f, List.of("counter-a", "counter-b"),
          List.of("scrutineer-a")), "org");
      Round round = conference.openRound(f.electionId, new RollCall(BALLOTS, BALLOTS), BALLOTS, "org");
      conference.recordReturned(round.id(), BALLOTS, "org");
      List<Ballot> pile = pile(new Random(run), 16);

      long start = System.nanoTime();
      counts.enterBallots(round.id(), pile, "counter-a");
      counts.enterBallots(round.id(), pile, "counter-b");
      enter[run] = (System.nanoTime() - start) / 2e6;
      Stopwatch.Timed<CountView> sealed = Stopwatch.time(() -> counts.view(round.id(), "counter-a"));
      assertThat(sealed.value().tally()).isNull();
      view[run] = sealed.millis();
      Stopwatch.Timed<Outcome> confirmed = Stopwatch.time(() -> counts.confirm(round.id(), "scrutineer-a"));
      assertThat(confirmed.value().seats()).isEqualTo(16);
      confirm[run] = confirmed.millis();
      BallotForm form = new BallotForm(store.roundCandidates(round.id()), 16, true);
      inMemory[run] = Stopwatch.median(11, () -> BallotCounter.count(form, pile, id -> java.util.Optional.empty()));
    }
    System.out.printf("""
        CountingStoreBenchmark: %d ballots × %d candidates on H2, %d conferences (first cold)
          one entry (check + insert): first %.1f ms, then median %.1f ms
          sealed view (a counter's own entry, differences): first %.1f ms, then median %.1f ms
          confirm (both entries read, compared, counted, results written): first %.1f ms, then median %.1f ms
          baseline in the same run: the count alone in memory, median %.2f ms
        """, BALLOTS, CANDIDATES, RUNS, enter[0], warm(enter), view[0], warm(view), confirm[0], warm(confirm),
        warm(inMemory));
  }

  private static double warm(double[] runs) {
    double[] warm = Arrays.copyOfRange(runs, 1, runs.length);
    Arrays.sort(warm);
    return warm[warm.length / 2];
  }

  private static List<Ballot> pile(Random random, int seats) {
    List<Ballot> pile = new ArrayList<>();
    for (int n = 1; n <= BALLOTS; n++) {
      StringBuilder marks = new StringBuilder();
      int chosen = 0;
      for (int c = 0; c < CANDIDATES; c++) {
        double r = random.nextDouble();
        char m = r < 0.6 && chosen < seats ? 'F' : r < 0.9 ? 'A' : 'N';
        if (m == 'F') chosen++;
        marks.append(m);
      }
      pile.add(Papers.ballot(n, marks.toString()));
    }
    return pile;
  }
}
