package cn.congress.nomination.congress;

import java.util.Optional;

/**
 * Whether a person written in may receive the vote: a full member within the electoral unit (and the other member
 * rules of nomination/NomineePolicies). Empty when eligible, else the reason in Chinese.
 */
@FunctionalInterface
public interface WriteInEligibility {
  Optional<String> refuse(String memberId);

  WriteInEligibility NONE = id -> Optional.of("不符合另选条件");
}
