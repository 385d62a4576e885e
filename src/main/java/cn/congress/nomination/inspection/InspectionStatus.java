package cn.congress.nomination.inspection;

/** Where one target's inspection stands. */
public enum InspectionStatus {
  IN_PROGRESS("考察中"),
  PASSED("考察通过"),
  VETOED("一票否决"),
  REMOVED("已取消资格，考察终止");

  private final String label;

  InspectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
