package cn.congress.nomination.quota;

import static cn.congress.nomination.quota.ReferenceStructure.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.quota.ReferenceStructure.Candidates;
import cn.congress.nomination.support.Stopwatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chocosolver.solver.Model;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A city-congress-sized slate: 900 candidates with random attributes for 760 seats, proportional rules (fixed shares,
 * a share of the local members, a nested share) and one rule with no slack so the pivotal search has work to do.
 * Prints times beside baselines measured in the same run; never asserts on time (shared machines vary).
 * Run: mvn -q test -Dtest=FeasibilityBenchmark -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class FeasibilityBenchmark {

  private static final int SEATS = 760;
  private static final int CANDIDATES = 900;
  private static final int WARM_RUNS = 5;

  @Test
  void sevenHundredSixtySeats() {
    Random random = new Random(760);
    List<CategorizedMember> slate = slate(random);
    long advancedWorkers = slate.stream()
        .filter(p -> "ADVANCED_MODEL".equals(p.category()) && p.member().occupation() == Occupation.WORKER).count();
    List<StructureRule> rules = rules((int) advancedWorkers);
    FeasibilityCheck check = new FeasibilityCheck(rules, DEFINITION, DAY, Map.of("WOMEN_LOCAL", new Share(27, 100)));

    Stopwatch.Timed<FeasibilityReport> cold = Stopwatch.time(() -> check.check(slate, SEATS));
    FeasibilityReport report = cold.value();
    assertThat(report.feasible()).isTrue();
    assertThat(report.pivotal()).hasSize((int) advancedWorkers);
    Set<String> chosen = Set.copyOf(report.selection());
    List<CategorizedMember> elected = slate.stream().filter(p -> chosen.contains(p.member().id())).toList();
    assertThat(StructureEvaluator.allMet(StructureEvaluator.evaluate(rules, DEFINITION, elected, DAY,
        Map.of("WOMEN_LOCAL", new Share(27, 100))))).isTrue();

    double warm = Stopwatch.median(WARM_RUNS, () -> check.check(slate, SEATS));
    List<StructureRule> tooFewNonLeaders = new ArrayList<>(rules);
    tooFewNonLeaders.set(0, count("LEADING_CADRES", "领导干部", LEADERS, null, 200));
    FeasibilityCheck refusing = new FeasibilityCheck(tooFewNonLeaders, DEFINITION, DAY, Map.of("WOMEN_LOCAL", new Share(27, 100)));
    FeasibilityReport refused = refusing.check(slate, SEATS);
    assertThat(refused.feasible()).isFalse();
    double infeasible = Stopwatch.median(WARM_RUNS, () -> refusing.check(slate, SEATS));

    double evaluator = Stopwatch.median(WARM_RUNS, () -> StructureEvaluator.evaluate(rules, DEFINITION, elected, DAY,
        Map.of("WOMEN_LOCAL", new Share(27, 100))));
    double trivial = Stopwatch.median(WARM_RUNS, () -> {
      Model model = new Model("trivial");
      model.arithm(model.intVar(0, 1), "=", 1).post();
      return model.getSolver().solve();
    });

    System.out.printf("""
        FeasibilityBenchmark: %d candidates, %d seats, %d rules
          feasible slate, with %d pivotal and %d no-slack warnings: first run %.1f ms, then median %.1f ms
          infeasible slate (%s): median %.1f ms
          baselines: evaluator on one 760-person selection %.2f ms; trivial Choco model %.2f ms
        """, CANDIDATES, SEATS, ruleCount(rules), report.pivotal().size(), report.warnings().size(), cold.millis(), warm,
        refused.conflicts().get(0).message(), infeasible, evaluator, trivial);
  }

  private static List<CategorizedMember> slate(Random random) {
    Candidates c = new Candidates();
    List<CategorizedMember> slate = new ArrayList<>();
    String[] frontline = {"WORKER", "FARMER", "PROFESSIONAL_TECHNICAL", "PROFESSIONAL_TECHNICAL", "ADVANCED_MODEL",
        "ADVANCED_MODEL", "ADVANCED_MODEL"};
    for (int i = 0; i < CANDIDATES; i++) {
      double kind = random.nextDouble();
      String category = kind < 0.40 ? (random.nextInt(3) == 0 ? "BUREAU_LEADER" : "DIVISION_LEADER")
          : kind < 0.85 ? frontline[random.nextInt(frontline.length)] : "OTHER";
      Occupation occupation = switch (category) {
        case "WORKER" -> Occupation.WORKER;
        case "FARMER" -> Occupation.FARMER;
        case "PROFESSIONAL_TECHNICAL" -> Occupation.PROFESSIONAL_TECHNICAL;
        case "ADVANCED_MODEL" -> random.nextInt(5) < 2 ? Occupation.WORKER : Occupation.FARMER;
        default -> Occupation.CIVIL_SERVANT;
      };
      slate.add(c.add(category, random.nextDouble() < 0.32 ? Gender.FEMALE : Gender.MALE, random.nextDouble() < 0.13,
          35 + random.nextInt(25), occupation));
    }
    return slate;
  }

  /** Proportional rules at 760 seats; workers among advanced models need every one of them (no slack). */
  private static List<StructureRule> rules(int advancedWorkers) {
    return List.of(
        count("LEADING_CADRES", "领导干部", LEADERS, null, 320),
        fixedShare("FRONTLINE", "生产和工作第一线", FRONTLINE, "0.40", false,
            count("ADVANCED_MODELS", "先进模范人物", ADVANCED, 100, null,
                count("ADVANCED_MODEL_WORKERS", "先进模范人物中的工人", WORKERS, advancedWorkers, null)),
            fixedShare("PROFESSIONAL_TECHNICAL_SHARE", "专业技术人员", PRO_TECH, "0.25", false),
            fixedShare("FARMER_SHARE", "农民", selectorOfCategory("FARMER"), "0.05", true)),
        localShare("WOMEN_LOCAL", "妇女", WOMEN),
        fixedShare("MINORITY", "少数民族", MINORITY, "0.11", false),
        count("UNDER_50", "50岁以下", UNDER_50, 350, null));
  }

  private static cn.congress.nomination.election.Selector selectorOfCategory(String code) {
    return new cn.congress.nomination.election.Selector(Set.of(code), null, null, null, null, null, null, null, null, null);
  }

  private static int ruleCount(List<StructureRule> rules) {
    return rules.stream().mapToInt(r -> 1 + ruleCount(r.children())).sum();
  }
}
