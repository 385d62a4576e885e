package cn.congress.nomination.organization.imports;

import static cn.congress.nomination.organization.imports.MemberColumn.BIRTH_DATE;
import static cn.congress.nomination.organization.imports.MemberColumn.JOINED_ON;
import static cn.congress.nomination.organization.imports.MemberColumn.SANCTION_ENDS_ON;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rules a member's record must keep to be imported (besides each value's own format). */
final class MemberPolicies {

  /** Party Constitution, art. 1: a member joins at 18 or older. */
  static final int MINIMUM_JOINING_AGE = 18;
  /** Older than this is a typing error, not a member. */
  static final int MAXIMUM_AGE = 120;

  private MemberPolicies() {}

  static final MemberPolicy BIRTH_IN_FUTURE = new MemberPolicy(ImportRule.BIRTH_IN_FUTURE, BIRTH_DATE,
      (m, today) -> m.birthDate() != null && m.birthDate().isAfter(today)
          ? Optional.of("出生日期 " + m.birthDate()) : Optional.empty());

  static final MemberPolicy BIRTH_TOO_EARLY = new MemberPolicy(ImportRule.BIRTH_TOO_EARLY, BIRTH_DATE,
      (m, today) -> m.birthDate() != null && m.birthDate().isBefore(today.minusYears(MAXIMUM_AGE))
          ? Optional.of("出生日期 " + m.birthDate()) : Optional.empty());

  static final MemberPolicy JOINED_IN_FUTURE = new MemberPolicy(ImportRule.JOINED_IN_FUTURE, JOINED_ON,
      (m, today) -> m.joinedOn() != null && m.joinedOn().isAfter(today)
          ? Optional.of("入党日期 " + m.joinedOn()) : Optional.empty());

  static final MemberPolicy JOINED_BEFORE_BIRTH = new MemberPolicy(ImportRule.JOINED_BEFORE_BIRTH, JOINED_ON,
      (m, today) -> bothDates(m) && m.joinedOn().isBefore(m.birthDate())
          ? Optional.of(dates(m)) : Optional.empty());

  static final MemberPolicy JOINED_BEFORE_18 = new MemberPolicy(ImportRule.JOINED_BEFORE_18, JOINED_ON,
      (m, today) -> bothDates(m) && !m.joinedOn().isBefore(m.birthDate())
          && m.joinedOn().isBefore(m.birthDate().plusYears(MINIMUM_JOINING_AGE))
          ? Optional.of(dates(m)) : Optional.empty());

  static final MemberPolicy SANCTION_END_REQUIRED = new MemberPolicy(ImportRule.SANCTION_END_REQUIRED,
      SANCTION_ENDS_ON, (m, today) -> m.sanction() != null && m.sanction() != Sanction.NONE
          && m.sanction() != Sanction.EXPULSION && m.sanctionEndsOn() == null
          ? Optional.of("处分为 " + m.sanction().name()) : Optional.empty());

  static final MemberPolicy SANCTION_END_WITHOUT_SANCTION = new MemberPolicy(
      ImportRule.SANCTION_END_WITHOUT_SANCTION, SANCTION_ENDS_ON,
      (m, today) -> m.sanction() == Sanction.NONE && m.sanctionEndsOn() != null
          ? Optional.of("截止日期 " + m.sanctionEndsOn()) : Optional.empty());

  static final MemberPolicy EXPULSION_HAS_NO_END = new MemberPolicy(ImportRule.EXPULSION_HAS_NO_END,
      SANCTION_ENDS_ON, (m, today) -> m.sanction() == Sanction.EXPULSION && m.sanctionEndsOn() != null
          ? Optional.of("截止日期 " + m.sanctionEndsOn()) : Optional.empty());

  static List<MemberPolicy> all() {
    return List.of(BIRTH_IN_FUTURE, BIRTH_TOO_EARLY, JOINED_IN_FUTURE, JOINED_BEFORE_BIRTH, JOINED_BEFORE_18,
        SANCTION_END_REQUIRED, SANCTION_END_WITHOUT_SANCTION, EXPULSION_HAS_NO_END);
  }

  /** Checks every policy and records each breach against the row. */
  static void check(int row, Member member, LocalDate today, Violations violations) {
    for (MemberPolicy policy : all()) {
      policy.breach(member, today).ifPresent(detail -> violations.add(row, policy.column(), policy.rule(), detail));
    }
  }

  private static boolean bothDates(Member m) {
    return m.birthDate() != null && m.joinedOn() != null;
  }

  private static String dates(Member m) {
    return "出生日期 " + m.birthDate() + "，入党日期 " + m.joinedOn();
  }
}
