package cn.congress.nomination.nomination.branch;

/** The five must-knows a branch confirms itself: #1 its own nominees, #2 the recommending unit's selection. */
public enum MustKnowKind {
  BRANCH_NOMINEES("支部推荐人选"),
  UNIT_SELECTION("推荐单位确定的人选");

  private final String label;

  MustKnowKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
