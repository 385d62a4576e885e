package cn.congress.nomination.election;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * The margin (差额) of one stage: a ratio of names beyond the base ("at least 50%": names ≥ base × 1.5; "more than 15%":
 * names > base × 1.15, strictly), or a count of names (exact, minimum, maximum). Fields are nullable as they arrive in a
 * request; a stored election's margins are complete.
 */
public record Margin(Stage stage, MarginKind kind, BigDecimal ratio, Boolean strict, Integer count) {

  public boolean strictBound() {
    return Boolean.TRUE.equals(strict);
  }

  /** The fewest names a list over {@code base} may have: the ceiling of the bound, one more where it is strict and whole. */
  public int minimumNames(int base) {
    return switch (kind) {
      case RATIO -> {
        BigDecimal exact = BigDecimal.valueOf(base).multiply(BigDecimal.ONE.add(ratio));
        BigDecimal ceiling = exact.setScale(0, RoundingMode.CEILING);
        yield ceiling.intValueExact() + (strictBound() && ceiling.compareTo(exact) == 0 ? 1 : 0);
      }
      case EXACT_COUNT, MIN_COUNT -> count;
      case MAX_COUNT -> base;
    };
  }

  /** The most names a list may have, where the margin bounds it. */
  public OptionalInt maximumNames() {
    return kind == MarginKind.EXACT_COUNT || kind == MarginKind.MAX_COUNT ? OptionalInt.of(count) : OptionalInt.empty();
  }

  public boolean allows(int names, int base) {
    return names >= minimumNames(base) && (maximumNames().isEmpty() || names <= maximumNames().getAsInt());
  }

  /** The margin in the words of a work plan, e.g. "差额比例不少于50%". */
  public String describe() {
    return switch (kind) {
      case RATIO -> "差额比例" + (strictBound() ? "多于" : "不少于")
          + ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
      case EXACT_COUNT -> count + "名";
      case MIN_COUNT -> "不少于" + count + "名";
      case MAX_COUNT -> "不多于" + count + "名";
    };
  }
}
