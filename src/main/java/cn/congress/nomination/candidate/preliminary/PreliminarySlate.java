package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.organization.Member;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules of the plenary's circle vote judge: the election, the initial candidates still standing (the ballot),
 * the names removed from the campaign with their reason, the votes as recorded, what is known of each person (member,
 * identity category; null category: none), and the local shares for structure rules that need them.
 */
record PreliminarySlate(Election election, List<String> initial, Map<String, String> removed, List<MeetingVote> votes,
                        Map<String, Member> members, Map<String, String> categories, Map<String, Share> localShares) {

  PreliminarySlate {
    Objects.requireNonNull(election, "election");
    initial = List.copyOf(initial);
    removed = Map.copyOf(removed);
    votes = votes == null ? List.of() : votes.stream().filter(Objects::nonNull).toList();
    members = Map.copyOf(members);
    categories = Map.copyOf(categories);
    localShares = localShares == null ? Map.of() : Map.copyOf(localShares);
  }

  /** The names the plenary chose, each once, in the order recorded. */
  List<String> selected() {
    return votes.stream().filter(MeetingVote::selected).map(MeetingVote::memberId).filter(Objects::nonNull).distinct()
        .toList();
  }

  /** "张三（m-1）", or the bare id when no such member exists. */
  String person(String memberId) {
    Member m = members.get(memberId);
    return m == null ? String.valueOf(memberId) : m.name() + "（" + memberId + "）";
  }
}
