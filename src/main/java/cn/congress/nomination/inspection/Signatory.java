package cn.congress.nomination.inspection;

/** The two signatures of an integrity conclusion (双签字): two different people. */
public enum Signatory {
  COMMITTEE_SECRETARY("党委（党组）书记"),
  DISCIPLINE_SECRETARY("纪委书记");

  private final String label;

  Signatory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
