package cn.congress.nomination.nomination;

/** How a member took part in the branch meeting; members who cannot attend are reached another way and still count. */
public enum ParticipationChannel {
  PRESENT("到会"),
  PHONE("电话"),
  LETTER("信函"),
  HOME_VISIT("上门"),
  MOBILE_BALLOT_BOX("流动票箱");

  private final String label;

  ParticipationChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
