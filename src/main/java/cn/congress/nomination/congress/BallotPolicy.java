package cn.congress.nomination.congress;

import java.util.Optional;

/** A rule that voids a whole ballot (e.g. more names marked "for" than there are seats). */
@FunctionalInterface
interface BallotPolicy {
  Optional<BallotFinding> check(BallotForm form, Ballot ballot);
}
