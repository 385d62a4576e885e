package cn.congress.nomination.congress;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.election.StructureRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure of the elected against the election's delegate rules (≤ 9 leaders, ≥ 7 women …): each rule judges the
 * electoral unit's own delegates, or — for the rules the conference names — its own and the upper committee's nominees
 * together. Reported met / unmet: the election stands either way, the report tells the upper committee.
 */
public final class DelegateStructure {
  private DelegateStructure() {}

  public static List<RuleResult> evaluate(Election election, Collection<Delegate> elected, Set<String> upperNomineeRules,
                                          Map<String, Share> localShares) {
    List<CategorizedMember> own = elected.stream().filter(d -> d.seatSource() == SeatSource.ELECTORAL_UNIT)
        .map(Delegate::person).toList();
    List<CategorizedMember> all = elected.stream().map(Delegate::person).toList();
    List<RuleResult> results = new ArrayList<>();
    for (StructureRule rule : election.rules(RuleScope.DELEGATES)) {
      results.addAll(StructureEvaluator.evaluate(List.of(rule), election.definition(),
          upperNomineeRules.contains(rule.code()) ? all : own, election.electionDate(), localShares));
    }
    return results;
  }
}
