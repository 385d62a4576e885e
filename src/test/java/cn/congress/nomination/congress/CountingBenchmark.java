package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.support.Stopwatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Counting a conference-sized round: 310 ballots × 30 candidates for 25 seats, random marks (some over-marked, some
 * write-ins, eligible or not). Prints times beside a baseline measured in the same run (summing the same marks in a
 * bare loop, no rules); never asserts on time (shared machines vary).
 * Run: mvn -q test -Dtest=CountingBenchmark -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class CountingBenchmark {

  private static final int BALLOTS = 310;
  private static final int CANDIDATES = 30;
  private static final int SEATS = 25;
  private static final int WARM_RUNS = 21;

  @Test
  void threeHundredTenBallotsThirtyCandidates() {
    Random random = new Random(310);
    BallotForm form = new BallotForm(Papers.candidates(CANDIDATES), SEATS, true);
    List<Ballot> pile = pile(random, form);
    WriteInEligibility eligibility = id -> id.endsWith("7") ? Optional.of("是预备党员") : Optional.empty();

    Stopwatch.Timed<Tally> cold = Stopwatch.time(() -> BallotCounter.count(form, pile, eligibility));
    Tally tally = cold.value();
    assertThat(tally.counted()).isEqualTo(BALLOTS);
    assertThat(tally.valid() + tally.invalid()).isEqualTo(BALLOTS);
    assertThat(tally.invalid()).isPositive();
    assertThat(BallotCounter.checkEntry(form, BALLOTS, pile)).isEmpty();
    double count = median(() -> BallotCounter.count(form, pile, eligibility));
    double check = median(() -> BallotCounter.checkEntry(form, BALLOTS, pile));

    List<Ballot> other = new ArrayList<>(pile);
    other.set(100, Papers.ballot(101, flip(pile.get(100))));
    CountEntry a = new CountEntry(1, 1, "a", EntryMode.BALLOTS, pile, null, null);
    CountEntry b = new CountEntry(2, 1, "b", EntryMode.BALLOTS, other, null, null);
    assertThat(EntryDifferences.between(form, a, b, eligibility)).hasSize(1);
    double differences = median(() -> EntryDifferences.between(form, a, b, eligibility));

    RollCall rollCall = new RollCall(BALLOTS, BALLOTS);
    Outcome outcome = WhoIsElected.decide(form, tally, RoundKind.REGULAR, Papers.REFERENCE.threshold(), rollCall);
    double decide = median(() -> WhoIsElected.decide(form, tally, RoundKind.REGULAR, Papers.REFERENCE.threshold(), rollCall));
    double strokes = median(() -> SurnameStrokeOrder.sorted(form.candidates(), FormalCandidate::name));

    int[][] marks = new int[BALLOTS][];
    for (int i = 0; i < BALLOTS; i++) marks[i] = pile.get(i).marks().stream().mapToInt(Mark::ordinal).toArray();
    double baseline = median(() -> {
      int[] sums = new int[CANDIDATES * 3];
      for (int[] ballot : marks) for (int c = 0; c < CANDIDATES; c++) sums[c * 3 + ballot[c]]++;
      return sums;
    });

    System.out.printf("""
        CountingBenchmark: %d ballots × %d candidates, %d seats (%d valid, %d void, %d write-ins counted, %d findings)
          count under the rules: first run %.2f ms, then median %.3f ms
          entry check %.3f ms; differences of two entries %.3f ms; who is elected %.3f ms (%d elected); stroke order of the ballot %.3f ms
          baseline: bare loop summing the same marks %.3f ms
        """, BALLOTS, CANDIDATES, SEATS, tally.valid(), tally.invalid(), tally.writeIns().stream()
            .mapToInt(WriteInVotes::votes).sum(), tally.findings().size(), cold.millis(), count, check, differences, decide,
        outcome.elected().size(), strokes, baseline);
  }

  private static List<Ballot> pile(Random random, BallotForm form) {
    List<Ballot> pile = new ArrayList<>();
    for (int n = 1; n <= BALLOTS; n++) {
      StringBuilder marks = new StringBuilder();
      int chosen = 0;
      // mostly within the seats; one in twenty over-marked
      int limit = random.nextInt(20) == 0 ? CANDIDATES : SEATS;
      for (int c = 0; c < CANDIDATES; c++) {
        double r = random.nextDouble();
        char m = r < 0.8 && chosen < limit ? 'F' : r < 0.93 ? 'A' : 'N';
        if (m == 'F') chosen++;
        marks.append(m);
      }
      List<WriteIn> writeIns = new ArrayList<>();
      int against = marks.indexOf("A");
      if (against >= 0 && chosen < SEATS && random.nextInt(10) == 0) {
        writeIns.add(new WriteIn(form.candidates().get(against).memberId(), "m-" + random.nextInt(20), "另选"));
      }
      pile.add(Papers.ballot(n, marks.toString(), writeIns.toArray(WriteIn[]::new)));
    }
    return pile;
  }

  private static String flip(Ballot b) {
    StringBuilder s = new StringBuilder();
    b.marks().forEach(m -> s.append(m.code()));
    s.setCharAt(0, s.charAt(0) == 'F' ? 'A' : 'F');
    return s.toString();
  }

  private static double median(Supplier<?> work) {
    return Stopwatch.median(WARM_RUNS, work);
  }
}
