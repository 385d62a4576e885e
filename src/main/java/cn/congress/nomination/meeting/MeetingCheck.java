package cn.congress.nomination.meeting;

import cn.congress.nomination.election.Quorum;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the meeting policies judge: the draft, the ranking of support it was shown (may be empty), the election's
 * quorum and the names of the people (member id → name) so that messages name them.
 */
public record MeetingCheck(MeetingDraft draft, List<RankedName> ranking, Quorum quorum, Map<String, String> names) {

  public MeetingCheck {
    Objects.requireNonNull(draft, "draft");
    ranking = ranking == null ? List.of() : List.copyOf(ranking);
    names = names == null ? Map.of() : Map.copyOf(names);
  }

  public List<MeetingVote> votes() {
    return draft.votes() == null ? List.of() : draft.votes();
  }

  /** "张三（m-1）", or the id alone when the name is unknown. */
  public String person(String memberId) {
    String name = names.get(memberId);
    if (name == null) {
      name = ranking.stream().filter(r -> r.memberId().equals(memberId)).map(RankedName::name).filter(Objects::nonNull)
          .findFirst().orElse(null);
    }
    return name == null ? String.valueOf(memberId) : name + "（" + memberId + "）";
  }

  /** Position (1-based) of each ranked member, ties sharing the better position: equal support is no departure. */
  public Map<String, Integer> ranks() {
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < ranking.size(); i++) {
      RankedName r = ranking.get(i);
      int rank = i + 1;
      if (i > 0 && sameSupport(ranking.get(i - 1), r)) rank = ranks.get(ranking.get(i - 1).memberId());
      ranks.putIfAbsent(r.memberId(), rank);
    }
    return ranks;
  }

  static boolean sameSupport(RankedName a, RankedName b) {
    return a.branches() == b.branches() && a.members() == b.members();
  }
}
