package cn.congress.nomination.quota;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.platform.ValidationException;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The feasibility check for the stages that decide a list of candidates (initial, preliminary): over the seats. */
@Component
public class StructureFeasibility {

  public FeasibilityReport check(Election election, Collection<CategorizedMember> slate, Map<String, Share> localShares) {
    return FeasibilityCheck.forDelegates(election, localShares).check(slate, election.seats());
  }

  /** Refuses a slate no choice from which meets the structure rules: 422 naming the rules, nothing changes. */
  public FeasibilityReport requireFeasible(Election election, Collection<CategorizedMember> slate,
                                           Map<String, Share> localShares, String field) {
    FeasibilityReport report = check(election, slate, localShares);
    if (!report.feasible()) {
      throw new ValidationException("候选人名单无法满足代表结构要求", report.violations(field));
    }
    return report;
  }
}
