package cn.congress.nomination.organization;

/** Levels of the tree. Only branches hold members; any number of committee levels may sit between unit and branch. */
public enum OrganizationType {
  UPPER_COMMITTEE("上级党委"),
  ELECTORAL_UNIT("选举单位"),
  RECOMMENDING_UNIT("推荐单位"),
  COMMITTEE("党总支/基层党委"),
  BRANCH("党支部");

  private final String label;

  OrganizationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Which type may stand directly under which: the tree's shape, checked on import. */
  public boolean mayHaveParent(OrganizationType parent) {
    return switch (this) {
      case UPPER_COMMITTEE -> parent == null || parent == UPPER_COMMITTEE;
      case ELECTORAL_UNIT -> parent == UPPER_COMMITTEE;
      case RECOMMENDING_UNIT -> parent == ELECTORAL_UNIT;
      case COMMITTEE -> parent == RECOMMENDING_UNIT || parent == COMMITTEE;
      case BRANCH -> parent == RECOMMENDING_UNIT || parent == COMMITTEE || parent == ELECTORAL_UNIT;
    };
  }
}
