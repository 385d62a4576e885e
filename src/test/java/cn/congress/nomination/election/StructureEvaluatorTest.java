package cn.congress.nomination.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StructureEvaluatorTest {

  private static final Election REFERENCE = ReferenceConfig.election();
  private static final LocalDate DAY = REFERENCE.electionDate();
  private int sequence;

  private Member member(Gender gender, String ethnicity, int age, CadreLevel cadre, Occupation occupation) {
    String id = "m" + (++sequence);
    return new Member(id, "br-1", "党员" + id, gender, ethnicity, DAY.minusYears(age).minusDays(1), DAY.minusYears(20),
        Membership.FULL, Education.UNIVERSITY, UnitType.ENTERPRISE, null, cadre, occupation, HonourLevel.NONE, null,
        Sanction.NONE, null, false, false, false, false);
  }

  /** Sixteen delegates that meet every rule of the reference election. */
  private List<CategorizedMember> delegates() {
    List<CategorizedMember> list = new ArrayList<>();
    for (int i = 0; i < 6; i++) {   // 6 bureau-level leaders, men, 55
      list.add(new CategorizedMember(member(Gender.MALE, "汉族", 55, CadreLevel.BUREAU, Occupation.CIVIL_SERVANT), "BUREAU_LEADER"));
    }
    for (int i = 0; i < 3; i++) {   // 3 division-level leaders, one woman, under 50
      list.add(new CategorizedMember(member(i == 0 ? Gender.FEMALE : Gender.MALE, "汉族", 45, CadreLevel.DIVISION,
          Occupation.CIVIL_SERVANT), "DIVISION_LEADER"));
    }
    list.add(new CategorizedMember(member(Gender.FEMALE, "回族", 40, CadreLevel.NONE, Occupation.WORKER), "ADVANCED_MODEL"));
    list.add(new CategorizedMember(member(Gender.FEMALE, "汉族", 41, CadreLevel.NONE, Occupation.FARMER), "ADVANCED_MODEL"));
    list.add(new CategorizedMember(member(Gender.MALE, "汉族", 42, CadreLevel.NONE, Occupation.OTHER), "ADVANCED_MODEL"));
    for (int i = 0; i < 4; i++) {
      list.add(new CategorizedMember(member(Gender.FEMALE, "汉族", 35 + i, CadreLevel.NONE, Occupation.PROFESSIONAL_TECHNICAL),
          "PROFESSIONAL_TECHNICAL"));
    }
    return list;
  }

  private static Map<String, RuleResult> byCode(List<RuleResult> results) {
    return results.stream().collect(Collectors.toMap(RuleResult::code, r -> r));
  }

  @Test
  void aSlateMeetingEveryRule() {
    List<RuleResult> results = StructureEvaluator.evaluate(REFERENCE, RuleScope.DELEGATES, delegates(), Map.of());
    assertThat(results).extracting(RuleResult::code).containsExactly("LEADING_CADRES", "FRONTLINE", "ADVANCED_MODELS",
        "ADVANCED_MODEL_WORKERS", "PROFESSIONAL_TECHNICAL_STAFF", "WOMEN", "MINORITY", "UNDER_50");
    assertThat(StructureEvaluator.allMet(results)).isTrue();
    Map<String, RuleResult> r = byCode(results);
    assertThat(r.get("LEADING_CADRES").count()).isEqualTo(9);
    assertThat(r.get("FRONTLINE").count()).isEqualTo(7);
    assertThat(r.get("ADVANCED_MODEL_WORKERS").count()).isEqualTo(1);
    assertThat(r.get("ADVANCED_MODEL_WORKERS").population()).isEqualTo(3);
    assertThat(r.get("ADVANCED_MODEL_WORKERS").parentCode()).isEqualTo("ADVANCED_MODELS");
    assertThat(r.get("WOMEN").count()).isEqualTo(7);
    assertThat(r.get("UNDER_50").count()).isEqualTo(10);
    assertThat(r.get("WOMEN").message()).isNull();
  }

  @Test
  void unmetRulesAreReportedWithTheirCounts() {
    List<CategorizedMember> slate = new ArrayList<>(delegates());
    slate.remove(9);   // the minority advanced model and the only worker among them, a woman under 50
    slate.add(new CategorizedMember(member(Gender.MALE, "汉族", 58, CadreLevel.DIVISION, Occupation.CIVIL_SERVANT),
        "DIVISION_LEADER"));
    Map<String, RuleResult> r = byCode(StructureEvaluator.evaluate(REFERENCE, RuleScope.DELEGATES, slate, Map.of()));
    assertThat(r.get("LEADING_CADRES").met()).isFalse();
    assertThat(r.get("LEADING_CADRES").count()).isEqualTo(10);
    assertThat(r.get("LEADING_CADRES").message()).isEqualTo("领导干部：实有10名，要求不多于9名");
    assertThat(r.get("FRONTLINE").met()).isFalse();
    assertThat(r.get("ADVANCED_MODELS").count()).isEqualTo(2);
    assertThat(r.get("ADVANCED_MODEL_WORKERS").met()).isFalse();
    assertThat(r.get("ADVANCED_MODEL_WORKERS").count()).isZero();
    assertThat(r.get("PROFESSIONAL_TECHNICAL_STAFF").met()).isTrue();
    assertThat(r.get("WOMEN").count()).isEqualTo(6);
    assertThat(r.get("WOMEN").met()).isFalse();
    assertThat(r.get("MINORITY").met()).isFalse();
    assertThat(r.get("UNDER_50").count()).isEqualTo(9);
    assertThat(r.get("UNDER_50").met()).isTrue();
  }

  @Test
  void ageIsTakenOnTheElectionDay() {
    Member turnsFiftyThatDay = new Member("x", "br", "甲", Gender.MALE, "汉族", DAY.minusYears(50), DAY.minusYears(20),
        Membership.FULL, Education.COLLEGE, UnitType.OTHER, null, CadreLevel.NONE, Occupation.OTHER, HonourLevel.NONE,
        null, Sanction.NONE, null, false, false, false, false);
    Selector under50 = new Selector(null, null, null, null, 50, null, null, null, null, null);
    assertThat(under50.matchesAttributes(turnsFiftyThatDay, DAY)).isFalse();
    assertThat(under50.matchesAttributes(turnsFiftyThatDay, DAY.minusDays(1))).isTrue();
  }

  @Test
  void recommendationListRules() {
    List<CategorizedMember> list = new ArrayList<>(delegates());   // 6 bureau, 3 division, 7 frontline
    List<RuleResult> results = StructureEvaluator.evaluate(REFERENCE, RuleScope.RECOMMENDATION_LIST, list, Map.of());
    assertThat(results).extracting(RuleResult::code, RuleResult::met).containsExactly(
        org.assertj.core.groups.Tuple.tuple("UNIT_BUREAU_LEADERS", true),
        org.assertj.core.groups.Tuple.tuple("UNIT_DIVISION_LEADERS", true),
        org.assertj.core.groups.Tuple.tuple("UNIT_FRONTLINE", false));
    list.add(new CategorizedMember(member(Gender.MALE, "汉族", 30, CadreLevel.NONE, Occupation.FARMER), "FARMER"));
    assertThat(StructureEvaluator.allMet(StructureEvaluator.evaluate(REFERENCE, RuleScope.RECOMMENDATION_LIST, list, Map.of())))
        .isTrue();
  }

  @Test
  void womensShareAgainstTheirShareAmongLocalMembers() {
    StructureRule womenShare = new StructureRule("WOMEN_SHARE", "妇女占比", RuleScope.DELEGATES, RuleKind.SHARE,
        new Selector(null, null, Gender.FEMALE, null, null, null, null, null, null, null), null, null, null, false,
        ShareBasis.LOCAL_MEMBERS, List.of());
    List<Member> local = new ArrayList<>();
    for (int i = 0; i < 100; i++) local.add(member(i < 44 ? Gender.FEMALE : Gender.MALE, "汉族", 40, CadreLevel.NONE, Occupation.OTHER));
    Map<String, Share> shares = StructureEvaluator.localShares(List.of(womenShare), local, DAY);
    assertThat(shares).containsEntry("WOMEN_SHARE", new Share(44, 100));
    List<CategorizedMember> slate = delegates();   // 7 of 16 = 43.75% < 44%
    List<RuleResult> results = StructureEvaluator.evaluate(List.of(womenShare), REFERENCE.definition(), slate, DAY, shares);
    assertThat(results.get(0).met()).isFalse();
    assertThat(results.get(0).message()).isEqualTo("妇女占比：实有7/16，要求占比不低于本选举单位党员中的占比");
    shares = Map.of("WOMEN_SHARE", new Share(7, 16));
    assertThat(StructureEvaluator.evaluate(List.of(womenShare), REFERENCE.definition(), slate, DAY, shares).get(0).met()).isTrue();
    assertThatThrownBy(() -> StructureEvaluator.evaluate(List.of(womenShare), REFERENCE.definition(), slate, DAY, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fixedShareStrictOrNot() {
    StructureRule atLeast = new StructureRule("S", "妇女", RuleScope.DELEGATES, RuleKind.SHARE,
        new Selector(null, null, Gender.FEMALE, null, null, null, null, null, null, null), null, null,
        new BigDecimal("0.4375"), false, ShareBasis.FIXED, List.of());
    StructureRule moreThan = new StructureRule("S", "妇女", RuleScope.DELEGATES, RuleKind.SHARE, atLeast.selector(), null,
        null, new BigDecimal("0.4375"), true, ShareBasis.FIXED, List.of());
    List<CategorizedMember> slate = delegates();   // exactly 7/16 = 0.4375
    assertThat(StructureEvaluator.evaluate(List.of(atLeast), REFERENCE.definition(), slate, DAY, Map.of()).get(0).met()).isTrue();
    assertThat(StructureEvaluator.evaluate(List.of(moreThan), REFERENCE.definition(), slate, DAY, Map.of()).get(0).met()).isFalse();
  }

  @Test
  void membersWithoutACategoryAreNotCountedByIdentityRules() {
    List<CategorizedMember> slate = delegates().stream().map(p -> new CategorizedMember(p.member(), null)).toList();
    Map<String, RuleResult> r = byCode(StructureEvaluator.evaluate(REFERENCE, RuleScope.DELEGATES, slate, Map.of()));
    assertThat(r.get("LEADING_CADRES").count()).isZero();
    assertThat(r.get("FRONTLINE").count()).isZero();
    assertThat(r.get("WOMEN").count()).isEqualTo(7);
  }
}
