package cn.congress.nomination.discipline;

/** Where a reported violation stands: being verified, or concluded by the discipline commission. */
public enum ViolationStatus {
  REPORTED("核查中"),
  CONFIRMED("查实"),
  NOT_CONFIRMED("查无实据");

  private final String label;

  ViolationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
