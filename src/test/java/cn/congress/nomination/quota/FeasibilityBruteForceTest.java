package cn.congress.nomination.quota;

import static cn.congress.nomination.quota.ReferenceStructure.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.quota.ReferenceStructure.Candidates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The solver against plain enumeration of every subset, judged by StructureEvaluator: on small random slates and rules
 * (counts, max bounds, nested counts, top-level and nested shares) the verdict, the pivotal candidates and the rules
 * without slack must be exactly what enumeration finds.
 */
class FeasibilityBruteForceTest {

  private static final String[] CATEGORIES = DEFINITION.keySet().toArray(String[]::new);
  private static final Occupation[] OCCUPATIONS = {Occupation.WORKER, Occupation.FARMER, Occupation.OTHER};

  @Test
  void agreesWithEnumerationOnRandomSlates() {
    Random random = new Random(20250409);
    int feasible = 0;
    int withPivotal = 0;
    int withWarnings = 0;
    for (int round = 0; round < 150; round++) {
      int size = 7 + random.nextInt(5);
      int seats = 3 + random.nextInt(size - 3);
      List<CategorizedMember> slate = slate(random, size);
      List<StructureRule> rules = rules(random, seats);
      FeasibilityReport report = check(rules).check(slate, seats);
      Expected expected = enumerate(slate, seats, rules);
      String context = "round " + round + ": seats " + seats + ", rules " + rules;
      assertThat(report.feasible()).as(context).isEqualTo(expected.feasible);
      if (!report.feasible()) {
        assertThat(report.conflicts()).as(context).isNotEmpty();
        continue;
      }
      feasible++;
      assertThat(StructureEvaluator.allMet(evaluate(rules, chosen(slate, Set.copyOf(report.selection()))))).as(context).isTrue();
      Set<String> pivotal = new TreeSet<>();
      report.pivotal().forEach(p -> pivotal.add(p.memberId()));
      assertThat(pivotal).as(context).isEqualTo(expected.pivotal);
      Set<String> warned = new TreeSet<>();
      report.warnings().forEach(w -> warned.add(w.ruleCode() + ":" + (w.message().contains("上限") ? "UPPER" : "LOWER")));
      assertThat(warned).as(context).isEqualTo(expected.noSlack);
      if (!pivotal.isEmpty()) withPivotal++;
      if (!warned.isEmpty()) withWarnings++;
    }
    // the random cases must exercise every outcome, or this test proves little
    assertThat(feasible).isBetween(30, 140);
    assertThat(withPivotal).isGreaterThan(10);
    assertThat(withWarnings).isGreaterThan(10);
  }

  private record Expected(boolean feasible, Set<String> pivotal, Set<String> noSlack) {}

  private static Expected enumerate(List<CategorizedMember> slate, int seats, List<StructureRule> rules) {
    Set<String> pivotal = null;
    Set<String> slack = new HashSet<>();
    Map<String, StructureRule> byCode = new java.util.HashMap<>();
    flatten(rules, byCode);
    for (int mask = 0; mask < (1 << slate.size()); mask++) {
      if (Integer.bitCount(mask) != seats) continue;
      List<CategorizedMember> subset = new ArrayList<>();
      Set<String> ids = new TreeSet<>();
      for (int i = 0; i < slate.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          subset.add(slate.get(i));
          ids.add(slate.get(i).member().id());
        }
      }
      List<RuleResult> results = evaluate(rules, subset);
      if (!StructureEvaluator.allMet(results)) continue;
      if (pivotal == null) pivotal = new TreeSet<>(ids);
      else pivotal.retainAll(ids);
      for (RuleResult r : results) {
        StructureRule rule = byCode.get(r.code());
        if (hasSpareBelow(rule, r, seats)) slack.add(r.code() + ":LOWER");
        if (rule.max() != null && r.count() < rule.max()) slack.add(r.code() + ":UPPER");
      }
    }
    if (pivotal == null) return new Expected(false, Set.of(), Set.of());
    Set<String> noSlack = new TreeSet<>();
    for (StructureRule rule : byCode.values()) {
      boolean lower = rule.kindOrCount() == cn.congress.nomination.election.RuleKind.SHARE || (rule.min() != null && rule.min() > 0);
      if (lower && !slack.contains(rule.code() + ":LOWER")) noSlack.add(rule.code() + ":LOWER");
      if (rule.max() != null && !slack.contains(rule.code() + ":UPPER")) noSlack.add(rule.code() + ":UPPER");
    }
    return new Expected(true, pivotal, noSlack);
  }

  /** Whether one of the counted people could be missing and the rule still met. */
  private static boolean hasSpareBelow(StructureRule rule, RuleResult r, int seats) {
    if (rule.kindOrCount() == cn.congress.nomination.election.RuleKind.COUNT) return rule.min() != null && r.count() > rule.min();
    var share = cn.congress.nomination.election.Share.of(rule.share());
    return r.count() > 0 && share.reachedBy(r.count() - 1, r.population(), rule.strictBound());
  }

  private static void flatten(List<StructureRule> rules, Map<String, StructureRule> into) {
    for (StructureRule r : rules) {
      into.put(r.code(), r);
      flatten(r.children(), into);
    }
  }

  private static List<RuleResult> evaluate(List<StructureRule> rules, List<CategorizedMember> people) {
    return StructureEvaluator.evaluate(rules, DEFINITION, people, DAY, Map.of());
  }

  private static List<CategorizedMember> chosen(List<CategorizedMember> slate, Set<String> ids) {
    return slate.stream().filter(p -> ids.contains(p.member().id())).toList();
  }

  private static List<CategorizedMember> slate(Random random, int size) {
    Candidates c = new Candidates();
    List<CategorizedMember> slate = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      slate.add(c.add(CATEGORIES[random.nextInt(CATEGORIES.length)], random.nextBoolean() ? Gender.FEMALE : Gender.MALE,
          random.nextInt(4) == 0, 35 + random.nextInt(25), OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]));
    }
    return slate;
  }

  private static List<StructureRule> rules(Random random, int seats) {
    List<StructureRule> rules = new ArrayList<>();
    if (random.nextBoolean()) rules.add(count("LEADING_CADRES", "领导干部", LEADERS, null, random.nextInt(seats + 1)));
    if (random.nextBoolean()) {
      StructureRule child = random.nextBoolean()
          ? count("WORKERS", "工人", WORKERS, 1 + random.nextInt(2), null)
          : fixedShare("WORKER_SHARE", "工人占比", WORKERS, random.nextBoolean() ? "0.5" : "0.34", random.nextBoolean());
      rules.add(count("FRONTLINE", "生产和工作第一线", FRONTLINE, random.nextInt(seats / 2 + 2), null, child));
    }
    if (random.nextBoolean()) rules.add(count("WOMEN", "妇女", WOMEN, random.nextInt(seats / 2 + 2), null));
    else rules.add(fixedShare("WOMEN_SHARE", "妇女", WOMEN, random.nextBoolean() ? "0.3" : "0.5", random.nextBoolean()));
    if (random.nextBoolean()) rules.add(count("MINORITY", "少数民族", MINORITY, random.nextInt(3), random.nextInt(2) + 1));
    if (random.nextBoolean()) rules.add(count("UNDER_50", "50岁以下", UNDER_50, random.nextInt(seats), null));
    return rules;
  }
}
