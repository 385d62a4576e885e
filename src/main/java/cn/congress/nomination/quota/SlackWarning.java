package cn.congress.nomination.quota;

/**
 * A rule with no slack: SUPPLY when the slate holds exactly as many qualifying candidates as the rule needs, BINDING
 * when every selection meeting all rules sits exactly on this rule's bound.
 */
public record SlackWarning(String ruleCode, String label, Kind kind, String message) {

  public enum Kind { SUPPLY, BINDING }
}
