package cn.congress.nomination.organization;

/** The closed vocabularies of a member's record; the code names are the values in import files and in the API. */
public final class MemberAttributes {
  private MemberAttributes() {}

  public enum Gender { MALE, FEMALE }

  public enum Membership { FULL, PROBATIONARY }

  public enum Education { BELOW_HIGH_SCHOOL, HIGH_SCHOOL, COLLEGE, UNIVERSITY, POSTGRADUATE }

  public enum UnitType { PARTY_GOVERNMENT, PUBLIC_INSTITUTION, ENTERPRISE, RURAL, COMMUNITY, SOCIAL_ORGANIZATION, OTHER }

  public enum CadreLevel { NONE, DIVISION, BUREAU }

  public enum Occupation {
    WORKER, FARMER, PROFESSIONAL_TECHNICAL, CIVIL_SERVANT, MANAGER, SOLDIER, STUDENT, RETIRED, OTHER
  }

  public enum HonourLevel { NONE, COUNTY, CITY, PROVINCIAL, NATIONAL }

  /** Party sanctions; each but NONE has an end of its effect period (EXPULSION never ends and bars membership). */
  public enum Sanction { NONE, WARNING, SERIOUS_WARNING, REMOVAL_FROM_POST, PROBATION, EXPULSION }

  public static final String HAN = "汉族";
}
