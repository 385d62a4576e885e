package cn.congress.nomination.congress;

import java.util.List;

/**
 * The formal candidate list of the conference: the electoral unit's preliminary candidates and the upper committee's
 * nominees, on one ballot. Seats are the unit's own plus one per upper nominee; the margin is over the whole list.
 */
public record CandidateList(List<FormalCandidate> candidates, int unitSeats) {

  public CandidateList {
    candidates = List.copyOf(candidates);
  }

  public long upperNominees() {
    return candidates.stream().filter(c -> c.seatSource() == SeatSource.UPPER_NOMINEE).count();
  }

  /** The seats the conference fills: the unit's seats and one per upper nominee. */
  public int seats() {
    return unitSeats + (int) upperNominees();
  }

  /** The candidates as the ballot prints them: in surname stroke order. */
  public List<FormalCandidate> ballotOrder() {
    return SurnameStrokeOrder.sorted(candidates, FormalCandidate::name);
  }
}
