package cn.congress.nomination.election;

/** The broad class of an identity category: structure rules count leaders and frontline people by it. */
public enum IdentityKind {
  LEADER("领导干部"),
  FRONTLINE("生产和工作第一线"),
  OTHER("其他");

  private final String label;

  IdentityKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
