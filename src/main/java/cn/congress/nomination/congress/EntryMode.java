package cn.congress.nomination.congress;

/** How a counter enters a round: ballot by ballot, or the totals of a tally sheet. */
public enum EntryMode {
  BALLOTS, SHEET
}
