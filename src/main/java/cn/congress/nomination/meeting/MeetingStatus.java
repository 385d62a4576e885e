package cn.congress.nomination.meeting;

/**
 * Where a meeting record stands: RECORDED (waits for a second person), CONFIRMED, REJECTED by the second person (a new
 * record is needed), SUPERSEDED (replaced by a later record, or reopened after the decision was returned).
 */
public enum MeetingStatus {
  RECORDED("待确认"),
  CONFIRMED("已确认"),
  REJECTED("已退回"),
  SUPERSEDED("已作废");

  private final String label;

  MeetingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
