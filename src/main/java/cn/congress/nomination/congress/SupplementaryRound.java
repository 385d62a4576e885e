package cn.congress.nomination.congress;

import cn.congress.nomination.election.Margin;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidates of a supplementary round (另行选举) for the unfilled seats: taken from the candidates not elected, each
 * once, still with a margin over the seats left.
 */
final class SupplementaryRound {
  private SupplementaryRound() {}

  static List<Violation> check(List<String> candidates, Set<String> notElected, int seats, Margin margin) {
    List<Violation> v = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      String id = candidates.get(i);
      if (!notElected.contains(id)) {
        v.add(Violation.of("candidates[" + i + "]", "NOT_ELECTED_CANDIDATE", "candidates[" + i + "]：" + id
            + " 不是未当选的候选人，不能列入另行选举"));
      } else if (!seen.add(id)) {
        v.add(Violation.of("candidates[" + i + "]", "CANDIDATE_ONCE", "candidates[" + i + "]：" + id + " 重复"));
      }
    }
    int names = seen.size();
    boolean ok = margin == null ? names > seats : margin.allows(names, seats);
    if (!ok) {
      v.add(Violation.of("candidates", "MARGIN", "candidates：另行选举候选人 " + names + " 名、应选 " + seats + " 名，"
          + (margin == null ? "须实行差额选举" : "不符合" + margin.describe() + "（至少 " + margin.minimumNames(seats) + " 名）")));
    }
    return v;
  }
}
