package cn.congress.nomination.organization;

import cn.congress.nomination.organization.MemberAttributes.*;
import java.time.LocalDate;
import java.time.Period;

/** A party member as the rules need them. Members belong to exactly one branch. */
public record Member(
    String id, String organizationId, String name, Gender gender, String ethnicity, LocalDate birthDate,
    LocalDate joinedOn, Membership membership, Education education, UnitType unitType, String sector,
    CadreLevel cadreLevel, Occupation occupation, HonourLevel honourLevel, String honour, Sanction sanction,
    LocalDate sanctionEndsOn, boolean underInvestigation, boolean enterpriseEmployee, boolean financeEmployee,
    boolean migrantWorker) {

  public boolean isFullMember() {
    return membership == Membership.FULL;
  }

  public boolean isMinority() {
    return !MemberAttributes.HAN.equals(ethnicity);
  }

  public boolean isLeadingCadre() {
    return cadreLevel != CadreLevel.NONE;
  }

  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  /** A sanction's effect period includes its last day; expulsion never ends. */
  public boolean sanctionedOn(LocalDate date) {
    if (sanction == Sanction.NONE) return false;
    return sanctionEndsOn == null || !sanctionEndsOn.isBefore(date);
  }
}
