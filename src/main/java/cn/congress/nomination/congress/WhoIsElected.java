package cn.congress.nomination.congress;

import cn.congress.nomination.election.Threshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who a round elects. A contestant (candidate or counted write-in) qualifies with "for" votes reaching the election's
 * {@link Threshold} — e.g. more than half of the expected voters (or of the present, per election type); exactly half
 * does not elect. More qualifying than seats: by votes, down to the last seat; several with the same votes for the last
 * seat(s): none of them is elected, they go to a new vote among themselves only. Fewer qualifying than seats: the rest
 * are unfilled (a supplementary round, or a recorded reduction of the seats). In a tie-break round the most votes elect,
 * with no threshold (they reached it in the round they tied in).
 */
public final class WhoIsElected {
  private WhoIsElected() {}

  public static Outcome decide(BallotForm form, Tally tally, RoundKind kind, Threshold threshold, RollCall rollCall) {
    int minimum = kind == RoundKind.TIE_BREAK ? 0 : threshold.minimumVotes(rollCall.expected(), rollCall.present());
    record Contestant(String memberId, String name, int votes, boolean writeIn) {}
    List<Contestant> all = new ArrayList<>();
    for (CandidateVotes c : tally.candidates()) all.add(new Contestant(c.memberId(), form.name(c.memberId()), c.votesFor(), false));
    for (WriteInVotes w : tally.writeIns()) all.add(new Contestant(w.memberId(), w.name(), w.votes(), true));
    all.sort(Comparator.comparingInt(Contestant::votes).reversed().thenComparing(Contestant::memberId));

    List<Contestant> qualified = all.stream().filter(c -> c.votes() >= minimum).toList();
    int seats = form.seats();
    int electedCount;
    int tiedFrom = -1;
    int tiedTo = -1;
    if (qualified.size() <= seats) {
      electedCount = qualified.size();
    } else {
      int last = qualified.get(seats - 1).votes();
      if (qualified.get(seats).votes() == last) {
        tiedFrom = 0;
        while (qualified.get(tiedFrom).votes() > last) tiedFrom++;
        tiedTo = tiedFrom;
        while (tiedTo < qualified.size() && qualified.get(tiedTo).votes() == last) tiedTo++;
        electedCount = tiedFrom;
      } else {
        electedCount = seats;
      }
    }
    List<Standing> standings = new ArrayList<>();
    List<String> elected = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Contestant c = all.get(i);
      Standing.Result result;
      if (c.votes() < minimum) result = Standing.Result.BELOW_THRESHOLD;
      else if (i < electedCount) result = Standing.Result.ELECTED;
      else if (i >= tiedFrom && i < tiedTo) result = Standing.Result.TIED;
      else result = Standing.Result.NOT_ELECTED;
      if (result == Standing.Result.ELECTED) elected.add(c.memberId());
      if (result == Standing.Result.TIED) tied.add(c.memberId());
      standings.add(new Standing(c.memberId(), c.name(), c.votes(), c.writeIn(), result));
    }
    int tiedSeats = tied.isEmpty() ? 0 : seats - electedCount;
    int unfilled = tied.isEmpty() ? seats - electedCount : 0;
    return new Outcome(seats, minimum, standings, elected, tied, tiedSeats, unfilled);
  }
}
