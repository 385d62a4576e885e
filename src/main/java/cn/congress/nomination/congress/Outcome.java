package cn.congress.nomination.congress;

import java.util.List;

/**
 * Who a round elects: the votes needed, every contestant's standing (most votes first), the elected, those tied for the
 * last seats (and how many seats they contest) and the seats left unfilled.
 */
public record Outcome(int seats, int minimumVotes, List<Standing> standings, List<String> elected, List<String> tied,
                      int tiedSeats, int unfilledSeats) {

  public Outcome {
    standings = List.copyOf(standings);
    elected = List.copyOf(elected);
    tied = List.copyOf(tied);
  }

  public enum Next {
    /** Every seat filled. */
    COMPLETE,
    /** A new vote among the tied only, for {@link #tiedSeats()} seats. */
    TIE_BREAK,
    /** Too few elected: a supplementary round for {@link #unfilledSeats()} seats, or a decision to reduce the seats. */
    UNFILLED_SEATS
  }

  public Next next() {
    if (!tied.isEmpty()) return Next.TIE_BREAK;
    return unfilledSeats > 0 ? Next.UNFILLED_SEATS : Next.COMPLETE;
  }
}
