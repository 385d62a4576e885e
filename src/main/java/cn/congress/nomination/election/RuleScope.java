package cn.congress.nomination.election;

/** What a structure rule constrains: the delegates (and every slate of candidates for them) or each unit's list. */
public enum RuleScope {
  DELEGATES("代表结构"),
  RECOMMENDATION_LIST("推荐单位推荐人选结构");

  private final String label;

  RuleScope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
