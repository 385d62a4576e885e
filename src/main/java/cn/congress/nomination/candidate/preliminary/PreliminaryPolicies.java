package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Margin;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.meeting.MeetingVote;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.quota.FeasibilityCheck;
import cn.congress.nomination.quota.FeasibilityReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules of the plenary's circle vote on the preliminary candidates (代表候选人预备人选), one named policy each with
 * a stable code and a Chinese message naming the person and the rule. The meeting record's own rules (quorum, votes,
 * majority of those present, second person) are {@code MeetingPolicies}.
 */
final class PreliminaryPolicies {
  private PreliminaryPolicies() {}

  static final String FIELD = "votes";

  /** Only initial candidates still standing; a removed one is named with the reason of the removal. */
  static final PreliminaryPolicy FROM_INITIAL = s -> s.selected().stream().filter(id -> !s.initial().contains(id))
      .map(id -> Violation.of(FIELD, "PRELIMINARY_FROM_INITIAL", s.removed().containsKey(id)
          ? s.person(id) + "已被取消资格（" + s.removed().get(id) + "），不能确定为预备人选"
          : s.person(id) + "不在代表候选人初步人选名单中，不能确定为预备人选"))
      .toList();

  /** The circle vote's ballot lists every initial candidate: each has a vote count in the record. */
  static final PreliminaryPolicy BALLOT_COMPLETE = s -> {
    Set<String> voted = new HashSet<>();
    s.votes().forEach(v -> voted.add(v.memberId()));
    return s.initial().stream().filter(id -> !voted.contains(id))
        .map(id -> Violation.of(FIELD, "PRELIMINARY_BALLOT", s.person(id)
            + "是代表候选人初步人选，圈选票上须列出并记录其得票数"))
        .toList();
  };

  /** At most the number the election allows for this stage (reference: 21). */
  static final PreliminaryPolicy COUNT = s -> {
    OptionalInt max = maximum(s);
    int names = s.selected().size();
    return max.isPresent() && names > max.getAsInt()
        ? List.of(Violation.of(FIELD, "PRELIMINARY_COUNT", "确定预备人选 " + names + " 名，超过本次选举规定的至多 "
            + max.getAsInt() + " 名"))
        : List.of();
  };

  /** More names than seats, by the election's margin for this stage (差额). */
  static final PreliminaryPolicy MARGIN = s -> {
    int names = s.selected().size();
    int seats = s.election().seats();
    int minimum = minimum(s);
    if (names >= minimum) return List.of();
    String margin = minimum > seats + 1 ? s.election().margin(Stage.PRELIMINARY_CANDIDATES).map(Margin::describe)
        .map(d -> d + "，").orElse("") : "";
    return List.of(Violation.of(FIELD, "PRELIMINARY_MARGIN", "确定预备人选 " + names + " 名，应选代表 " + seats
        + " 名，预备人选须多于应选名额（差额选举，" + margin + "至少 " + minimum + " 名）"));
  };

  /** Chosen by votes: no name left out had more votes than a name chosen. */
  static final PreliminaryPolicy BY_VOTES = s -> {
    List<MeetingVote> chosen = s.votes().stream().filter(MeetingVote::selected).filter(v -> v.votes() != null).toList();
    if (chosen.isEmpty()) return List.of();
    MeetingVote lowest = chosen.stream().min((a, b) -> Integer.compare(a.votes(), b.votes())).orElseThrow();
    return s.votes().stream().filter(v -> !v.selected() && v.votes() != null && v.votes() > lowest.votes())
        .map(v -> Violation.of(FIELD, "PRELIMINARY_BY_VOTES", s.person(v.memberId()) + "得 " + v.votes()
            + " 票未被确定，而得 " + lowest.votes() + " 票的" + s.person(lowest.memberId())
            + "被确定（圈选按得票多少确定预备人选）"))
        .toList();
  };

  /** Each name chosen has a primary identity category of this election (the structure rules count by it). */
  static final PreliminaryPolicy IDENTITY_ASSIGNED = s -> s.selected().stream()
      .filter(id -> s.members().containsKey(id) && category(s, id).isEmpty())
      .map(id -> Violation.of(FIELD, "IDENTITY_ASSIGNED", s.person(id) + "尚未界定本次选举的身份类别"))
      .toList();

  /** Some choice of the seats from the names chosen meets every delegate structure rule (STRUCTURE_INFEASIBLE). */
  static final PreliminaryPolicy STRUCTURE_FEASIBLE = s -> {
    List<CategorizedMember> slate = new ArrayList<>();
    for (String id : s.selected()) {
      Optional<String> category = category(s, id);
      if (!s.members().containsKey(id) || category.isEmpty()) return List.of();
      slate.add(new CategorizedMember(s.members().get(id), category.get()));
    }
    if (slate.isEmpty()) return List.of();
    FeasibilityReport report = FeasibilityCheck.forDelegates(s.election(), s.localShares())
        .check(slate, s.election().seats());
    return report.conflicts().stream().map(c -> Violation.of(FIELD, FeasibilityReport.RULE_INFEASIBLE,
        "预备人选中无法选出符合代表结构要求的 " + s.election().seats() + " 名代表：" + c.message())).toList();
  };

  static List<PreliminaryPolicy> all() {
    return List.of(FROM_INITIAL, BALLOT_COMPLETE, COUNT, MARGIN, BY_VOTES, IDENTITY_ASSIGNED, STRUCTURE_FEASIBLE);
  }

  /** The rules a filed list must still keep at the upper committee's gates, after later removals. */
  static List<PreliminaryPolicy> standing() {
    return List.of(COUNT, MARGIN, IDENTITY_ASSIGNED, STRUCTURE_FEASIBLE);
  }

  static List<Violation> check(PreliminarySlate slate, List<PreliminaryPolicy> policies) {
    return policies.stream().flatMap(p -> p.check(slate).stream()).toList();
  }

  /** The most names allowed, where the stage's margin bounds the list (otherwise the ballot bounds it). */
  static OptionalInt maximum(PreliminarySlate s) {
    return s.election().margin(Stage.PRELIMINARY_CANDIDATES).map(Margin::maximumNames).orElse(OptionalInt.empty());
  }

  /** The fewest names: the stage's margin over the seats, and never fewer than the seats plus one. */
  static int minimum(PreliminarySlate s) {
    int seats = s.election().seats();
    return Math.max(seats + 1, s.election().margin(Stage.PRELIMINARY_CANDIDATES).map(m -> m.minimumNames(seats))
        .orElse(seats + 1));
  }

  private static Optional<String> category(PreliminarySlate s, String id) {
    String code = s.categories().get(id);
    return code != null && s.election().category(code).isPresent() ? Optional.of(code) : Optional.empty();
  }
}
