package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.election.Threshold;
import cn.congress.nomination.election.VoterBasis;
import cn.congress.nomination.nomination.AgeLimits;
import cn.congress.nomination.nomination.MajorityRule;
import cn.congress.nomination.nomination.NomineePolicies;
import cn.congress.nomination.nomination.NomineePolicy;
import cn.congress.nomination.nomination.VoteCount;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable parts of the branch rules: which nominees are the branch's names (majority rule) and the age limits
 * at the election date. Defaults: more than half of the participants, all votes counted; no age limit beyond 18.
 */
@Component
class BranchRules {

  private final MajorityRule majority;
  private final List<NomineePolicy> nomineePolicies;

  BranchRules(@Value("${nomination.branch.majority.numerator:1}") int numerator,
              @Value("${nomination.branch.majority.denominator:2}") int denominator,
              @Value("${nomination.branch.majority.strict:true}") boolean strict,
              @Value("${nomination.branch.majority.basis:PRESENT}") VoterBasis basis,
              @Value("${nomination.branch.majority.counting:ALL_VOTES}") VoteCount counting,
              @Value("${nomination.branch.age.minimum:18}") int minimumAge,
              @Value("${nomination.branch.age.maximum:#{null}}") Integer maximumAge) {
    this.majority = new MajorityRule(new Threshold(numerator, denominator, strict, basis), counting);
    this.nomineePolicies = NomineePolicies.all(new AgeLimits(minimumAge, maximumAge));
  }

  MajorityRule majority() {
    return majority;
  }

  List<NomineePolicy> nomineePolicies() {
    return nomineePolicies;
  }
}
