package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.nomination.unit.UnitFixture;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tie-breaks and a recorded reduction of the seats, through the services on their tables (sheet entries). */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferenceRoundsTest {

  @Autowired Conference conference;
  @Autowired Counts counts;
  @Autowired CongressStore store;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;

  /** A tree, an election of 16 seats and 20 formal candidates (all the unit's own), counters and scrutineers. */
  List<FormalCandidate> conference(UnitFixture f, CongressRules rules) {
    List<FormalCandidate> list = ConferenceSetup.candidates(context, f, 20, 0);
    store.insertCandidates(f.electionId, new CandidateList(list, 16).ballotOrder(), "org");
    if (rules != null) conference.adoptRules(f.electionId, rules, "org");
    conference.appointStaff(f.electionId, ConferenceSetup.staff(context, f, List.of("counter-a", "counter-b"),
          List.of("scrutineer-a")), "org");
    return conference.candidateList(f.electionId);
  }

  /** Both counters enter the same sheet (25 valid ballots): {@code votes[i]} for the i-th candidate, the rest against. */
  Outcome count(Round round, int... votes) {
    conference.recordReturned(round.id(), 25, "org");
    List<FormalCandidate> ballot = store.roundCandidates(round.id());
    List<CandidateVotes> totals = new ArrayList<>();
    for (int i = 0; i < ballot.size(); i++) {
      int v = i < votes.length ? votes[i] : 0;
      totals.add(new CandidateVotes(ballot.get(i).memberId(), v, 25 - v, 0));
    }
    SheetTotals sheet = new SheetTotals(25, 0, totals, List.of());
    counts.enterSheet(round.id(), sheet, "counter-a");
    counts.enterSheet(round.id(), sheet, "counter-b");
    return counts.confirm(round.id(), "scrutineer-a");
  }

  static int[] votes(int count, int each, int... then) {
    int[] all = new int[count + then.length];
    java.util.Arrays.fill(all, 0, count, each);
    System.arraycopy(then, 0, all, count, then.length);
    return all;
  }

  static void refused(ThrowingCallable call, String... rules) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly(rules));
  }

  @Test
  void tieForTheLastSeats_newVotesAmongTheTiedOnly_untilDecided() {
    UnitFixture f = new UnitFixture("cgtb-");
    List<FormalCandidate> ballot = conference(f, null);
    RollCall roll = new RollCall(30, 25);
    // 14 with 20 votes, three with 16 (more than 15) for the last two seats
    Round first = conference.openRound(f.electionId, roll, 25, "org");
    Outcome o = count(first, votes(14, 20, 16, 16, 16));
    assertThat(o.elected()).hasSize(14);
    assertThat(o.tied()).hasSize(3);
    assertThat(o.tiedSeats()).isEqualTo(2);
    refused(() -> conference.openSupplementary(first.id(), List.of(), roll, 25, "org"), "SEATS_UNFILLED");

    Round tieBreak = conference.openTieBreak(first.id(), roll, 25, "org");
    assertThat(tieBreak.kind()).isEqualTo(RoundKind.TIE_BREAK);
    assertThat(tieBreak.seats()).isEqualTo(2);
    assertThat(tieBreak.writeInsAllowed()).isFalse();
    assertThat(store.roundCandidates(tieBreak.id())).extracting(FormalCandidate::memberId)
        .containsExactlyElementsOf(ballot.subList(14, 17).stream().map(FormalCandidate::memberId).toList());
    refused(() -> conference.openTieBreak(first.id(), roll, 25, "org"), "NEXT_ROUND_HELD");
    // one clearly first, the other two tied again for the one seat left
    Outcome again = count(tieBreak, 20, 10, 10);
    assertThat(again.elected()).containsExactly(ballot.get(14).memberId());
    assertThat(again.tiedSeats()).isEqualTo(1);
    refused(() -> conference.openTieBreak(first.id(), roll, 25, "org"), "NEXT_ROUND_HELD");
    Round last = conference.openTieBreak(tieBreak.id(), roll, 25, "org");
    assertThat(last.seats()).isEqualTo(1);
    Outcome decided = count(last, 9, 12);
    assertThat(decided.elected()).containsExactly(ballot.get(16).memberId());

    ConferenceResult result = conference.results(f.electionId);
    assertThat(result.complete()).isTrue();
    assertThat(result.elected()).hasSize(16).extracting(ElectedDelegate::memberId)
        .doesNotContain(ballot.get(15).memberId());
  }

  @Test
  void unfilledSeatsGivenUpByARecordedDecisionWhereTheRulesAllow() {
    UnitFixture f = new UnitFixture("cgsr-");
    conference(f, new CongressRules(true, true, 1, null, null, List.of("WOMEN")));
    refused(() -> conference.adoptRules(f.electionId, CongressRules.defaults(), "org"), "RULES_ADOPTED");
    RollCall roll = new RollCall(30, 25);
    Round first = conference.openRound(f.electionId, roll, 25, "org");
    Outcome o = count(first, votes(15, 20, 15)); // the 16th has exactly half of the expected
    assertThat(o.unfilledSeats()).isEqualTo(1);
    refused(() -> conference.reduceSeats(first.id(), "", "org"), "REASON_GIVEN");
    conference.reduceSeats(first.id(), "大会决定：所缺 1 名接近应选名额，不再选举", "org");
    refused(() -> conference.reduceSeats(first.id(), "再次", "org"), "SEATS_REDUCED");
    refused(() -> conference.openSupplementary(first.id(), List.of(), roll, 25, "org"), "MARGIN");

    ConferenceResult result = conference.results(f.electionId);
    assertThat(result.seats()).isEqualTo(16);
    assertThat(result.seatsGivenUp()).isEqualTo(1);
    assertThat(result.elected()).hasSize(15);
    assertThat(result.complete()).isTrue();
    assertThat(jdbc.queryForList("select action from audit_entry where subject_type = 'congress' and subject_id = ? "
        + "order by id", String.class, f.electionId)).containsSubsequence("CONGRESS_RULES_ADOPTED",
        "CONGRESS_STAFF_APPOINTED", "CONGRESS_ROUND_OPENED", "CONGRESS_BALLOTS_RETURNED", "CONGRESS_COUNT_ENTERED",
        "CONGRESS_COUNT_ENTERED", "CONGRESS_COUNT_CONFIRMED", "CONGRESS_SEATS_REDUCED");
  }
}
