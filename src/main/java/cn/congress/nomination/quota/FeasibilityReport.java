package cn.congress.nomination.quota;

import cn.congress.nomination.platform.Violation;
import java.util.List;

/**
 * The answer for one slate: feasible or not; when not, the conflicting rules; when so, one selection that meets every
 * rule (member ids), the pivotal candidates and the rules without slack.
 */
public record FeasibilityReport(boolean feasible, List<RuleConflict> conflicts, List<String> selection,
                                List<PivotalCandidate> pivotal, List<SlackWarning> warnings) {

  public static final String RULE_INFEASIBLE = "STRUCTURE_INFEASIBLE";

  public FeasibilityReport {
    conflicts = List.copyOf(conflicts);
    selection = List.copyOf(selection);
    pivotal = List.copyOf(pivotal);
    warnings = List.copyOf(warnings);
  }

  static FeasibilityReport infeasible(List<RuleConflict> conflicts) {
    return new FeasibilityReport(false, conflicts, List.of(), List.of(), List.of());
  }

  /** The conflicts as violations of the field {@code field} (e.g. "candidates"), for a 422 answer. */
  public List<Violation> violations(String field) {
    return conflicts.stream().map(c -> Violation.of(field, RULE_INFEASIBLE, c.message())).toList();
  }
}
