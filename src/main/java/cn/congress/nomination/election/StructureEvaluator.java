package cn.congress.nomination.election;

import cn.congress.nomination.organization.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a list of people (a unit's list, a slate of candidates, the delegates) against structure rules. Plain Java:
 * every stage that needs the check calls it with the people and their categories in this election.
 */
public final class StructureEvaluator {
  private StructureEvaluator() {}

  public static List<RuleResult> evaluate(Election election, RuleScope scope, Collection<CategorizedMember> people,
                                          Map<String, Share> localShares) {
    return evaluate(election.rules(scope), election.definition(), people, election.electionDate(), localShares);
  }

  /**
   * Results in rule order, parents before their children. {@code localShares} holds, for each rule compared with the
   * local members, that selector's share among them (see {@link #localShares}).
   */
  public static List<RuleResult> evaluate(List<StructureRule> rules, Map<String, IdentityCategory> definition,
                                          Collection<CategorizedMember> people, LocalDate electionDate,
                                          Map<String, Share> localShares) {
    List<RuleResult> results = new ArrayList<>();
    for (StructureRule rule : rules) evaluate(rule, null, List.copyOf(people), definition, electionDate, localShares, results);
    return results;
  }

  public static boolean allMet(List<RuleResult> results) {
    return results.stream().allMatch(RuleResult::met);
  }

  /** The share each LOCAL_MEMBERS rule's selector has among the given members (e.g. women among the unit's members). */
  public static Map<String, Share> localShares(List<StructureRule> rules, Iterable<Member> localMembers,
                                               LocalDate electionDate) {
    List<StructureRule> local = new ArrayList<>();
    collectLocal(rules, local);
    long[] matched = new long[local.size()];
    long whole = 0;
    for (Member member : localMembers) {
      whole++;
      for (int i = 0; i < local.size(); i++) {
        if (local.get(i).selectorOrEveryone().matchesAttributes(member, electionDate)) matched[i]++;
      }
    }
    Map<String, Share> shares = new HashMap<>();
    for (int i = 0; i < local.size(); i++) shares.put(local.get(i).code(), new Share(matched[i], whole));
    return shares;
  }

  private static void collectLocal(List<StructureRule> rules, List<StructureRule> into) {
    for (StructureRule rule : rules) {
      if (rule.kindOrCount() == RuleKind.SHARE && rule.basis() == ShareBasis.LOCAL_MEMBERS) into.add(rule);
      collectLocal(rule.children(), into);
    }
  }

  private static void evaluate(StructureRule rule, String parentCode, List<CategorizedMember> population,
                               Map<String, IdentityCategory> definition, LocalDate date, Map<String, Share> localShares,
                               List<RuleResult> results) {
    List<CategorizedMember> matched = population.stream()
        .filter(p -> rule.selectorOrEveryone().matches(p, definition, date)).toList();
    int count = matched.size();
    boolean met = rule.kindOrCount() == RuleKind.SHARE
        ? shareMet(rule, count, population.size(), localShares)
        : (rule.min() == null || count >= rule.min()) && (rule.max() == null || count <= rule.max());
    String requirement = rule.describe();
    String actual = rule.kindOrCount() == RuleKind.SHARE ? count + "/" + population.size() : count + "名";
    results.add(new RuleResult(rule.code(), rule.label(), parentCode, met, count, population.size(), requirement,
        met ? null : rule.label() + "：实有" + actual + "，要求" + requirement));
    for (StructureRule child : rule.children()) {
      evaluate(child, rule.code(), matched, definition, date, localShares, results);
    }
  }

  private static boolean shareMet(StructureRule rule, int count, int population, Map<String, Share> localShares) {
    Share required;
    if (rule.basis() == ShareBasis.LOCAL_MEMBERS) {
      required = localShares.get(rule.code());
      if (required == null) throw new IllegalArgumentException("缺少规则 " + rule.code() + " 在本单位党员中的占比");
    } else {
      required = Share.of(rule.share());
    }
    return required.reachedBy(count, population, rule.strictBound());
  }
}
