package cn.congress.nomination.election;

/**
 * How recommending units nominate: each against the electoral unit's whole number of seats (全额推荐), against seats
 * allocated level by level and expanded by the margin (按比例扩额逐级分配), or both.
 */
public enum NominationMode {
  FULL_QUOTA("全额推荐"),
  EXPANDED_RATIO("按比例扩额推荐"),
  BOTH("全额推荐与按比例扩额推荐相结合");

  private final String label;

  NominationMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
