package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.Margin;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.nomination.NomineeContext;
import cn.congress.nomination.nomination.NomineePolicies;
import cn.congress.nomination.nomination.Rejection;
import cn.congress.nomination.platform.Violation;
import cn.congress.nomination.quota.FeasibilityCheck;
import cn.congress.nomination.quota.FeasibilityReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a list of inspection targets (初步人选考察对象), one named policy each with a stable code and a Chinese
 * message naming the person and the rule. The standing committee's proposal and its decision are both held to
 * {@link #all()}; the decision also to {@link #CHANGE_REASON}.
 */
final class TargetPolicies {
  private TargetPolicies() {}

  static final String FIELD = "targets";

  /** The number the election configures for the inspection stage (24 in the reference scenario: exactly 24). */
  static final TargetPolicy COUNT = s -> {
    Election e = s.election();
    int names = s.memberIds().size();
    int base = e.requiredNames(Stage.INITIAL_CANDIDATES);
    Optional<Margin> margin = e.margin(Stage.INSPECTION);
    if (margin.isEmpty() || margin.get().allows(names, base)) return List.of();
    return List.of(Violation.of(FIELD, "TARGET_COUNT", "考察对象为 " + names + " 名，不符合本次选举对"
        + Stage.INSPECTION.label() + "人数的规定（" + margin.get().describe() + "，应为 " + expected(e) + "）"));
  };

  /** A margin over the initial candidates: more targets than initial candidates are to be chosen from them. */
  static final TargetPolicy MARGIN = s -> {
    int names = s.memberIds().size();
    int initial = s.election().requiredNames(Stage.INITIAL_CANDIDATES);
    return names > initial ? List.of() : List.of(Violation.of(FIELD, "TARGET_MARGIN", "考察对象为 " + names
        + " 名，须多于代表候选人初步人选 " + initial + " 名（差额考察）"));
  };

  /** Each name once. */
  static final TargetPolicy DISTINCT = s -> {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    for (String id : s.memberIds()) if (!seen.add(id)) twice.add(id);
    return twice.stream().map(id -> Violation.of(FIELD, "TARGET_DISTINCT", s.person(id) + "在考察对象名单中重复出现"))
        .toList();
  };

  /** Only names some recommending unit filed (the pool); an unknown id is named as such. */
  static final TargetPolicy FROM_POOL = s -> s.memberIds().stream().distinct()
      .filter(id -> !s.pool().contains(id))
      .map(id -> Violation.of(FIELD, "TARGET_FROM_POOL", s.known().containsKey(id)
          ? s.person(id) + "不在推荐单位报送的推荐人选中，不能列为考察对象"
          : "党员 " + id + " 不存在，不能列为考察对象"))
      .toList();

  /** The nominee rules (full member, no sanction or investigation, within the electoral unit, identity, age). */
  static final TargetPolicy ELIGIBLE = s -> s.memberIds().stream().distinct()
      .filter(s.known()::containsKey)
      .flatMap(id -> {
        TargetSlate.Target t = s.known().get(id);
        NomineeContext context = new NomineeContext(t.member(), t.category() == null ? null
            : s.election().category(t.category()).orElse(null), s.electoralUnitPath(), t.branchPath(),
            s.election().electionDate());
        return NomineePolicies.check(context, NomineePolicies.all()).stream();
      })
      .map((Rejection r) -> Violation.of(FIELD, r.rule(), r.reason() + "（考察对象）"))
      .toList();

  /** Every target has a primary identity category of this election's definition. */
  static final TargetPolicy IDENTITY_ASSIGNED = s -> s.memberIds().stream().distinct()
      .filter(s.known()::containsKey)
      .flatMap(id -> {
        String category = s.known().get(id).category();
        if (category == null) {
          return Optional.of(Violation.of(FIELD, "IDENTITY_ASSIGNED", s.person(id) + "尚未界定身份类别，不能列为考察对象"))
              .stream();
        }
        if (s.election().category(category).isEmpty()) {
          return Optional.of(Violation.of(FIELD, "IDENTITY_ASSIGNED", s.person(id) + "的身份类别 " + category
              + " 不在本次选举的身份界定中")).stream();
        }
        return Optional.<Violation>empty().stream();
      })
      .toList();

  /**
   * Some choice of the seats from the targets meets every structure rule (a feasible 16-seat slate in the reference
   * scenario). Judged only on a list the other rules accept as a set of known, categorized people.
   */
  static final TargetPolicy STRUCTURE_FEASIBLE = s -> {
    List<String> ids = s.memberIds().stream().distinct().toList();
    if (ids.size() != s.memberIds().size()) return List.of();
    List<CategorizedMember> slate = new ArrayList<>();
    for (String id : ids) {
      TargetSlate.Target t = s.known().get(id);
      if (t == null || t.category() == null || s.election().category(t.category()).isEmpty()) return List.of();
      slate.add(new CategorizedMember(t.member(), t.category()));
    }
    FeasibilityReport report = FeasibilityCheck.forDelegates(s.election(), s.localShares())
        .check(slate, s.election().seats());
    if (report.feasible()) return List.of();
    return report.conflicts().stream().map(c -> Violation.of(FIELD, FeasibilityReport.RULE_INFEASIBLE,
        "考察对象名单中无法选出符合代表结构要求的 " + s.election().seats() + " 名代表：" + c.message())).toList();
  };

  /** The decision: each name added to or taken off the confirmed proposal needs its reason. */
  static final TargetPolicy CHANGE_REASON = s -> {
    if (!s.isDecision()) return List.of();
    List<Violation> violations = new ArrayList<>();
    Set<String> proposed = new LinkedHashSet<>(s.proposal());
    Set<String> decided = new LinkedHashSet<>(s.memberIds());
    for (String id : decided) {
      if (!proposed.contains(id) && blank(s.changeReasons().get(id))) {
        violations.add(Violation.of(FIELD, "TARGET_CHANGE_REASON", s.person(id)
            + "不在常委会提出的考察对象建议名单中，增列须说明理由"));
      }
    }
    for (String id : proposed) {
      if (!decided.contains(id) && blank(s.changeReasons().get(id))) {
        violations.add(Violation.of(FIELD, "TARGET_CHANGE_REASON", s.person(id)
            + "在常委会提出的考察对象建议名单中，调出须说明理由"));
      }
    }
    return violations;
  };

  static List<TargetPolicy> all() {
    return List.of(COUNT, MARGIN, DISTINCT, FROM_POOL, ELIGIBLE, IDENTITY_ASSIGNED, STRUCTURE_FEASIBLE, CHANGE_REASON);
  }

  /** Every violation of the list, in the order of the policies. */
  static List<Violation> check(TargetSlate slate) {
    return all().stream().flatMap(p -> p.check(slate).stream()).toList();
  }

  private static String expected(Election e) {
    int min = e.requiredNames(Stage.INSPECTION);
    var max = e.margin(Stage.INSPECTION).flatMap(m -> m.maximumNames().isPresent()
        ? Optional.of(m.maximumNames().getAsInt()) : Optional.empty());
    if (max.isPresent() && max.get() == min) return min + " 名";
    return max.map(m -> min + "～" + m + " 名").orElse("不少于 " + min + " 名");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
