package cn.congress.nomination.congress;

import static cn.congress.nomination.congress.Papers.ballot;
import static cn.congress.nomination.congress.Papers.writeIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryDifferencesTest {

  final BallotForm form = Papers.form(3, 2);

  CountEntry ballots(String counter, Ballot... ballots) {
    return new CountEntry(1, 1, counter, EntryMode.BALLOTS, List.of(ballots), null, Instant.now());
  }

  CountEntry sheet(String counter, SheetTotals sheet) {
    return new CountEntry(2, 1, counter, EntryMode.SHEET, null, sheet, Instant.now());
  }

  @Test
  void identicalEntriesHaveNoDifference() {
    CountEntry a = ballots("a", ballot(1, "FFA"), ballot(2, "FAA", writeIn("c-2", "m-9")));
    CountEntry b = ballots("b", ballot(1, "FFA"), ballot(2, "FAA", writeIn("c-2", "m-9")));
    assertThat(EntryDifferences.between(form, a, b, Papers.ELIGIBLE_UNLESS_X)).isEmpty();
  }

  @Test
  void differencesAreListedBallotByBallot_withoutTheValues() {
    CountEntry a = ballots("a", ballot(1, "FFA"), ballot(2, "FAA", writeIn("c-2", "m-9")), ballot(3, "NNN"));
    CountEntry b = ballots("b", ballot(1, "FAF"), ballot(2, "FAA"), ballot(4, "NNN"));
    List<Difference> d = EntryDifferences.between(form, a, b, Papers.ELIGIBLE_UNLESS_X);
    assertThat(d).extracting(Difference::field).containsExactly("ballots[1].marks.c-2", "ballots[1].marks.c-3",
        "ballots[2].writeIns", "ballots[3]", "ballots[4]");
    assertThat(d.get(0).message()).isEqualTo("第 1 张选票对" + form.candidates().get(1).name() + "的标记两次录入不一致");
    assertThat(d).allSatisfy(x -> assertThat(x.message()).doesNotContain("赞成票为", "FFA", "m-9"));
  }

  @Test
  void aSheetIsComparedFigureByFigure() {
    SheetTotals first = new SheetTotals(10, 0, List.of(new CandidateVotes("c-1", 8, 2, 0),
        new CandidateVotes("c-2", 6, 3, 1), new CandidateVotes("c-3", 2, 8, 0)), List.of());
    SheetTotals second = new SheetTotals(10, 0, List.of(new CandidateVotes("c-1", 8, 2, 0),
        new CandidateVotes("c-2", 5, 4, 1), new CandidateVotes("c-3", 2, 8, 0)), List.of(new WriteInVotes("m-9", "甲", 1)));
    assertThat(EntryDifferences.between(form, sheet("a", first), sheet("b", second), Papers.ELIGIBLE_UNLESS_X))
        .extracting(Difference::field).containsExactly("candidates.c-2.votesFor", "candidates.c-2.against", "writeIns.m-9");
  }

  @Test
  void aBallotEntryAndASheetAreComparedByTheirTallies() {
    SheetTotals sheet = new SheetTotals(2, 0, List.of(new CandidateVotes("c-1", 2, 0, 0),
        new CandidateVotes("c-2", 1, 1, 0), new CandidateVotes("c-3", 0, 2, 0)), List.of());
    assertThat(EntryDifferences.between(form, ballots("a", ballot(1, "FFA"), ballot(2, "FAA")), sheet("b", sheet),
        Papers.ELIGIBLE_UNLESS_X)).isEmpty();
    assertThat(EntryDifferences.between(form, ballots("a", ballot(1, "FFA"), ballot(2, "FAN")), sheet("b", sheet),
        Papers.ELIGIBLE_UNLESS_X)).extracting(Difference::field)
        .containsExactly("candidates.c-3.against", "candidates.c-3.abstain");
  }
}
