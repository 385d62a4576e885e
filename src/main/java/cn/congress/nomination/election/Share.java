package cn.congress.nomination.election;

import java.math.BigDecimal;

/** A share as whole numbers (part of whole), e.g. women among the unit's members, compared without rounding. */
public record Share(long part, long whole) {

  /** A decimal fraction as whole numbers: 0.15 is 15/100. */
  public static Share of(BigDecimal fraction) {
    BigDecimal f = fraction.stripTrailingZeros();
    return f.scale() <= 0 ? new Share(f.longValueExact(), 1)
        : new Share(f.unscaledValue().longValueExact(), BigDecimal.TEN.pow(f.scale()).longValueExact());
  }

  /** Whether count/population reaches this share (exceeds it when strict). An empty population reaches only nothing. */
  public boolean reachedBy(long count, long population, boolean strict) {
    long left = count * whole;
    long right = part * population;
    return strict ? left > right : left >= right;
  }
}
