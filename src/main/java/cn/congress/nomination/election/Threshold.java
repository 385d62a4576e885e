package cn.congress.nomination.election;

/** Votes for a candidate needed to be elected: a fraction of the expected or present voters, strict or not. */
public record Threshold(Integer numerator, Integer denominator, Boolean strict, VoterBasis basis) {

  public boolean strictBound() {
    return Boolean.TRUE.equals(strict);
  }

  public boolean isMetBy(int votesFor, int expected, int present) {
    return votesFor >= minimumVotes(expected, present);
  }

  public int minimumVotes(int expected, int present) {
    return Fractions.smallestMeeting(numerator, denominator, strictBound(), basis == VoterBasis.PRESENT ? present : expected);
  }

  public String describe() {
    return "赞成票" + (strictBound() ? "超过" : "不少于") + basis.label() + "的" + numerator + "/" + denominator;
  }
}
