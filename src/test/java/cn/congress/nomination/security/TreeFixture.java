package cn.congress.nomination.security;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organizations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small tree of its own (ids start with the prefix, so test classes sharing an application context do not meet):
 * upper committee → electoral unit → two recommending units → one branch under each, three members per branch, and
 * the users the isolation tests act as.
 */
final class TreeFixture {

  static final String PASSWORD = "secret-pass-1";

  final String upper;
  final String unit;
  final String unitA;
  final String unitB;
  final String branchA;
  final String branchB;
  final String secretaryA;
  final String secretaryB;
  final String orgDepartment;
  final String supervisor;
  /** An admin of this fixture's own: the configured "admin" may be locked by another test's wrong-password check. */
  final String admin;
  final List<String> membersA = new ArrayList<>();
  final List<String> membersB = new ArrayList<>();

  TreeFixture(String prefix) {
    upper = prefix + "-upper";
    unit = prefix + "-unit";
    unitA = prefix + "-ru-a";
    unitB = prefix + "-ru-b";
    branchA = prefix + "-br-a";
    branchB = prefix + "-br-b";
    secretaryA = prefix + "-sec-a";
    secretaryB = prefix + "-sec-b";
    orgDepartment = prefix + "-orgdept";
    supervisor = prefix + "-supervisor";
    admin = prefix + "-admin";
  }

  TreeFixture create(Organizations organizations, OrganizationGroups groups, Members members, UserAccounts accounts) {
    String pUpper = "/" + upper + "/";
    String pUnit = pUpper + unit + "/";
    List<Organization> tree = List.of(
        new Organization(upper, null, "市委", OrganizationType.UPPER_COMMITTEE, "PARTY_COMMITTEE", pUpper, 0, 0),
        new Organization(unit, upper, "区委", OrganizationType.ELECTORAL_UNIT, "PARTY_COMMITTEE", pUnit, 1, 0),
        new Organization(unitA, unit, "甲街道党工委", OrganizationType.RECOMMENDING_UNIT, "WORKING_COMMITTEE",
            pUnit + unitA + "/", 2, 0),
        new Organization(unitB, unit, "乙街道党工委", OrganizationType.RECOMMENDING_UNIT, "WORKING_COMMITTEE",
            pUnit + unitB + "/", 2, 1),
        new Organization(branchA, unitA, "甲社区党支部", OrganizationType.BRANCH, null,
            pUnit + unitA + "/" + branchA + "/", 3, 0),
        new Organization(branchB, unitB, "乙社区党支部", OrganizationType.BRANCH, null,
            pUnit + unitB + "/" + branchB + "/", 3, 0));
    organizations.insert(tree);
    groups.sync(tree);
    List<Member> people = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      membersA.add(branchA + "-m" + i);
      membersB.add(branchB + "-m" + i);
      people.add(member(branchA + "-m" + i, branchA, "甲党员" + i));
      people.add(member(branchB + "-m" + i, branchB, "乙党员" + i));
    }
    members.insert(people);
    accounts.provision(secretaryA, "甲书记", PASSWORD, List.of(branchA), Set.of(Role.BRANCH_SECRETARY));
    accounts.provision(secretaryB, "乙书记", PASSWORD, List.of(branchB), Set.of(Role.BRANCH_SECRETARY));
    accounts.provision(orgDepartment, "组织部干事", PASSWORD, List.of(unit), Set.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(supervisor, "督导员", PASSWORD, List.of(unit), Set.of(Role.SUPERVISION));
    accounts.provision(admin, "管理员", PASSWORD, List.of(upper), Set.of(Role.ADMIN));
    return this;
  }

  private static Member member(String id, String branch, String name) {
    return new Member(id, branch, name, Gender.FEMALE, "汉族", LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1),
        Membership.FULL, Education.UNIVERSITY, UnitType.COMMUNITY, null, CadreLevel.NONE, Occupation.WORKER,
        HonourLevel.NONE, null, Sanction.NONE, null, false, false, false, false);
  }
}
