package cn.congress.nomination.congress;

import cn.congress.nomination.election.RuleResult;
import java.util.List;

/**
 * The conference's results: seats (after any recorded reduction), the elected in surname stroke order, whether every
 * seat is filled or given up, and the structure of the unit's own delegates against the rules, met or unmet.
 */
public record ConferenceResult(String electionId, int seats, int seatsGivenUp, boolean complete,
                               List<ElectedDelegate> elected, List<RuleResult> structure, boolean structureMet) {}
