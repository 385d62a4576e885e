package cn.congress.nomination.candidate;

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
 * The rules every list of names is held to, whatever its stage: each name once, only names it may be chosen from,
 * eligible, categorized, and some choice of the seats from it meets the structure. Codes are the list's prefix plus
 * the rule (TARGET_DISTINCT, INITIAL_FROM_POOL …) except where the rule is the same everywhere (nominee rules,
 * IDENTITY_ASSIGNED, STRUCTURE_INFEASIBLE).
 */
public final class SlatePolicies {
  private SlatePolicies() {}

  /** Each name once. */
  public static final SlatePolicy DISTINCT = s -> {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    for (String id : s.memberIds()) if (!seen.add(id)) twice.add(id);
    return twice.stream().map(id -> Violation.of(s.field(), s.code("DISTINCT"),
        s.person(id) + "在" + s.label() + "名单中重复出现")).toList();
  };

  /** Only names of the pool the list is chosen from; an unknown id is named as such. */
  public static SlatePolicy fromPool(String poolLabel) {
    return s -> s.memberIds().stream().distinct()
        .filter(id -> !s.pool().contains(id))
        .map(id -> Violation.of(s.field(), s.code("FROM_POOL"), s.known().containsKey(id)
            ? s.person(id) + "不在" + poolLabel + "中，不能列为" + s.label()
            : "党员 " + id + " 不存在，不能列为" + s.label()))
        .toList();
  }

  /** The nominee rules (full member, no sanction or investigation, within the electoral unit, identity, age). */
  public static final SlatePolicy ELIGIBLE = s -> s.memberIds().stream().distinct()
      .filter(s.known()::containsKey)
      .flatMap(id -> {
        Slate.Entry t = s.known().get(id);
        NomineeContext context = new NomineeContext(t.member(), t.category() == null ? null
            : s.election().category(t.category()).orElse(null), s.electoralUnitPath(), t.branchPath(),
            s.election().electionDate());
        return NomineePolicies.check(context, NomineePolicies.all()).stream();
      })
      .map((Rejection r) -> Violation.of(s.field(), r.rule(), r.reason() + "（" + s.label() + "）"))
      .toList();

  /** Every name has a primary identity category of this election's definition. */
  public static final SlatePolicy IDENTITY_ASSIGNED = s -> s.memberIds().stream().distinct()
      .filter(s.known()::containsKey)
      .flatMap(id -> {
        String category = s.known().get(id).category();
        if (category == null) {
          return Optional.of(Violation.of(s.field(), "IDENTITY_ASSIGNED", s.person(id) + "尚未界定身份类别，不能列为"
              + s.label())).stream();
        }
        if (s.election().category(category).isEmpty()) {
          return Optional.of(Violation.of(s.field(), "IDENTITY_ASSIGNED", s.person(id) + "的身份类别 " + category
              + " 不在本次选举的身份界定中")).stream();
        }
        return Optional.<Violation>empty().stream();
      })
      .toList();

  /**
   * Some choice of the seats from the list meets every structure rule. Judged only on a list the other rules accept
   * as a set of known, categorized people.
   */
  public static final SlatePolicy STRUCTURE_FEASIBLE = s -> {
    List<String> ids = s.memberIds().stream().distinct().toList();
    if (ids.size() != s.memberIds().size()) return List.of();
    List<CategorizedMember> slate = new ArrayList<>();
    for (String id : ids) {
      Slate.Entry t = s.known().get(id);
      if (t == null || t.category() == null || s.election().category(t.category()).isEmpty()) return List.of();
      slate.add(new CategorizedMember(t.member(), t.category()));
    }
    FeasibilityReport report = FeasibilityCheck.forDelegates(s.election(), s.localShares())
        .check(slate, s.election().seats());
    if (report.feasible()) return List.of();
    return report.conflicts().stream().map(c -> Violation.of(s.field(), FeasibilityReport.RULE_INFEASIBLE,
        s.label() + "名单中无法选出符合代表结构要求的 " + s.election().seats() + " 名代表：" + c.message())).toList();
  };

  /** The number of names the election configures for the stage (its margin over the stage's base). */
  public static SlatePolicy count(Stage stage) {
    return s -> {
      Election e = s.election();
      int names = s.memberIds().size();
      int base = stage == Stage.INSPECTION ? e.requiredNames(Stage.INITIAL_CANDIDATES) : e.seats();
      Optional<Margin> margin = e.margin(stage);
      if (margin.isEmpty() || margin.get().allows(names, base)) return List.of();
      return List.of(Violation.of(s.field(), s.code("COUNT"), s.label() + "为 " + names + " 名，不符合本次选举对"
          + stage.label() + "人数的规定（" + margin.get().describe() + "，应为 " + expected(e, stage) + "）"));
    };
  }

  private static String expected(Election e, Stage stage) {
    int min = e.requiredNames(stage);
    var max = e.margin(stage).flatMap(m -> m.maximumNames().isPresent()
        ? Optional.of(m.maximumNames().getAsInt()) : Optional.empty());
    if (max.isPresent() && max.get() == min) return min + " 名";
    return max.map(m -> min + "～" + m + " 名").orElse("不少于 " + min + " 名");
  }
}
