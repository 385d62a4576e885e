package cn.congress.nomination.inspection;

/** Whose opinion on a target the inspection asks for. */
public enum OpinionSource {
  PARTY_ORGANIZATION("所在党组织意见"),
  DISCIPLINE_COMMISSION("纪检监察机关意见"),
  REGULATOR("行业监管部门意见");

  private final String label;

  OpinionSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
