package cn.congress.nomination.congress;

import cn.congress.nomination.election.Margin;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of the formal candidate list, each a named policy with its stable code and Chinese message. */
final class CandidateListPolicies {
  private CandidateListPolicies() {}

  /** Every candidate once, with a seat source and a name the stroke order can place. */
  static final CandidateListPolicy COMPLETE = (list, margin) -> {
    List<Violation> v = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.candidates().size(); i++) {
      FormalCandidate c = list.candidates().get(i);
      String field = "candidates[" + i + "]";
      if (c.memberId() == null || c.memberId().isBlank()) {
        v.add(Violation.of(field + ".memberId", "REQUIRED", field + "：候选人不能为空"));
        continue;
      }
      if (!seen.add(c.memberId())) {
        v.add(Violation.of(field + ".memberId", "CANDIDATE_ONCE", field + "：" + c.name() + "（" + c.memberId()
            + "）在候选人名单中重复"));
      }
      if (c.seatSource() == null) {
        v.add(Violation.of(field + ".seatSource", "REQUIRED", field + "：须注明" + c.name() + "的名额来源"));
      }
      try {
        SurnameStrokeOrder.requireOrderable(c.name());
      } catch (NameNotOrderableException e) {
        v.add(Violation.of(field + ".name", e.violations().get(0).rule(), e.getMessage()));
      }
    }
    return v;
  };

  /** The margin (差额) over the whole list: all candidates against all seats, upper nominees included. */
  static final CandidateListPolicy MARGIN_OVER_WHOLE_LIST = (list, margin) -> {
    int names = list.candidates().size();
    int seats = list.seats();
    if (margin == null) {
      return names > seats ? List.of() : List.of(Violation.of("candidates", "MARGIN", "candidates：候选人 " + names
          + " 名，不多于应选 " + seats + " 名，不是差额选举"));
    }
    if (margin.allows(names, seats)) return List.of();
    return List.of(Violation.of("candidates", "MARGIN", "candidates：候选人 " + names + " 名、应选 " + seats
        + " 名（本选举单位 " + list.unitSeats() + " 名、上级党委提名 " + list.upperNominees() + " 名），不符合"
        + margin.describe() + "（至少 " + margin.minimumNames(seats) + " 名候选人）"));
  };

  static List<CandidateListPolicy> all() {
    return List.of(COMPLETE, MARGIN_OVER_WHOLE_LIST);
  }

  static List<Violation> check(CandidateList list, Margin margin) {
    return all().stream().flatMap(p -> p.check(list, margin).stream()).toList();
  }
}
