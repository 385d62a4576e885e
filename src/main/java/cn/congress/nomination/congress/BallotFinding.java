package cn.congress.nomination.congress;

/**
 * What counting found on one ballot: the ballot void (e.g. OVER_MARKED), or one write-in not counted (e.g.
 * WRITE_IN_INELIGIBLE). Names the ballot by its number in the pile (null for a sheet of totals), never a voter.
 */
public record BallotFinding(Integer ballot, String rule, boolean voidsBallot, String message) {}
