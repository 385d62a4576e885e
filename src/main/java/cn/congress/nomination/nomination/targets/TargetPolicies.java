package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.candidate.SlatePolicies;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.platform.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;


/**
 * The rules of a list of inspection targets (初步人选考察对象), one named policy each with a stable code and a Chinese
 * message naming the person and the rule. The standing committee's proposal and its decision are both held to
 * {@link #all()}; the decision also to {@link #CHANGE_REASON}.
 */
final class TargetPolicies {
  private TargetPolicies() {}

  static final String FIELD = "targets";
  static final String LABEL = "考察对象";
  static final String CODE_PREFIX = "TARGET";

  /** The number the election configures for the inspection stage (24 in the reference scenario: exactly 24). */
  static final TargetPolicy COUNT = s -> SlatePolicies.count(Stage.INSPECTION).check(s.list());

  /** A margin over the initial candidates: more targets than initial candidates are to be chosen from them. */
  static final TargetPolicy MARGIN = s -> {
    int names = s.memberIds().size();
    int initial = s.election().requiredNames(Stage.INITIAL_CANDIDATES);
    return names > initial ? List.of() : List.of(Violation.of(FIELD, "TARGET_MARGIN", "考察对象为 " + names
        + " 名，须多于代表候选人初步人选 " + initial + " 名（差额考察）"));
  };

  /** Each name once. */
  static final TargetPolicy DISTINCT = s -> SlatePolicies.DISTINCT.check(s.list());

  /** Only names some recommending unit filed (the pool); an unknown id is named as such. */
  static final TargetPolicy FROM_POOL = s -> SlatePolicies.fromPool("推荐单位报送的推荐人选").check(s.list());

  /** The nominee rules (full member, no sanction or investigation, within the electoral unit, identity, age). */
  static final TargetPolicy ELIGIBLE = s -> SlatePolicies.ELIGIBLE.check(s.list());

  /** Every target has a primary identity category of this election's definition. */
  static final TargetPolicy IDENTITY_ASSIGNED = s -> SlatePolicies.IDENTITY_ASSIGNED.check(s.list());

  /**
   * Some choice of the seats from the targets meets every structure rule (a feasible 16-seat slate in the reference
   * scenario).
   */
  static final TargetPolicy STRUCTURE_FEASIBLE = s -> SlatePolicies.STRUCTURE_FEASIBLE.check(s.list());

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

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
