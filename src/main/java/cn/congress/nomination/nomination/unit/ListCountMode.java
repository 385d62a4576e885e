package cn.congress.nomination.nomination.unit;

/**
 * How a unit's list is held to the configured count ({@code Election.requiredNamesOf(unit)}): exactly that many names
 * (the reference scenario: 17 for 11 seats at a margin of at least 50%), or at least that many. Property
 * {@code nomination.unit-list.count-mode}, default EXACT.
 */
public enum ListCountMode {
  EXACT, MINIMUM
}
