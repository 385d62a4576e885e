package cn.congress.nomination.nomination;

import java.util.OptionalInt;

/**
 * Age bounds for a nominee, at the election date, both inclusive. The maximum is optional: an election sets one only
 * when its notice demands it.
 */
public record AgeLimits(int minimum, Integer maximum) {

  /** Party membership itself starts at 18, so no nominee can be younger. */
  public static final AgeLimits ADULT = new AgeLimits(18, null);

  public AgeLimits {
    if (minimum < 0) throw new IllegalArgumentException("最低年龄不能为负数：" + minimum);
    if (maximum != null && maximum < minimum) {
      throw new IllegalArgumentException("最高年龄 " + maximum + " 小于最低年龄 " + minimum);
    }
  }

  public OptionalInt maximumAge() {
    return maximum == null ? OptionalInt.empty() : OptionalInt.of(maximum);
  }
}
