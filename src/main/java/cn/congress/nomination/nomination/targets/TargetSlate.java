package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.organization.Member;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A list of inspection targets as the rules judge it: the election, the names in their order (member ids, possibly
 * unknown), what is known of each (member, identity category, branch path), the pool of filed names, and for the
 * decision the confirmed proposal with the reason given for each change (added or removed member id → reason).
 */
record TargetSlate(Election election, String electoralUnitPath, List<String> memberIds, Map<String, Target> known,
                   Set<String> pool, List<String> proposal, Map<String, String> changeReasons,
                   Map<String, Share> localShares) {

  /** One named target: the member, their identity category in this election (null: none), their branch's path. */
  record Target(Member member, String category, String branchPath) {

    /** "张三（m-1）": how messages name the person. */
    String person() {
      return member.name() + "（" + member.id() + "）";
    }
  }

  TargetSlate {
    Objects.requireNonNull(election, "election");
    memberIds = List.copyOf(memberIds);
    known = Map.copyOf(known);
    pool = Set.copyOf(pool);
    proposal = proposal == null ? null : List.copyOf(proposal);
    changeReasons = changeReasons == null ? Map.of() : Map.copyOf(changeReasons);
    localShares = localShares == null ? Map.of() : Map.copyOf(localShares);
  }

  /** A proposal: no earlier list to compare with. */
  static TargetSlate proposal(Election election, String electoralUnitPath, List<String> memberIds,
                              Map<String, Target> known, Set<String> pool, Map<String, Share> localShares) {
    return new TargetSlate(election, electoralUnitPath, memberIds, known, pool, null, null, localShares);
  }

  boolean isDecision() {
    return proposal != null;
  }

  /** The person as messages name them: "张三（m-1）", or the bare id when no such member exists. */
  String person(String memberId) {
    Target t = known.get(memberId);
    return t == null ? memberId : t.person();
  }
}
