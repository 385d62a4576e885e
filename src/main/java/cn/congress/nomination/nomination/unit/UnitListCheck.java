package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.nomination.AgeLimits;
import cn.congress.nomination.organization.Member;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the unit list rules judge: the election, the unit, the names in rank order (each with its member record, the
 * path of the member's branch and the identity category it is counted under), and how the count is held.
 */
public record UnitListCheck(Election election, String unitId, String electoralUnitPath, List<Entry> entries,
                            ListCountMode countMode, AgeLimits ageLimits, Map<String, Share> localShares) {

  /** One name: member null when no such member exists; category null when none is assigned. */
  public record Entry(String memberId, Member member, String branchPath, String category) {

    public String person() {
      return member == null ? memberId : member.name() + "（" + memberId + "）";
    }
  }

  public UnitListCheck {
    Objects.requireNonNull(election, "election");
    entries = entries == null ? List.of() : List.copyOf(entries);
    countMode = countMode == null ? ListCountMode.EXACT : countMode;
    ageLimits = ageLimits == null ? AgeLimits.ADULT : ageLimits;
    localShares = localShares == null ? Map.of() : Map.copyOf(localShares);
  }
}
