package cn.congress.nomination.nomination;

import cn.congress.nomination.election.IdentityCategory;
import cn.congress.nomination.election.IdentityKind;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import java.time.LocalDate;

/** Test members and contexts: an eligible nominee by default, each builder method breaking one thing. */
final class Nominees {
  private Nominees() {}

  static final LocalDate ELECTION_DATE = LocalDate.of(2026, 9, 15);
  static final String UNIT_PATH = "/uc/eu-1/";
  static final String BRANCH_PATH = UNIT_PATH + "ru-1/br-1/";
  static final IdentityCategory WORKER =
      new IdentityCategory("WORKER", "工人", IdentityKind.FRONTLINE, false);
  static final IdentityCategory BUREAU_LEADER =
      new IdentityCategory("BUREAU_LEADER", "局级领导干部", IdentityKind.LEADER, true);
  static final IdentityCategory OTHER = new IdentityCategory("OTHER", "其他", IdentityKind.OTHER, false);

  static Member member(Membership membership, CadreLevel cadre, LocalDate birth, Sanction sanction,
                       LocalDate sanctionEnds, boolean investigated) {
    return new Member("m-7", "br-1", "李四", Gender.FEMALE, "汉族", birth, LocalDate.of(2005, 7, 1), membership,
        Education.UNIVERSITY, UnitType.ENTERPRISE, null, cadre, Occupation.WORKER, HonourLevel.NONE, null, sanction,
        sanctionEnds, investigated, true, false, false);
  }

  static Member eligible() {
    return member(Membership.FULL, CadreLevel.NONE, LocalDate.of(1980, 3, 1), Sanction.NONE, null, false);
  }

  static NomineeContext context(Member m, IdentityCategory category, String branchPath) {
    return new NomineeContext(m, category, UNIT_PATH, branchPath, ELECTION_DATE);
  }

  static NomineeContext context(Member m) {
    return context(m, WORKER, BRANCH_PATH);
  }
}
