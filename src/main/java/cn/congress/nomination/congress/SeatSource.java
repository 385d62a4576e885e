package cn.congress.nomination.congress;

/** Where a formal candidate's seat comes from: the electoral unit's own seats, or one added per upper nominee. */
public enum SeatSource {
  ELECTORAL_UNIT("本选举单位代表候选人"),
  UPPER_NOMINEE("上级党委提名的代表候选人");

  private final String label;

  SeatSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
