package cn.congress.nomination.nomination.branch;

/** How the branch told its members. */
public enum MustKnowChannel {
  MEETING("党员大会"),
  BULLETIN("党务公开栏"),
  MESSAGE("短信、微信等"),
  PHONE("电话"),
  HOME_VISIT("上门告知"),
  OTHER("其他方式");

  private final String label;

  MustKnowChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
