package cn.congress.nomination.congress;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scrutineers are elected from the voters who are not candidates: each names the member they are, a full member who is
 * not on the formal candidate list, and no member scrutinizes twice.
 */
final class ScrutineerPolicy {
  private ScrutineerPolicy() {}

  static final String RULE_NOT_CANDIDATE = "SCRUTINEER_NOT_CANDIDATE";

  static List<Violation> check(List<Scrutineer> scrutineers, Function<String, Optional<Member>> members,
                               List<FormalCandidate> formalList) {
    List<Violation> v = new ArrayList<>();
    if (formalList.isEmpty()) {
      v.add(Violation.of("candidates", "LIST_FIXED", "candidates：正式候选人名单确定后才能推选监票人"));
      return v;
    }
    Set<String> candidates = new HashSet<>();
    formalList.forEach(c -> candidates.add(c.memberId()));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scrutineers.size(); i++) {
      Scrutineer s = scrutineers.get(i);
      String field = "scrutineers[" + i + "].memberId";
      String memberId = s == null ? null : s.memberId();
      Optional<Member> m = memberId == null || memberId.isBlank() ? Optional.empty() : members.apply(memberId);
      if (memberId == null || memberId.isBlank()) {
        v.add(Violation.of(field, "REQUIRED", field + "：须填写监票人是哪一名代表（党员编号）"));
      } else if (m.isEmpty()) {
        v.add(Violation.of(field, "MEMBER_EXISTS", field + "：" + memberId + " 不是党员"));
      } else if (!m.get().isFullMember()) {
        v.add(Violation.of(field, "FULL_MEMBER", field + "：" + m.get().name() + "是预备党员，没有表决权，不能担任监票人"));
      } else if (candidates.contains(memberId)) {
        v.add(Violation.of(field, RULE_NOT_CANDIDATE, field + "：" + m.get().name() + "是代表候选人，不能担任监票人"));
      } else if (!seen.add(memberId)) {
        v.add(Violation.of(field, "SCRUTINEER_ONCE", field + "：" + m.get().name() + " 已被推选为监票人"));
      }
    }
    return v;
  }
}
