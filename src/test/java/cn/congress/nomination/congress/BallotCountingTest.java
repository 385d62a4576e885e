package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.Papers.ELIGIBLE_UNLESS_X;
import static cn.congress.nomination.congress.Papers.ballot;
import static cn.congress.nomination.congress.Papers.form;
import static cn.congress.nomination.congress.Papers.writeIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BallotCountingTest {

  /** Four candidates c-1 … c-4 for two seats, write-ins allowed. */
  final BallotForm twoOfFour = form(4, 2);

  @Test
  void overMarkedBallotIsInvalid_exactlyTheSeatsIsValid() {
    Tally tally = BallotCounter.count(twoOfFour, List.of(ballot(1, "FFAA"), ballot(2, "FFFA"), ballot(3, "FNNN")),
        ELIGIBLE_UNLESS_X);
    assertThat(tally.counted()).isEqualTo(3);
    assertThat(tally.valid()).isEqualTo(2);
    assertThat(tally.invalid()).isEqualTo(1);
    assertThat(tally.findings()).extracting(BallotFinding::ballot, BallotFinding::rule, BallotFinding::voidsBallot)
        .containsExactly(tuple(2, BallotValidity.OVER_MARKED, true));
    // the void ballot counts for nobody: c-3's "for" on ballot 2 is not counted
    assertThat(tally.candidates()).extracting(CandidateVotes::memberId, CandidateVotes::votesFor, CandidateVotes::against,
        CandidateVotes::abstain).containsExactly(tuple("c-1", 2, 0, 0), tuple("c-2", 1, 0, 1), tuple("c-3", 0, 1, 1),
        tuple("c-4", 0, 1, 1));
  }

  @Test
  void aWriteInBesideAnAgainstIsAChoice_soTwoForAndAWriteInOverMark() {
    Tally tally = BallotCounter.count(twoOfFour, List.of(ballot(1, "FFAN", writeIn("c-3", "m-9")),
        ballot(2, "FAAN", writeIn("c-3", "m-9"))), ELIGIBLE_UNLESS_X);
    assertThat(tally.valid()).isEqualTo(1);
    assertThat(tally.findings()).extracting(BallotFinding::ballot, BallotFinding::rule)
        .containsExactly(tuple(1, BallotValidity.OVER_MARKED));
    assertThat(tally.writeIns()).extracting(WriteInVotes::memberId, WriteInVotes::votes).containsExactly(tuple("m-9", 1));
  }

  @Test
  void writeInOfAnIneligiblePersonDoesNotCount_theBallotStands() {
    Tally tally = BallotCounter.count(twoOfFour, List.of(ballot(1, "FAAN", writeIn("c-2", "x-probationary")),
        ballot(2, "FAAN", writeIn("c-2", "m-9"))), ELIGIBLE_UNLESS_X);
    assertThat(tally.valid()).isEqualTo(2);
    assertThat(tally.of("c-1").orElseThrow().votesFor()).isEqualTo(2);
    assertThat(tally.writeIns()).extracting(WriteInVotes::memberId).containsExactly("m-9");
    assertThat(tally.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("WRITE_IN_INELIGIBLE");
      assertThat(f.voidsBallot()).isFalse();
      assertThat(f.message()).contains("第 1 张选票", "预备党员");
    });
  }

  @Test
  void anAbstainerMayNotWriteIn() {
    Tally tally = BallotCounter.count(twoOfFour, List.of(ballot(1, "FANN", writeIn("c-3", "m-9"))), ELIGIBLE_UNLESS_X);
    assertThat(tally.writeIns()).isEmpty();
    assertThat(tally.valid()).isEqualTo(1);
    assertThat(tally.of("c-3").orElseThrow().abstain()).isEqualTo(1);
    assertThat(tally.findings()).extracting(BallotFinding::rule).containsExactly("ABSTAINER_NO_WRITE_IN");
  }

  @Test
  void writeInsCountOnlyWhereTheRulesAllowThem() {
    BallotForm noWriteIns = new BallotForm(Papers.candidates(4), 2, false);
    Tally tally = BallotCounter.count(noWriteIns, List.of(ballot(1, "FAAN", writeIn("c-2", "m-9"))), ELIGIBLE_UNLESS_X);
    assertThat(tally.writeIns()).isEmpty();
    assertThat(tally.findings()).extracting(BallotFinding::rule).containsExactly("WRITE_INS_NOT_ALLOWED");
  }

  @Test
  void writeInsThatContradictTheBallotDoNotCount() {
    Tally tally = BallotCounter.count(twoOfFour, List.of(
        ballot(1, "FAAN", writeIn("c-1", "m-9")),                      // beside a "for"
        ballot(2, "AAAN", new WriteIn("c-1", null, "不认识的人")),      // nobody identified
        ballot(3, "AAAN", writeIn("c-1", "c-4")),                      // a candidate already on the ballot
        ballot(4, "AAAN", writeIn("c-1", "m-9"), writeIn("c-2", "m-9"))), // the same person twice
        ELIGIBLE_UNLESS_X);
    assertThat(tally.findings()).extracting(BallotFinding::ballot, BallotFinding::rule).containsExactly(
        tuple(1, "WRITE_IN_BESIDE_FOR"), tuple(2, "WRITE_IN_UNIDENTIFIED"), tuple(3, "WRITE_IN_ON_BALLOT"),
        tuple(4, "WRITE_IN_REPEATED"));
    assertThat(tally.writeIns()).extracting(WriteInVotes::memberId, WriteInVotes::votes).containsExactly(tuple("m-9", 1));
    assertThat(tally.valid()).isEqualTo(4);
  }

  @Test
  void eligibilityIsAskedOncePerPerson() {
    List<String> asked = new ArrayList<>();
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 1; i <= 50; i++) ballots.add(ballot(i, "FAAN", writeIn("c-2", "m-9")));
    Tally tally = BallotCounter.count(twoOfFour, ballots, id -> {
      asked.add(id);
      return java.util.Optional.empty();
    });
    assertThat(asked).containsExactly("m-9");
    assertThat(tally.writeIns()).extracting(WriteInVotes::votes).containsExactly(50);
  }

  @Test
  void anEntryMustBeThePileOfReturnedBallots() {
    List<Violation> v = BallotCounter.checkEntry(twoOfFour, 3, List.of(ballot(1, "FFAA"), ballot(1, "FFA"),
        new Ballot(null, List.of(Mark.FOR, Mark.FOR, Mark.AGAINST, Mark.AGAINST),
            List.of(writeIn("c-9", "m-1"), writeIn("c-1", "m-1"), writeIn("c-1", "m-2")))));
    assertThat(v).extracting(Violation::field, Violation::rule).containsExactly(
        tuple("ballots[1].number", "BALLOT_NUMBER_ONCE"),
        tuple("ballots[1].marks", "MARK_PER_CANDIDATE"),
        tuple("ballots[2].number", "BALLOT_NUMBER"),
        tuple("ballots[2].writeIns[0].replaces", "WRITE_IN_LINE"),
        tuple("ballots[2].writeIns[2].replaces", "WRITE_IN_PER_LINE"));
    assertThat(BallotCounter.checkEntry(twoOfFour, 4, List.of(ballot(1, "FFAA"))))
        .extracting(Violation::rule).containsExactly(BallotCounter.RULE_BALLOTS_ADD_UP);
  }

  @Test
  void sheetTotalsMustAddUp() {
    SheetTotals ok = new SheetTotals(9, 1, List.of(new CandidateVotes("c-1", 9, 0, 0), new CandidateVotes("c-2", 5, 3, 1),
        new CandidateVotes("c-3", 2, 6, 1), new CandidateVotes("c-4", 1, 7, 1)), List.of(new WriteInVotes("m-9", "甲", 1)));
    assertThat(ok.check(twoOfFour, 10)).isEmpty();
    SheetTotals bad = new SheetTotals(9, 0, List.of(new CandidateVotes("c-1", 9, 1, 0), new CandidateVotes("c-2", 9, 0, 0),
        new CandidateVotes("c-3", 9, 0, 0), new CandidateVotes("c-9", 0, 0, 9)), List.of());
    assertThat(bad.check(twoOfFour, 10)).extracting(Violation::field, Violation::rule).containsExactly(
        tuple("valid", BallotCounter.RULE_BALLOTS_ADD_UP),
        tuple("candidates[0]", "MARKS_ADD_UP"),
        tuple("candidates[3].memberId", "CANDIDATE_ON_BALLOT"),
        tuple("candidates", "MARK_PER_CANDIDATE"),
        tuple("candidates", "FOR_WITHIN_SEATS"));
  }

  @Test
  void sheetWriteInsFollowTheSameRules() {
    SheetTotals sheet = new SheetTotals(10, 0, List.of(new CandidateVotes("c-1", 8, 2, 0), new CandidateVotes("c-2", 6, 3, 1),
        new CandidateVotes("c-3", 2, 8, 0), new CandidateVotes("c-4", 0, 10, 0)),
        List.of(new WriteInVotes("m-9", "甲", 2), new WriteInVotes("x-1", "乙", 1)));
    assertThat(sheet.check(twoOfFour, 10)).isEmpty();
    Tally tally = sheet.toTally(twoOfFour, ELIGIBLE_UNLESS_X);
    assertThat(tally.writeIns()).extracting(WriteInVotes::memberId).containsExactly("m-9");
    assertThat(tally.findings()).extracting(BallotFinding::ballot, BallotFinding::rule)
        .containsExactly(tuple(null, "WRITE_IN_INELIGIBLE"));
  }

  @Test
  void ballotsAndTheirTableHoldNoVoter() {
    assertThat(java.util.Arrays.stream(Ballot.class.getRecordComponents()).map(c -> c.getName()))
        .containsExactly("number", "marks", "writeIns");
  }
}
