package cn.congress.nomination.congress;

import java.time.Instant;
import java.util.List;

/** One counter's entry of a round's count: ballots (BALLOTS) or a tally sheet (SHEET). */
public record CountEntry(long id, long roundId, String counter, EntryMode mode, List<Ballot> ballots, SheetTotals sheet,
                         Instant enteredAt) {

  /** The tally this entry gives under the ballot form's rules. */
  public Tally tally(BallotForm form, WriteInEligibility eligibility) {
    return mode == EntryMode.BALLOTS ? BallotCounter.count(form, ballots, eligibility) : sheet.toTally(form, eligibility);
  }
}
