package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.Papers.ballots;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.congress.nomination.election.Threshold;
import cn.congress.nomination.election.VoterBasis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhoIsElectedTest {

  static final Threshold HALF_OF_EXPECTED = Papers.REFERENCE.threshold();
  static final Threshold HALF_OF_PRESENT = new Threshold(1, 2, true, VoterBasis.PRESENT);

  static Tally tally(BallotForm form, List<Ballot> ballots) {
    return BallotCounter.count(form, ballots, Papers.ELIGIBLE_UNLESS_X);
  }

  static List<Ballot> pile(Object... countAndMarks) {
    List<Ballot> pile = new ArrayList<>();
    for (int i = 0; i < countAndMarks.length; i += 2) {
      pile.addAll(ballots(pile.size() + 1, (Integer) countAndMarks[i], (String) countAndMarks[i + 1]));
    }
    return pile;
  }

  @Test
  void referenceThresholdIsMoreThanHalfOfTheExpected() {
    assertThat(HALF_OF_EXPECTED.basis()).isEqualTo(VoterBasis.EXPECTED);
    assertThat(HALF_OF_EXPECTED.strictBound()).isTrue();
  }

  @Test
  void exactlyHalfDoesNotElect() {
    // 20 expected, 18 present: c-1 gets exactly half of the expected (10), c-2 and c-3 9 each
    BallotForm form = Papers.form(3, 2);
    Tally t = tally(form, pile(9, "FFA", 1, "FAF", 8, "AAF"));
    Outcome o = WhoIsElected.decide(form, t, RoundKind.REGULAR, HALF_OF_EXPECTED, new RollCall(20, 18));
    assertThat(o.minimumVotes()).isEqualTo(11);
    assertThat(o.standings()).extracting(Standing::memberId, Standing::votesFor, Standing::result).containsExactly(
        tuple("c-1", 10, Standing.Result.BELOW_THRESHOLD), tuple("c-2", 9, Standing.Result.BELOW_THRESHOLD),
        tuple("c-3", 9, Standing.Result.BELOW_THRESHOLD));
    assertThat(o.elected()).isEmpty();
    assertThat(o.unfilledSeats()).isEqualTo(2);
    Tally eleven = tally(form, pile(10, "FFA", 1, "FAF", 7, "AAF"));
    Outcome o2 = WhoIsElected.decide(form, eleven, RoundKind.REGULAR, HALF_OF_EXPECTED, new RollCall(20, 18));
    assertThat(o2.elected()).containsExactly("c-1");
    assertThat(o2.standings()).extracting(Standing::memberId, Standing::votesFor)
        .contains(tuple("c-2", 10)); // exactly half of 20
    assertThat(o2.unfilledSeats()).isEqualTo(1);
    assertThat(o2.next()).isEqualTo(Outcome.Next.UNFILLED_SEATS);
  }

  @Test
  void theBasisIsConfigurable_halfOfThePresent() {
    // 20 expected, 16 present: 9 votes is more than half of the present (8) but not of the expected (10)
    BallotForm form = Papers.form(2, 1);
    Tally t = tally(form, pile(9, "FA", 7, "AF"));
    assertThat(WhoIsElected.decide(form, t, RoundKind.REGULAR, HALF_OF_EXPECTED, new RollCall(20, 16)).elected()).isEmpty();
    assertThat(WhoIsElected.decide(form, t, RoundKind.REGULAR, HALF_OF_PRESENT, new RollCall(20, 16)).elected())
        .containsExactly("c-1");
  }

  @Test
  void moreQualifyingThanSeats_byVotes() {
    BallotForm form = Papers.form(4, 2);
    Tally t = tally(form, pile(8, "FFAA", 6, "FAFA", 4, "AAFF"));
    Outcome o = WhoIsElected.decide(form, t, RoundKind.REGULAR, HALF_OF_PRESENT, new RollCall(18, 18));
    // c-1 14, c-3 10, c-2 8 (not more than 9), c-4 4
    assertThat(o.elected()).containsExactly("c-1", "c-3");
    assertThat(o.next()).isEqualTo(Outcome.Next.COMPLETE);
    assertThat(o.standings()).extracting(Standing::result).containsExactly(Standing.Result.ELECTED,
        Standing.Result.ELECTED, Standing.Result.BELOW_THRESHOLD, Standing.Result.BELOW_THRESHOLD);

    Tally all = tally(form, pile(10, "FFAA", 8, "AAFF"));
    Outcome three = WhoIsElected.decide(Papers.form(4, 1), all, RoundKind.REGULAR, new Threshold(1, 3, true,
        VoterBasis.PRESENT), new RollCall(18, 18));
    assertThat(three.standings()).extracting(Standing::result).contains(Standing.Result.TIED);
  }

  @Test
  void tieForTheLastSeat_newVoteAmongTheTiedOnly() {
    BallotForm form = Papers.form(4, 3);
    // 24 voters: c-1 24, c-2 20, c-3 and c-4 14 each (both over 12), tied for the third seat
    Tally t = tally(form, pile(10, "FFFA", 10, "FFAF", 4, "FAFF"));
    Outcome o = WhoIsElected.decide(form, t, RoundKind.REGULAR, HALF_OF_PRESENT, new RollCall(24, 24));
    assertThat(o.elected()).containsExactly("c-1", "c-2");
    assertThat(o.tied()).containsExactly("c-3", "c-4");
    assertThat(o.tiedSeats()).isEqualTo(1);
    assertThat(o.unfilledSeats()).isZero();
    assertThat(o.next()).isEqualTo(Outcome.Next.TIE_BREAK);

    // the tie-break: the tied only, for the one seat; the most votes elect
    BallotForm tieBreak = new BallotForm(List.of(form.candidates().get(2), form.candidates().get(3)), 1, false);
    Tally second = tally(tieBreak, pile(7, "FA", 9, "AF", 2, "NN"));
    // no threshold in the tie-break: 9 of 18 is not more than half, and still the most
    Outcome decided = WhoIsElected.decide(tieBreak, second, RoundKind.TIE_BREAK, HALF_OF_PRESENT, new RollCall(18, 18));
    assertThat(decided.elected()).containsExactly("c-4");
    assertThat(decided.next()).isEqualTo(Outcome.Next.COMPLETE);

    Tally again = tally(tieBreak, pile(8, "FA", 8, "AF", 2, "NN"));
    assertThat(WhoIsElected.decide(tieBreak, again, RoundKind.TIE_BREAK, HALF_OF_PRESENT, new RollCall(18, 18)).next())
        .isEqualTo(Outcome.Next.TIE_BREAK);
  }

  @Test
  void aTieAboveTheLastSeatElectsBoth() {
    BallotForm form = Papers.form(4, 2);
    Tally t = tally(form, pile(12, "FFAA", 6, "AAFA"));
    Outcome o = WhoIsElected.decide(form, t, RoundKind.REGULAR, HALF_OF_PRESENT, new RollCall(18, 18));
    assertThat(o.elected()).containsExactlyInAnyOrder("c-1", "c-2");
    assertThat(o.tied()).isEmpty();
  }

  @Test
  void tooFewElected_unfilledSeatsForASupplementaryRound() {
    BallotForm form = Papers.form(5, 4);
    // c-1 and c-2 over half; the others not
    Tally t = tally(form, pile(10, "FFAAA", 8, "AAFFF"));
    Outcome o = WhoIsElected.decide(form, t, RoundKind.REGULAR, HALF_OF_EXPECTED, new RollCall(18, 18));
    assertThat(o.elected()).containsExactly("c-1", "c-2");
    assertThat(o.unfilledSeats()).isEqualTo(2);
    assertThat(o.next()).isEqualTo(Outcome.Next.UNFILLED_SEATS);
  }

  @Test
  void aWriteInReachingTheThresholdIsElected() {
    BallotForm form = Papers.form(3, 2);
    List<Ballot> pile = new ArrayList<>();
    for (int i = 1; i <= 10; i++) pile.add(Papers.ballot(i, "FAA", Papers.writeIn("c-2", "m-9")));
    pile.addAll(ballots(11, 8, "AFF"));
    Outcome o = WhoIsElected.decide(form, tally(form, pile), RoundKind.REGULAR, HALF_OF_EXPECTED, new RollCall(18, 18));
    assertThat(o.elected()).containsExactly("c-1", "m-9");
    assertThat(o.standings()).filteredOn(Standing::writeIn).extracting(Standing::memberId).containsExactly("m-9");
  }
}
