package cn.congress.nomination.candidate.initial;

import cn.congress.nomination.candidate.SlatePolicies;
import cn.congress.nomination.candidate.SlatePolicy;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.platform.Violation;
import java.util.List;

/**
 * The rules of a list of initial candidates (代表候选人初步人选). The proposal: the configured number (21 in the
 * reference scenario) chosen from the inspected targets still standing, each eligible and categorized, some choice of
 * the seats from them meeting the structure. The adjustment after a publicity removed names: the same, but a shorter
 * list is allowed as long as the conference can still elect with its margin.
 */
final class InitialCandidatePolicies {
  private InitialCandidatePolicies() {}

  static final String FIELD = "candidates";
  static final String LABEL = "代表候选人初步人选";
  static final String CODE_PREFIX = "INITIAL";
  static final String POOL_LABEL = "考察合格的考察对象";

  /** At most the configured number: an adjustment replaces or shortens, it does not lengthen. */
  static final SlatePolicy NOT_ABOVE_COUNT = s -> {
    int names = s.memberIds().size();
    int required = s.election().requiredNames(Stage.INITIAL_CANDIDATES);
    return names <= required ? List.of() : List.of(Violation.of(FIELD, "INITIAL_NOT_ABOVE_COUNT", LABEL + "为 " + names
        + " 名，调整后不能多于规定的 " + required + " 名"));
  };

  /** A shorter list still lets the conference elect with its margin over the seats. */
  static final SlatePolicy ELECTION_MARGIN = s -> {
    Election e = s.election();
    int names = s.memberIds().size();
    return e.margin(Stage.ELECTION).filter(m -> !m.allows(names, e.seats()))
        .map(m -> List.of(Violation.of(FIELD, "INITIAL_ELECTION_MARGIN", LABEL + "减少到 " + names
            + " 名后，不能满足选举的差额要求（" + m.describe() + "，应选 " + e.seats() + " 名）")))
        .orElse(List.of());
  };

  static List<SlatePolicy> of(InitialStage stage) {
    SlatePolicy fromPool = SlatePolicies.fromPool(POOL_LABEL);
    return switch (stage) {
      case PROPOSAL -> List.of(SlatePolicies.count(Stage.INITIAL_CANDIDATES), SlatePolicies.DISTINCT, fromPool,
          SlatePolicies.ELIGIBLE, SlatePolicies.IDENTITY_ASSIGNED, SlatePolicies.STRUCTURE_FEASIBLE);
      case ADJUSTMENT -> List.of(NOT_ABOVE_COUNT, ELECTION_MARGIN, SlatePolicies.DISTINCT, fromPool,
          SlatePolicies.ELIGIBLE, SlatePolicies.IDENTITY_ASSIGNED, SlatePolicies.STRUCTURE_FEASIBLE);
    };
  }
}
