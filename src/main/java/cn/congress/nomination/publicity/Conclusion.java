package cn.congress.nomination.publicity;

import java.util.Optional;

/**
 * The discipline commission's conclusion on an objection. A name is removed when the objection is substantiated, and
 * also when it could not be cleared (a doubt the verification could not remove does not go forward); an
 * unsubstantiated or not specific objection keeps the name.
 */
public enum Conclusion {
  SUBSTANTIATED("反映问题属实", "OBJECTION_SUBSTANTIATED"),
  UNSUBSTANTIATED("反映问题不属实", null),
  NOT_SPECIFIC("反映问题不具体、无法核查", null),
  NOT_CLEARED("反映问题难以查清、不能排除", "OBJECTION_NOT_CLEARED");

  private final String label;
  private final String removalRule;

  Conclusion(String label, String removalRule) {
    this.label = label;
    this.removalRule = removalRule;
  }

  public String label() {
    return label;
  }

  /** The rule code a removal carries in the register, when this conclusion removes the name. */
  public Optional<String> removalRule() {
    return Optional.ofNullable(removalRule);
  }

  public boolean removesName() {
    return removalRule != null;
  }
}
