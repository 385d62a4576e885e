package cn.congress.nomination.organization.imports;

import static cn.congress.nomination.organization.imports.MemberColumn.*;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.MemberAttributes.UnitType;

/** Reads one row of a members file into a {@link Member}; a value that broke a rule is left null. */
final class MemberRows {

  private MemberRows() {}

  static Member parse(RowFields f) {
    return new Member(f.id(ID), f.id(ORGANIZATION_ID), f.text(NAME), f.choice(GENDER, Gender.class),
        f.text(ETHNICITY), f.date(BIRTH_DATE), f.date(JOINED_ON), f.choice(MEMBERSHIP, Membership.class),
        f.choice(EDUCATION, Education.class), f.choice(UNIT_TYPE, UnitType.class), f.text(SECTOR),
        f.choice(CADRE_LEVEL, CadreLevel.class), f.choice(OCCUPATION, Occupation.class),
        f.choice(HONOUR_LEVEL, HonourLevel.class), f.text(HONOUR), f.choice(SANCTION, Sanction.class),
        f.date(SANCTION_ENDS_ON), f.flag(UNDER_INVESTIGATION), f.flag(ENTERPRISE_EMPLOYEE), f.flag(FINANCE_EMPLOYEE),
        f.flag(MIGRANT_WORKER));
  }
}
