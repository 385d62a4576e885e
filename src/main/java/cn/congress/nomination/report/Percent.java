package cn.congress.nomination.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of every report: a share as a percentage to one decimal, rounded half up (33.585% is 33.6%),
 * from the exact whole numbers (never from an already rounded figure); nothing when the whole is zero. The same rule
 * gives an average (age) to one decimal.
 */
public final class Percent {
  private Percent() {}

  public static BigDecimal of(long part, long whole) {
    if (whole <= 0) return null;
    return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  public static BigDecimal average(long sum, long count) {
    if (count <= 0) return null;
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  /** "33.6%", or "—" without a whole. */
  public static String text(BigDecimal percent) {
    return percent == null ? "—" : percent.toPlainString() + "%";
  }
}
