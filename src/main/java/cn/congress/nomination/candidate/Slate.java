package cn.congress.nomination.candidate;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.organization.Member;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A list of names as the list rules judge it, at any stage (inspection targets, initial or preliminary candidates):
 * the election, the names in their order (member ids, possibly unknown), what is known of each, the names the list may
 * be chosen from, and how messages call the list ({@code label}, e.g. 代表候选人初步人选) and prefix its rule codes
 * ({@code codePrefix}, e.g. INITIAL → INITIAL_DISTINCT).
 */
public record Slate(Election election, String electoralUnitPath, String label, String codePrefix, String field,
                    List<String> memberIds, Map<String, Entry> known, Set<String> pool,
                    Map<String, Share> localShares) {

  /** One named person: the member, their identity category in this election (null: none), their branch's path. */
  public record Entry(Member member, String category, String branchPath) {

    /** "张三（m-1）": how messages name the person. */
    public String person() {
      return member.name() + "（" + member.id() + "）";
    }
  }

  public Slate {
    Objects.requireNonNull(election, "election");
    memberIds = List.copyOf(memberIds);
    known = Map.copyOf(known);
    pool = Set.copyOf(pool);
    localShares = localShares == null ? Map.of() : Map.copyOf(localShares);
  }

  /** The person as messages name them: "张三（m-1）", or the bare id when no such member exists. */
  public String person(String memberId) {
    Entry e = known.get(memberId);
    return e == null ? memberId : e.person();
  }

  public String code(String rule) {
    return codePrefix + "_" + rule;
  }
}
