package cn.congress.nomination.election;

/** Quorum and election threshold: proper fractions that a meeting can reach. */
final class VotingRulesPolicy implements ElectionPolicy {

  @Override
  public void check(ElectionConfig c, ValidationContext context, Violations v) {
    if (v.require(c.quorum(), "quorum", "会议有效人数规则")) {
      fraction(c.quorum().numerator(), c.quorum().denominator(), c.quorum().strictBound(), "quorum", "到会人数比例", v);
    }
    if (v.require(c.threshold(), "threshold", "当选票数规则")) {
      Threshold t = c.threshold();
      fraction(t.numerator(), t.denominator(), t.strictBound(), "threshold", "当选票数比例", v);
      v.require(t.basis(), "threshold.basis", "当选票数基准（EXPECTED/PRESENT）");
    }
  }

  private static void fraction(Integer numerator, Integer denominator, boolean strict, String path, String what,
                               Violations v) {
    boolean complete = v.require(numerator, path + ".numerator", what + "的分子")
        & v.require(denominator, path + ".denominator", what + "的分母");
    if (!complete) return;
    if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
      v.add(path, "FRACTION_RANGE", path + "：" + what + numerator + "/" + denominator + "应大于0且不超过1");
    } else if (strict && numerator.equals(denominator)) {
      v.add(path, "FRACTION_IMPOSSIBLE", path + "：" + what + "不可能超过全部人数");
    }
  }
}
