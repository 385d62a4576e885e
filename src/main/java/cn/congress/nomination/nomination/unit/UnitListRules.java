package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.RuleScope;
import cn.congress.nomination.election.Stage;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.nomination.NomineeContext;
import cn.congress.nomination.nomination.NomineePolicies;
import cn.congress.nomination.nomination.Rejection;
import cn.congress.nomination.nomination.unit.UnitListCheck.Entry;
import cn.congress.nomination.platform.ValidationException;
import cn.congress.nomination.platform.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rules of a recommending unit's list, one named policy each: the configured count (LIST_COUNT), every name a
 * member (MEMBER_EXISTS) listed once (NO_DUPLICATE_NAME) with an identity category of the election's definition
 * (IDENTITY_ASSIGNED, IDENTITY_DEFINED), eligible by {@link NomineePolicies}, and the composition of the election's
 * RECOMMENDATION_LIST structure rules (each unmet rule under its own code). Plain Java: the caller gathers the facts.
 */
public final class UnitListRules {
  private UnitListRules() {}

  @FunctionalInterface
  public interface ListRule {
    Stream<Violation> check(UnitListCheck list);
  }

  public static final ListRule LIST_COUNT = l -> {
    Election e = l.election();
    OptionalInt seats = e.seatsOf(l.unitId());
    if (seats.isEmpty()) {
      return Stream.of(Violation.of("names", "LIST_COUNT", "names：推荐单位 " + l.unitId() + " 未分配名额，无法确定推荐人数"));
    }
    int required = e.requiredNamesOf(l.unitId());
    OptionalInt maximum = e.margin(Stage.RECOMMENDATION).map(m -> m.maximumNames()).orElse(OptionalInt.empty());
    int upper = l.countMode() == ListCountMode.EXACT ? required : maximum.orElse(Integer.MAX_VALUE);
    int n = l.entries().size();
    if (n >= required && n <= upper) return Stream.empty();
    String margin = e.margin(Stage.RECOMMENDATION).map(m -> "，" + m.describe()).orElse("");
    String requirement = required == upper ? "应为 " + required + " 名"
        : upper == Integer.MAX_VALUE ? "不少于 " + required + " 名" : "应为 " + required + " 至 " + upper + " 名";
    return Stream.of(Violation.of("names", "LIST_COUNT", "names：推荐人选 " + n + " 名，按名额 " + seats.getAsInt()
        + " 名" + margin + "，推荐人选" + requirement));
  };

  public static final ListRule MEMBER_EXISTS = l -> each(l, (i, en) -> en.member() == null
      ? violation(i, "memberId", "MEMBER_EXISTS", "党员 " + en.memberId() + " 不存在") : Stream.empty());

  public static final ListRule NO_DUPLICATE_NAME = l -> {
    Map<String, Integer> firstAt = new HashMap<>();
    return each(l, (i, en) -> {
      Integer first = firstAt.putIfAbsent(en.memberId(), i);
      return first == null ? Stream.empty()
          : violation(i, "memberId", "NO_DUPLICATE_NAME", en.person() + " 重复列入，已见于 names[" + first + "]");
    });
  };

  public static final ListRule IDENTITY_ASSIGNED = l -> each(l, (i, en) -> en.category() == null
      || en.category().isBlank()
      ? violation(i, "identityCategory", "IDENTITY_ASSIGNED", en.person() + " 未界定身份类别，须先界定身份（每人一个主要身份）")
      : Stream.empty());

  public static final ListRule IDENTITY_DEFINED = l -> each(l, (i, en) -> en.category() != null
      && !en.category().isBlank() && l.election().category(en.category()).isEmpty()
      ? violation(i, "identityCategory", "IDENTITY_DEFINED", en.person() + " 的身份类别 " + en.category()
          + " 不在本次选举的身份界定中")
      : Stream.empty());

  /** Every eligibility rule of the branch's nominees (full member, no sanction, within the unit, identity, age). */
  public static final ListRule NOMINEE_ELIGIBLE = l -> each(l, (i, en) -> {
    if (en.member() == null) return Stream.empty();
    IdentityCategory category = en.category() == null ? null : l.election().category(en.category()).orElse(null);
    NomineeContext context = new NomineeContext(en.member(), category, l.electoralUnitPath(), en.branchPath(),
        l.election().electionDate());
    List<Rejection> rejections = NomineePolicies.check(context, NomineePolicies.all(l.ageLimits()));
    return rejections.stream().map(r -> Violation.of("names[" + i + "].memberId", r.rule(),
        "names[" + i + "].memberId：" + r.reason()));
  });

  /** The election's structure rules for a unit's list; each unmet one is reported under its own code. */
  public static final ListRule COMPOSITION = l -> {
    List<CategorizedMember> people = l.entries().stream().filter(en -> en.member() != null)
        .map(en -> new CategorizedMember(en.member(), en.category())).toList();
    List<RuleResult> results = StructureEvaluator.evaluate(l.election(), RuleScope.RECOMMENDATION_LIST, people,
        l.localShares());
    return results.stream().filter(r -> !r.met()).map(r -> Violation.of("names", r.code(),
        "names：" + r.message() + "（结构要求 " + r.code() + "）"));
  };

  public static List<ListRule> all() {
    return List.of(LIST_COUNT, MEMBER_EXISTS, NO_DUPLICATE_NAME, IDENTITY_ASSIGNED, IDENTITY_DEFINED, NOMINEE_ELIGIBLE,
        COMPOSITION);
  }

  /** Every violation of the list, in the order of the rules. */
  public static List<Violation> check(UnitListCheck list) {
    return all().stream().flatMap(r -> r.check(list)).toList();
  }

  /** Refuses the list with one error naming every unmet rule, or returns when it keeps them all. */
  public static void require(UnitListCheck list, String what) {
    List<Violation> violations = check(list);
    if (!violations.isEmpty()) {
      throw new ValidationException(what + "不符合规则（" + violations.stream().map(Violation::rule).distinct()
          .collect(Collectors.joining("、")) + "），未保存", violations);
    }
  }

  private interface EntryCheck {
    Stream<Violation> check(int index, Entry entry);
  }

  private static Stream<Violation> each(UnitListCheck l, EntryCheck check) {
    return IntStream.range(0, l.entries().size()).boxed().flatMap(i -> check.check(i, l.entries().get(i)));
  }

  private static Stream<Violation> violation(int index, String field, String rule, String reason) {
    String path = "names[" + index + "]." + field;
    return Stream.of(Violation.of(path, rule, path + "：" + reason));
  }
}
