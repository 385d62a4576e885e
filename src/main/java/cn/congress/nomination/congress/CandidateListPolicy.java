package cn.congress.nomination.congress;

import cn.congress.nomination.election.Margin;
import cn.congress.nomination.platform.Violation;
import java.util.List;

/** One rule of the formal candidate list: the violations it finds (empty when the list keeps it). */
@FunctionalInterface
interface CandidateListPolicy {
  List<Violation> check(CandidateList list, Margin margin);
}
