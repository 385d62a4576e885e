package cn.congress.nomination.publicity;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes;
import java.time.LocalDate;

/**
 * A published name with the particulars a publicity (公示) shows: name, gender, ethnicity, month of birth, education,
 * month of joining the party, workplace (the member's organization) and honours. Nothing else of the member's record.
 */
record PublishedName(int order, String memberId, String name, String gender, String ethnicity, String born,
                     String education, String joinedParty, String workplace, String honour) {

  static PublishedName of(int order, Member m, String workplace) {
    return new PublishedName(order, m.id(), m.name(), m.gender() == MemberAttributes.Gender.FEMALE ? "女" : "男",
        m.ethnicity(), month(m.birthDate()), education(m.education()), month(m.joinedOn()), workplace, m.honour());
  }

  private static String month(LocalDate date) {
    return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月";
  }

  private static String education(MemberAttributes.Education education) {
    if (education == null) return null;
    return switch (education) {
      case BELOW_HIGH_SCHOOL -> "高中以下";
      case HIGH_SCHOOL -> "高中（中专）";
      case COLLEGE -> "大专";
      case UNIVERSITY -> "大学";
      case POSTGRADUATE -> "研究生";
    };
  }
}
