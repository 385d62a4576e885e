package cn.congress.nomination.election;

/** Where an election's life stands. Its configuration may be replaced only while it is a draft. */
public enum ElectionStatus {
  DRAFT("草稿"),
  ACTIVE("进行中"),
  CLOSED("已结束");

  private final String label;

  ElectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean mayBecome(ElectionStatus next) {
    return next.ordinal() == ordinal() + 1;
  }
}
