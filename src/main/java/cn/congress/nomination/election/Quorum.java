package cn.congress.nomination.election;

/**
 * The quorum of the electing meeting as a fraction of the expected voters, e.g. more than 4/5 (strict) or at least 2/3.
 * Compared in whole numbers: no rounding.
 */
public record Quorum(Integer numerator, Integer denominator, Boolean strict) {

  public boolean strictBound() {
    return Boolean.TRUE.equals(strict);
  }

  public boolean isMetBy(int expected, int present) {
    long left = (long) present * denominator;
    long right = (long) numerator * expected;
    return strictBound() ? left > right : left >= right;
  }

  /** The fewest present voters that make the meeting valid. */
  public int minimumPresent(int expected) {
    return Fractions.smallestMeeting(numerator, denominator, strictBound(), expected);
  }

  public String describe() {
    return (strictBound() ? "超过" : "不少于") + "应到会人数的" + numerator + "/" + denominator;
  }
}
