package cn.congress.nomination.report;

import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.UnitType;
import java.time.LocalDate;

/** The Chinese words the printed materials use for a member's coded attributes. */
final class Labels {
  private Labels() {}

  static String of(Gender g) {
    return g == null ? "" : g == Gender.FEMALE ? "女" : "男";
  }

  static String of(Membership m) {
    return m == null ? "" : m == Membership.FULL ? "正式党员" : "预备党员";
  }

  static String of(Education e) {
    if (e == null) return "";
    return switch (e) {
      case BELOW_HIGH_SCHOOL -> "高中以下";
      case HIGH_SCHOOL -> "高中（中专）";
      case COLLEGE -> "大专";
      case UNIVERSITY -> "大学本科";
      case POSTGRADUATE -> "研究生";
    };
  }

  static String of(CadreLevel c) {
    if (c == null) return "";
    return switch (c) {
      case NONE -> "无";
      case DIVISION -> "处级";
      case BUREAU -> "局级";
    };
  }

  static String of(Occupation o) {
    if (o == null) return "";
    return switch (o) {
      case WORKER -> "工人";
      case FARMER -> "农民";
      case PROFESSIONAL_TECHNICAL -> "专业技术人员";
      case CIVIL_SERVANT -> "公务员";
      case MANAGER -> "企业经营管理人员";
      case SOLDIER -> "军人";
      case STUDENT -> "学生";
      case RETIRED -> "离退休人员";
      case OTHER -> "其他";
    };
  }

  static String of(HonourLevel h) {
    if (h == null) return "";
    return switch (h) {
      case NONE -> "无";
      case COUNTY -> "县级";
      case CITY -> "市级";
      case PROVINCIAL -> "省部级";
      case NATIONAL -> "全国";
    };
  }

  static String of(UnitType u) {
    if (u == null) return "";
    return switch (u) {
      case PARTY_GOVERNMENT -> "党政机关";
      case PUBLIC_INSTITUTION -> "事业单位";
      case ENTERPRISE -> "企业";
      case RURAL -> "农村";
      case COMMUNITY -> "社区";
      case SOCIAL_ORGANIZATION -> "社会组织";
      case OTHER -> "其他";
    };
  }

  /** A unit type, cadre level or the unassigned marker as stored in the composition's distributions. */
  static String code(String code) {
    if (code == null) return "";
    if ("UNASSIGNED".equals(code)) return "未界定";
    for (UnitType u : UnitType.values()) if (u.name().equals(code)) return of(u);
    for (CadreLevel c : CadreLevel.values()) if (c.name().equals(code)) return of(c);
    return code;
  }

  /** "1975.07": the month as registration forms print it. */
  static String month(LocalDate date) {
    return date == null ? "" : String.format("%d.%02d", date.getYear(), date.getMonthValue());
  }
}
