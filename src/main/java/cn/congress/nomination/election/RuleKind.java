package cn.congress.nomination.election;

/** A structure rule bounds a count (min / max) or a share (fixed, or the share among the unit's own members). */
public enum RuleKind {
  COUNT, SHARE
}
