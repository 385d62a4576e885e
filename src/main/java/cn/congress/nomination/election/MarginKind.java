package cn.congress.nomination.election;

/** A margin is a minimum ratio over the base (strict or not) or a count of names: exact, at least, or at most. */
public enum MarginKind {
  RATIO, EXACT_COUNT, MIN_COUNT, MAX_COUNT
}
