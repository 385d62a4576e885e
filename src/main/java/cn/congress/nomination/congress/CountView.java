package cn.congress.nomination.congress;

import java.util.List;

/**
 * What one user may see of a round's count. Until a scrutineer confirms it the count is sealed: no tally, no outcome;
 * a counter sees their own entry and nobody else's; the counters and scrutineers see where the two entries differ
 * (locations, no values). Once confirmed, the tally and the outcome of record.
 */
public record CountView(long roundId, RoundStatus status, boolean sealed, int entries, CountEntry ownEntry,
                        List<Difference> differences, Tally tally, Outcome outcome) {

  static CountView sealed(Round round, int entries, CountEntry own, List<Difference> differences) {
    return new CountView(round.id(), round.status(), true, entries, own, List.copyOf(differences), null, null);
  }
}
