package cn.congress.nomination.organization.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberPoliciesTest {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  static Member member(LocalDate birth, LocalDate joined, Sanction sanction, LocalDate sanctionEnds) {
    return new Member("m-1", "br-1", "张三", Gender.MALE, "汉族", birth, joined, Membership.FULL, Education.UNIVERSITY,
        UnitType.ENTERPRISE, null, CadreLevel.NONE, Occupation.WORKER, HonourLevel.NONE, null, sanction, sanctionEnds,
        false, false, false, false);
  }

  static List<String> broken(Member m) {
    Violations violations = new Violations();
    MemberPolicies.check(7, m, TODAY, violations);
    assertThat(violations.listed()).allSatisfy(v -> assertThat(v.row()).isEqualTo(7));
    return violations.listed().stream().map(v -> v.rule() + "@" + v.field()).toList();
  }

  @Test
  void aPlausibleMemberKeepsEveryRule() {
    assertThat(broken(member(LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1), Sanction.NONE, null))).isEmpty();
    assertThat(broken(member(LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1), Sanction.WARNING,
        LocalDate.of(2026, 1, 1)))).isEmpty();
    assertThat(broken(member(LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1), Sanction.EXPULSION, null))).isEmpty();
  }

  @Test
  void joiningOnThe18thBirthdayIsAllowed_theDayBeforeIsNot() {
    LocalDate birth = LocalDate.of(2000, 2, 29);
    assertThat(broken(member(birth, LocalDate.of(2018, 3, 1), Sanction.NONE, null))).isEmpty();
    assertThat(broken(member(birth, LocalDate.of(2018, 2, 27), Sanction.NONE, null)))
        .containsExactly("JOINED_BEFORE_18@joined_on");
  }

  @Test
  void datesInTheFutureOrBeforeBirthAreImpossible() {
    assertThat(broken(member(TODAY.plusDays(1), TODAY.plusYears(20), Sanction.NONE, null)))
        .containsExactlyInAnyOrder("BIRTH_IN_FUTURE@birth_date", "JOINED_IN_FUTURE@joined_on");
    assertThat(broken(member(LocalDate.of(1990, 1, 1), LocalDate.of(1989, 1, 1), Sanction.NONE, null)))
        .containsExactly("JOINED_BEFORE_BIRTH@joined_on");
    assertThat(broken(member(TODAY.minusYears(121), LocalDate.of(1950, 1, 1), Sanction.NONE, null)))
        .containsExactly("BIRTH_TOO_EARLY@birth_date");
  }

  @Test
  void aSanctionNeedsItsEnd_noSanctionHasNone_expulsionNeverEnds() {
    LocalDate birth = LocalDate.of(1980, 1, 1);
    LocalDate joined = LocalDate.of(2000, 1, 1);
    assertThat(broken(member(birth, joined, Sanction.SERIOUS_WARNING, null)))
        .containsExactly("SANCTION_END_REQUIRED@sanction_ends_on");
    assertThat(broken(member(birth, joined, Sanction.NONE, LocalDate.of(2026, 1, 1))))
        .containsExactly("SANCTION_END_WITHOUT_SANCTION@sanction_ends_on");
    assertThat(broken(member(birth, joined, Sanction.EXPULSION, LocalDate.of(2026, 1, 1))))
        .containsExactly("EXPULSION_HAS_NO_END@sanction_ends_on");
  }

  @Test
  void valuesThatFailedToParseAreLeftToTheirOwnViolation() {
    assertThat(broken(member(null, LocalDate.of(2000, 1, 1), null, LocalDate.of(2026, 1, 1)))).isEmpty();
  }

  @Test
  void messagesNameTheColumnInChinese() {
    Violations violations = new Violations();
    MemberPolicies.check(3, member(LocalDate.of(2000, 1, 1), LocalDate.of(2010, 1, 1), Sanction.NONE, null), TODAY,
        violations);
    assertThat(violations.listed()).singleElement().satisfies(v ->
        assertThat(v.message()).startsWith("入党日期（joined_on）：入党时未满 18 周岁").contains("2000-01-01"));
  }
}
