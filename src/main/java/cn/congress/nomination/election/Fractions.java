package cn.congress.nomination.election;

/** Whole-number arithmetic for "more than / at least n/d of a total": no floating point near the boundary. */
final class Fractions {
  private Fractions() {}

  /** The least whole x with x/total ≥ n/d, or > n/d when strict. */
  static int smallestMeeting(int numerator, int denominator, boolean strict, int total) {
    long product = (long) numerator * total;
    long quotient = product / denominator;
    boolean whole = product % denominator == 0;
    return (int) (whole ? (strict ? quotient + 1 : quotient) : quotient + 1);
  }
}
