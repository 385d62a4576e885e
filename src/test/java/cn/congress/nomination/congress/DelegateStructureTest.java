package cn.congress.nomination.congress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.election.CategorizedMember;
import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.RuleResult;
import cn.congress.nomination.election.StructureEvaluator;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.MemberAttributes.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The structure of the unit's own 16 against the reference rules (≤ 9 leaders, ≥ 7 frontline, ≥ 7 women …). */
class DelegateStructureTest {

  static final Election REFERENCE = Papers.REFERENCE;
  static final LocalDate DAY = REFERENCE.electionDate();
  int sequence;

  Delegate delegate(Gender gender, String ethnicity, int age, CadreLevel cadre, Occupation occupation, String category,
                    SeatSource source) {
    String id = "m" + (++sequence);
    Member m = new Member(id, "br-1", "党员" + id, gender, ethnicity, DAY.minusYears(age).minusDays(1), DAY.minusYears(20),
        Membership.FULL, Education.UNIVERSITY, UnitType.ENTERPRISE, null, cadre, occupation, HonourLevel.NONE, null,
        Sanction.NONE, null, false, false, false, false);
    return new Delegate(new CategorizedMember(m, category), source);
  }

  /** Sixteen of the unit's own meeting every rule, but with {@code women} women among the professional staff. */
  List<Delegate> ownSixteen(int womenAmongProfessionals) {
    List<Delegate> list = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      list.add(delegate(Gender.MALE, "汉族", 55, CadreLevel.BUREAU, Occupation.CIVIL_SERVANT, "BUREAU_LEADER",
          SeatSource.ELECTORAL_UNIT));
    }
    for (int i = 0; i < 3; i++) {
      list.add(delegate(i == 0 ? Gender.FEMALE : Gender.MALE, "汉族", 45, CadreLevel.DIVISION, Occupation.CIVIL_SERVANT,
          "DIVISION_LEADER", SeatSource.ELECTORAL_UNIT));
    }
    list.add(delegate(Gender.FEMALE, "回族", 40, CadreLevel.NONE, Occupation.WORKER, "ADVANCED_MODEL", SeatSource.ELECTORAL_UNIT));
    list.add(delegate(Gender.FEMALE, "汉族", 41, CadreLevel.NONE, Occupation.FARMER, "ADVANCED_MODEL", SeatSource.ELECTORAL_UNIT));
    list.add(delegate(Gender.MALE, "汉族", 42, CadreLevel.NONE, Occupation.OTHER, "ADVANCED_MODEL", SeatSource.ELECTORAL_UNIT));
    for (int i = 0; i < 4; i++) {
      list.add(delegate(i < womenAmongProfessionals ? Gender.FEMALE : Gender.MALE, "汉族", 35 + i, CadreLevel.NONE,
          Occupation.PROFESSIONAL_TECHNICAL, "PROFESSIONAL_TECHNICAL", SeatSource.ELECTORAL_UNIT));
    }
    return list;
  }

  List<Delegate> withUpperNominees(List<Delegate> own) {
    List<Delegate> all = new ArrayList<>(own);
    all.add(delegate(Gender.MALE, "汉族", 56, CadreLevel.BUREAU, Occupation.CIVIL_SERVANT, "BUREAU_LEADER",
        SeatSource.UPPER_NOMINEE));
    all.add(delegate(Gender.FEMALE, "汉族", 52, CadreLevel.BUREAU, Occupation.CIVIL_SERVANT, "BUREAU_LEADER",
        SeatSource.UPPER_NOMINEE));
    return all;
  }

  RuleResult rule(List<RuleResult> results, String code) {
    return results.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theUnitsOwnSixteenAreJudged_theUpperNomineesLeftOutByDefault() {
    List<RuleResult> results = DelegateStructure.evaluate(REFERENCE, withUpperNominees(ownSixteen(4)), Set.of(), Map.of());
    assertThat(StructureEvaluator.allMet(results)).isTrue();
    assertThat(rule(results, "LEADING_CADRES").count()).isEqualTo(9);
    assertThat(results).extracting(RuleResult::code).doesNotContain("UNIT_FRONTLINE");
  }

  @Test
  void aRuleNamedByTheConferenceCountsTheUpperNomineesToo() {
    List<RuleResult> results = DelegateStructure.evaluate(REFERENCE, withUpperNominees(ownSixteen(4)),
        Set.of("LEADING_CADRES"), Map.of());
    RuleResult leaders = rule(results, "LEADING_CADRES");
    assertThat(leaders.met()).isFalse();
    assertThat(leaders.count()).isEqualTo(11);
    assertThat(leaders.message()).contains("领导干部", "11名");
  }

  @Test
  void unmetIsReported_andCountingAWomanUpperNomineeMeetsIt() {
    List<Delegate> six = withUpperNominees(ownSixteen(3));
    RuleResult ownOnly = rule(DelegateStructure.evaluate(REFERENCE, six, Set.of(), Map.of()), "WOMEN");
    assertThat(ownOnly.met()).isFalse();
    assertThat(ownOnly.count()).isEqualTo(6);
    assertThat(rule(DelegateStructure.evaluate(REFERENCE, six, Set.of("WOMEN"), Map.of()), "WOMEN").met()).isTrue();
  }
}
