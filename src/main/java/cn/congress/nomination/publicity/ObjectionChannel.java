package cn.congress.nomination.publicity;

/** How an objection arrived: through the public endpoint, or by one of the channels staff enter it from. */
public enum ObjectionChannel {
  PUBLIC("网上反映"),
  PHONE("电话"),
  LETTER("来信"),
  SMS("短信"),
  HOTLINE("举报电话");

  private final String label;

  ObjectionChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Channels staff may enter an objection from (PUBLIC is the endpoint's own). */
  public boolean enteredByStaff() {
    return this != PUBLIC;
  }
}
