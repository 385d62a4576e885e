package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.platform.Violation;
import java.util.List;

/** One rule of the plenary's circle vote: every violation it finds (empty when the vote keeps it). */
@FunctionalInterface
interface PreliminaryPolicy {
  List<Violation> check(PreliminarySlate slate);
}
