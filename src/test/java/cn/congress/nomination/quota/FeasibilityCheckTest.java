package cn.congress.nomination.quota;

import static cn.congress.nomination.quota.ReferenceStructure.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Share;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.election.StructureRule;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.quota.ReferenceStructure.Candidates;
import cn.congress.nomination.quota.SlackWarning.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeasibilityCheckTest {

  private final Candidates c = new Candidates();

  /**
   * The reference scenario's 21 initial candidates for 16 seats: 6 bureau and 5 division leaders, 10 frontline
   * (4 advanced models of whom 2 workers, 5 professional-technical, 1 worker); 8 women, 2 minority, 12 under 50.
   */
  private List<CategorizedMember> referenceSlate(int womenAmongProfessionals) {
    List<CategorizedMember> slate = new ArrayList<>();
    for (int i = 0; i < 6; i++) slate.add(c.add("BUREAU_LEADER", Gender.MALE, false, 55, Occupation.CIVIL_SERVANT));
    slate.add(c.leader(Gender.FEMALE, 45));
    slate.add(c.leader(Gender.FEMALE, 46));
    for (int i = 0; i < 3; i++) slate.add(c.leader(Gender.MALE, 52));
    slate.add(c.add("ADVANCED_MODEL", Gender.FEMALE, true, 40, Occupation.WORKER));
    slate.add(c.add("ADVANCED_MODEL", Gender.MALE, false, 45, Occupation.FARMER));
    slate.add(c.add("ADVANCED_MODEL", Gender.MALE, false, 48, Occupation.WORKER));
    slate.add(c.add("ADVANCED_MODEL", Gender.FEMALE, false, 42, Occupation.OTHER));
    for (int i = 0; i < 5; i++) {
      slate.add(c.add("PROFESSIONAL_TECHNICAL", i < womenAmongProfessionals ? Gender.FEMALE : Gender.MALE, i == 4, 35 + i,
          Occupation.PROFESSIONAL_TECHNICAL));
    }
    slate.add(c.add("WORKER", Gender.MALE, false, 30, Occupation.WORKER));
    return slate;
  }

  /** 14 people outside the frontline (12 division leaders, 2 others): women, minority and under-50 to spare. */
  private List<CategorizedMember> outsideFrontline() {
    List<CategorizedMember> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) people.add(c.leader(Gender.FEMALE, i < 4 ? 45 : 55));
    for (int i = 0; i < 6; i++) people.add(c.leader(Gender.MALE, i < 3 ? 47 : 56));
    people.add(c.add("OTHER", Gender.FEMALE, true, 30, Occupation.OTHER));
    people.add(c.add("OTHER", Gender.MALE, false, 60, Occupation.OTHER));
    return people;
  }

  /** Exactly seven frontline names: 3 advanced models (one a worker) and 4 professional-technical staff. */
  private List<CategorizedMember> sevenFrontline() {
    return List.of(
        c.add("ADVANCED_MODEL", Gender.FEMALE, true, 40, Occupation.WORKER),
        c.add("ADVANCED_MODEL", Gender.MALE, false, 45, Occupation.FARMER),
        c.add("ADVANCED_MODEL", Gender.FEMALE, false, 42, Occupation.OTHER),
        c.add("PROFESSIONAL_TECHNICAL", Gender.FEMALE, false, 35, Occupation.PROFESSIONAL_TECHNICAL),
        c.add("PROFESSIONAL_TECHNICAL", Gender.FEMALE, false, 36, Occupation.PROFESSIONAL_TECHNICAL),
        c.add("PROFESSIONAL_TECHNICAL", Gender.MALE, false, 38, Occupation.PROFESSIONAL_TECHNICAL),
        c.add("PROFESSIONAL_TECHNICAL", Gender.MALE, false, 52, Occupation.PROFESSIONAL_TECHNICAL));
  }

  private static Set<String> ids(List<CategorizedMember> people) {
    return people.stream().map(p -> p.member().id()).collect(Collectors.toSet());
  }

  /** The selection the check proposes really meets every rule, by the evaluator's own count. */
  private static void assertSelectionMeetsRules(FeasibilityReport report, List<CategorizedMember> slate,
                                                List<StructureRule> rules, int seats) {
    Set<String> chosen = Set.copyOf(report.selection());
    List<CategorizedMember> elected = slate.stream().filter(p -> chosen.contains(p.member().id())).toList();
    assertThat(elected).hasSize(seats);
    assertThat(StructureEvaluator.allMet(StructureEvaluator.evaluate(rules, DEFINITION, elected, DAY, Map.of()))).isTrue();
  }

  @Test
  void referenceSlateOfTwentyOne_isFeasibleWithSlack_noPivotalNoWarning() {
    List<CategorizedMember> slate = referenceSlate(4);
    FeasibilityReport report = check(rules()).check(slate, SEATS);
    assertThat(report.feasible()).isTrue();
    assertThat(report.conflicts()).isEmpty();
    assertThat(report.pivotal()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertSelectionMeetsRules(report, slate, rules(), SEATS);
  }

  @Test
  void tooFewWomen_isRefusedNamingTheRule() {
    List<CategorizedMember> slate = referenceSlate(1);   // 2 leaders + 2 advanced models + 1 professional = 5 women
    FeasibilityReport report = check(rules()).check(slate, SEATS);
    assertThat(report.feasible()).isFalse();
    assertThat(report.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.ruleCodes()).containsExactly("WOMEN");
      assertThat(conflict.message()).isEqualTo("妇女候选人只有5人，少于要求的7人");
    });
    assertThat(report.selection()).isEmpty();
    assertThat(report.violations("candidates")).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("candidates");
      assertThat(v.rule()).isEqualTo(FeasibilityReport.RULE_INFEASIBLE);
      assertThat(v.message()).contains("妇女");
    });
  }

  @Test
  void slateThatOnlyWorksWithEveryFrontlineName_passesWithThemPivotal() {
    List<CategorizedMember> frontline = sevenFrontline();
    List<CategorizedMember> slate = new ArrayList<>(outsideFrontline());
    slate.addAll(frontline);
    FeasibilityReport report = check(rules()).check(slate, SEATS);
    assertThat(report.feasible()).isTrue();
    assertThat(report.pivotal()).extracting(PivotalCandidate::memberId).containsExactlyInAnyOrderElementsOf(ids(frontline));
    PivotalCandidate worker = report.pivotal().stream()
        .filter(p -> p.memberId().equals(frontline.get(0).member().id())).findFirst().orElseThrow();
    assertThat(worker.ruleCodes()).contains("FRONTLINE", "ADVANCED_MODELS", "ADVANCED_MODEL_WORKERS");
    assertThat(worker.message()).startsWith(worker.name() + "必须当选").contains("生产和工作第一线候选人只有6人，少于要求的7人");
    assertThat(report.warnings()).extracting(SlackWarning::ruleCode, SlackWarning::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("FRONTLINE", Kind.SUPPLY),
        org.assertj.core.groups.Tuple.tuple("ADVANCED_MODELS", Kind.SUPPLY),
        org.assertj.core.groups.Tuple.tuple("ADVANCED_MODEL_WORKERS", Kind.SUPPLY),
        org.assertj.core.groups.Tuple.tuple("PROFESSIONAL_TECHNICAL_STAFF", Kind.SUPPLY));
    assertThat(report.warnings().get(0).message()).isEqualTo(
        "生产和工作第一线候选人恰好7人，与要求的最少人数相同，没有余地：其中任何一人不能当选，该要求即无法满足");
    assertSelectionMeetsRules(report, slate, rules(), SEATS);
  }

  @Test
  void nestedRule_advancedModelsNeedAWorkerAmongThem_aWorkerElsewhereDoesNotCount() {
    List<CategorizedMember> slate = new ArrayList<>(outsideFrontline());
    for (int i = 0; i < 4; i++) slate.add(c.add("ADVANCED_MODEL", Gender.FEMALE, false, 40, Occupation.FARMER));
    for (int i = 0; i < 5; i++) {
      slate.add(c.add("PROFESSIONAL_TECHNICAL", Gender.MALE, i == 0, 40, Occupation.PROFESSIONAL_TECHNICAL));
    }
    slate.add(c.add("WORKER", Gender.MALE, false, 40, Occupation.WORKER));   // a worker, but not an advanced model
    FeasibilityReport refused = check(rules()).check(slate, SEATS);
    assertThat(refused.feasible()).isFalse();
    assertThat(refused.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.ruleCodes()).containsExactly("ADVANCED_MODEL_WORKERS");
      assertThat(conflict.message()).isEqualTo("先进模范人物中的工人候选人只有0人，少于要求的1人");
    });

    CategorizedMember modelWorker = c.add("ADVANCED_MODEL", Gender.MALE, false, 40, Occupation.WORKER);
    slate.add(modelWorker);
    FeasibilityReport passed = check(rules()).check(slate, SEATS);
    assertThat(passed.feasible()).isTrue();
    assertThat(passed.pivotal()).extracting(PivotalCandidate::memberId).containsExactly(modelWorker.member().id());
    assertThat(passed.warnings()).extracting(SlackWarning::ruleCode).containsExactly("ADVANCED_MODEL_WORKERS");
    assertSelectionMeetsRules(passed, slate, rules(), SEATS);
  }

  @Test
  void rulesFineAloneButNotTogether_theMinimalConflictIsNamed() {
    // 4 seats: women ≥ 2 but every woman is a leader, and leaders ≤ 1; under 50 ≥ 1 plays no part in the conflict
    List<StructureRule> rules = List.of(
        count("LEADING_CADRES", "领导干部", LEADERS, null, 1),
        count("WOMEN", "妇女", WOMEN, 2, null),
        count("UNDER_50", "50岁以下", UNDER_50, 1, null));
    List<CategorizedMember> slate = new ArrayList<>();
    for (int i = 0; i < 3; i++) slate.add(c.leader(Gender.FEMALE, 45));
    slate.add(c.add("WORKER", Gender.MALE, false, 40, Occupation.WORKER));
    slate.add(c.add("OTHER", Gender.MALE, false, 60, Occupation.OTHER));
    slate.add(c.add("OTHER", Gender.MALE, false, 61, Occupation.OTHER));
    FeasibilityReport report = check(rules).check(slate, 4);
    assertThat(report.feasible()).isFalse();
    assertThat(report.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.ruleCodes()).containsExactly("LEADING_CADRES", "WOMEN");
      assertThat(conflict.message()).isEqualTo(
          "结构要求领导干部（不多于1名）、妇女（不少于2名）不能同时满足：从6名候选人中选出4名，无法兼顾");
    });
  }

  @Test
  void exclusiveIdentityCategories_tooManyLeadersLeaveTooFewOthers() {
    List<CategorizedMember> slate = new ArrayList<>();
    for (int i = 0; i < 15; i++) slate.add(c.leader(i < 8 ? Gender.FEMALE : Gender.MALE, 40));
    for (int i = 0; i < 6; i++) slate.add(c.add("FARMER", Gender.MALE, true, 40, Occupation.FARMER));
    FeasibilityReport report = check(List.of(count("LEADING_CADRES", "领导干部", LEADERS, null, 9))).check(slate, SEATS);
    assertThat(report.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.ruleCodes()).containsExactly("LEADING_CADRES");
      assertThat(conflict.message()).isEqualTo("领导干部以外的候选人只有6人，领导干部不多于9名时选不满16个名额");
    });
  }

  @Test
  void fixedShare_isCountedAtTheSeats() {
    // women ≥ 40% of 16 seats: 6.4, so at least 7
    List<StructureRule> rules = List.of(fixedShare("WOMEN_SHARE", "妇女", WOMEN, "0.4", false));
    FeasibilityReport refused = check(rules).check(referenceSlate(0), SEATS);   // 4 women
    assertThat(refused.conflicts()).singleElement().extracting(RuleConflict::message)
        .isEqualTo("妇女候选人只有4人，少于要求的7人（占比不低于40%）");
    List<CategorizedMember> seven = referenceSlate(3);   // 7 women exactly
    FeasibilityReport passed = check(rules).check(seven, SEATS);
    assertThat(passed.feasible()).isTrue();
    assertThat(passed.warnings()).extracting(SlackWarning::ruleCode, SlackWarning::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("WOMEN_SHARE", Kind.SUPPLY));
    assertThat(passed.pivotal()).hasSize(7).allSatisfy(p -> assertThat(p.ruleCodes()).containsExactly("WOMEN_SHARE"));
  }

  @Test
  void nestedShare_isARatioWithinTheParentsSelection() {
    // advanced models ≥ 4, of whom workers strictly more than half: the slate's 4 advanced models hold 2 workers
    List<StructureRule> rules = List.of(count("ADVANCED_MODELS", "先进模范人物", ADVANCED, 4, null,
        fixedShare("ADVANCED_WORKER_SHARE", "先进模范人物中的工人", WORKERS, "0.5", true)));
    List<CategorizedMember> slate = referenceSlate(4);   // advanced models c12-c15: workers c12 and c14
    FeasibilityReport refused = check(rules).check(slate, SEATS);
    assertThat(refused.feasible()).isFalse();
    assertThat(refused.conflicts()).singleElement().extracting(RuleConflict::ruleCodes)
        .isEqualTo(List.of("ADVANCED_MODELS", "ADVANCED_WORKER_SHARE"));

    List<StructureRule> atLeastHalf = List.of(count("ADVANCED_MODELS", "先进模范人物", ADVANCED, 3, null,
        fixedShare("ADVANCED_WORKER_SHARE", "先进模范人物中的工人", WORKERS, "0.5", false)));
    FeasibilityReport passed = check(atLeastHalf).check(slate, SEATS);
    assertThat(passed.feasible()).isTrue();
    assertSelectionMeetsRules(passed, slate, atLeastHalf, SEATS);
    // advanced models ≥ 3 and workers ≥ half of them: 2 workers among 3, so both workers are needed
    assertThat(passed.pivotal()).extracting(p -> p.memberId()).containsExactlyInAnyOrder("c12", "c14");
  }

  @Test
  void shareOfTheLocalMembers_comesFromTheGivenLocalShares() {
    List<StructureRule> rules = List.of(localShare("WOMEN_LOCAL", "妇女", WOMEN));
    List<CategorizedMember> slate = referenceSlate(4);   // 8 women
    Map<String, Share> half = Map.of("WOMEN_LOCAL", new Share(50, 100));
    assertThat(new FeasibilityCheck(rules, DEFINITION, DAY, half).check(slate, SEATS).feasible()).isTrue();
    Map<String, Share> more = Map.of("WOMEN_LOCAL", new Share(51, 100));
    assertThat(new FeasibilityCheck(rules, DEFINITION, DAY, more).check(slate, SEATS).conflicts())
        .singleElement().extracting(RuleConflict::message).isEqualTo("妇女候选人只有8人，少于要求的9人（占比不低于本选举单位党员中的占比）");
    assertThatThrownBy(() -> new FeasibilityCheck(rules, DEFINITION, DAY, Map.of()).check(slate, SEATS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WOMEN_LOCAL");
  }

  @Test
  void fewerNamesThanSeats_isRefused_andExactlyAsManyMakesEveryonePivotal() {
    List<CategorizedMember> slate = referenceSlate(4);
    FeasibilityReport refused = check(rules()).check(slate.subList(0, 15), SEATS);
    assertThat(refused.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.ruleCodes()).isEmpty();
      assertThat(conflict.message()).isEqualTo("候选人只有15人，少于应选名额16名");
    });
    FeasibilityReport all = check(List.of()).check(slate, slate.size());
    assertThat(all.feasible()).isTrue();
    assertThat(all.pivotal()).hasSize(slate.size());
    assertThat(all.pivotal().get(0).message()).contains("候选人只有20人，少于应选名额21名");
  }

  @Test
  void bindingRule_whenOtherRulesSqueezeIt() {
    // 4 seats, women ≥ 2, at most 2 leaders; the slate's 3 women are all leaders: exactly 2 women in every selection
    List<StructureRule> rules = List.of(count("LEADING_CADRES", "领导干部", LEADERS, null, 2), count("WOMEN", "妇女", WOMEN, 2, null));
    List<CategorizedMember> slate = new ArrayList<>();
    for (int i = 0; i < 3; i++) slate.add(c.leader(Gender.FEMALE, 45));
    for (int i = 0; i < 3; i++) slate.add(c.add("OTHER", Gender.MALE, false, 60, Occupation.OTHER));
    FeasibilityReport report = check(rules).check(slate, 4);
    assertThat(report.feasible()).isTrue();
    assertThat(report.pivotal()).isEmpty();
    assertThat(report.warnings()).extracting(SlackWarning::ruleCode, SlackWarning::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("LEADING_CADRES", Kind.BINDING),
        org.assertj.core.groups.Tuple.tuple("WOMEN", Kind.BINDING));
    assertThat(report.warnings().get(1).message()).isEqualTo("妇女没有余地：任何满足全部结构要求的当选组合中，妇女都只能恰好达到要求（不少于2名）");
  }

  @Test
  void badInput_isRefused() {
    List<CategorizedMember> slate = referenceSlate(4);
    assertThatThrownBy(() -> check(rules()).check(slate, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("应选名额");
    List<CategorizedMember> twice = new ArrayList<>(slate);
    twice.add(slate.get(0));
    assertThatThrownBy(() -> check(rules()).check(twice, SEATS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("重复");
  }
}
