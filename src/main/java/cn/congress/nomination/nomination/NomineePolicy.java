package cn.congress.nomination.nomination;

import java.util.Optional;

/** One eligibility rule for a nominee: empty when the nominee keeps it. */
@FunctionalInterface
public interface NomineePolicy {
  Optional<Rejection> check(NomineeContext nominee);
}
