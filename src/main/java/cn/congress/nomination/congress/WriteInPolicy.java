package cn.congress.nomination.congress;

import java.util.Optional;

/** A rule under which one write-in does not count (the rest of the ballot stands). */
@FunctionalInterface
interface WriteInPolicy {
  Optional<String> check(BallotForm form, Mark lineMark, WriteIn writeIn, WriteInEligibility eligibility);
}
