package cn.congress.nomination.discipline;

/** What a reported breach of the discipline rules (九严禁/十严禁) is about, with its name in Chinese. */
public enum ViolationKind {
  CANVASSING("拉票"),
  BRIBERY("贿选"),
  SEEKING_OFFICE("跑官要官、说情打招呼"),
  INTERFERENCE("干扰、破坏选举"),
  FALSE_ACCUSATION("造谣诬陷、诬告他人"),
  OTHER("其他违反换届纪律的行为");

  private final String label;

  ViolationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
