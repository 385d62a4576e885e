package cn.congress.nomination.congress;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Margin;
import cn.congress.nomination.election.MarginKind;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.platform.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The election rules the conference adopts (选举办法) beyond the election's configuration, which already holds the
 * quorum, the threshold (with its basis: expected or present voters) and the margin of the formal list:
 * whether names may be written in, whether unfilled seats may be given up (and how many at most) instead of a
 * supplementary round, the margin of a supplementary round (a ratio over its seats; by default the list's margin), and
 * the delegate structure rules that count the upper committee's nominees too (the others judge the unit's own).
 */
public record CongressRules(Boolean writeInsAllowed, Boolean seatReductionAllowed, Integer maxSeatReduction,
                            BigDecimal supplementaryMarginRatio, Boolean supplementaryMarginStrict,
                            List<String> upperNomineeRules) {

  public CongressRules {
    upperNomineeRules = upperNomineeRules == null ? List.of() : List.copyOf(upperNomineeRules);
  }

  /** Before the conference adopts its own: write-ins allowed, no reduction, the list's margin, no rule counts upper nominees. */
  public static CongressRules defaults() {
    return new CongressRules(true, false, null, null, null, List.of());
  }

  public boolean allowsWriteIns() {
    return !Boolean.FALSE.equals(writeInsAllowed);
  }

  public boolean allowsSeatReduction(int seats) {
    return Boolean.TRUE.equals(seatReductionAllowed) && (maxSeatReduction == null || seats <= maxSeatReduction);
  }

  /** The margin of a supplementary round over its seats. */
  public Margin supplementaryMargin(Election election) {
    if (supplementaryMarginRatio != null) {
      return new Margin(Stage.ELECTION, MarginKind.RATIO, supplementaryMarginRatio, Boolean.TRUE.equals(supplementaryMarginStrict), null);
    }
    Margin list = election.margin(Stage.ELECTION).orElse(null);
    return list == null || list.kind() != MarginKind.RATIO ? null : list;
  }

  public Set<String> upperNomineeRuleCodes() {
    return Set.copyOf(upperNomineeRules);
  }

  List<Violation> check(Election election) {
    List<Violation> v = new ArrayList<>();
    if (maxSeatReduction != null && maxSeatReduction < 1) {
      v.add(Violation.of("maxSeatReduction", "COUNT_POSITIVE", "maxSeatReduction：最多减少的名额须至少为 1"));
    }
    if (supplementaryMarginRatio != null && (supplementaryMarginRatio.signum() < 0
        || supplementaryMarginRatio.compareTo(BigDecimal.TEN) > 0)) {
      v.add(Violation.of("supplementaryMarginRatio", "RATIO_RANGE", "supplementaryMarginRatio：另行选举差额比例应在0至10之间"));
    }
    List<String> codes = election.rules(RuleScope.DELEGATES).stream().map(StructureRule::code).toList();
    for (int i = 0; i < upperNomineeRules.size(); i++) {
      if (!codes.contains(upperNomineeRules.get(i))) {
        v.add(Violation.of("upperNomineeRules[" + i + "]", "DELEGATE_RULE", "upperNomineeRules[" + i + "]："
            + upperNomineeRules.get(i) + " 不是本次选举的代表结构规则（可选：" + String.join("、", codes) + "）"));
      }
    }
    return v;
  }
}
