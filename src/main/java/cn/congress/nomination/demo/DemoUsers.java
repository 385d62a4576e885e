package cn.congress.nomination.demo;

import static cn.congress.nomination.demo.DemoScenario.DISTRICT_ID;
import static cn.congress.nomination.demo.DemoScenario.UPPER_COMMITTEE_ID;

import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo's logins: one per role of the district and the city, two staff users per recommending unit and per
 * intermediate committee (one records a meeting, the other confirms it), one secretary per branch (a full member of that branch). Ids follow the organization ids.
 */
final class DemoUsers {
  private DemoUsers() {}

  /** A login, its display name (in Chinese), the organization it acts for and its role. */
  record DemoUser(String id, String name, String organizationId, Role role) {}

  /** The fixed logins of the city and the district: id, role, organization and the office named in the display name. */
  record Post(String id, Role role, String organizationId, String office) {}

  static final List<Post> POSTS = List.of(
      new Post("city-zzb", Role.UPPER_COMMITTEE, UPPER_COMMITTEE_ID, "市委组织部"),
      new Post("qu-zzb", Role.ORGANIZATION_DEPARTMENT, DISTRICT_ID, "区委组织部"),
      new Post("qu-cwh", Role.STANDING_COMMITTEE, DISTRICT_ID, "区委常委会"),
      new Post("qu-cwh-2", Role.STANDING_COMMITTEE, DISTRICT_ID, "区委常委会"),
      new Post("qu-qwh", Role.PLENARY, DISTRICT_ID, "区委全委会"),
      new Post("qu-qwh-2", Role.PLENARY, DISTRICT_ID, "区委全委会"),
      new Post("qu-jw", Role.DISCIPLINE_COMMISSION, DISTRICT_ID, "区纪委监委"),
      new Post("kcz-1", Role.INSPECTION_TEAM, DISTRICT_ID, "区委考察组第一组"),
      new Post("dudao", Role.SUPERVISION, DISTRICT_ID, "区委督导组"),
      new Post("jp-1", Role.COUNTER, DISTRICT_ID, "计票人"),
      new Post("jp-2", Role.COUNTER, DISTRICT_ID, "计票人"),
      new Post("jianpiao-1", Role.SCRUTINEER, DISTRICT_ID, "监票人"));

  static String staffOf(String organizationId) {
    return organizationId + "-staff";
  }

  /** A second staff member: meeting records are confirmed by a person other than the one who recorded them. */
  static String secondStaffOf(String organizationId) {
    return organizationId + "-staff-2";
  }

  static String secretaryOf(String branchId) {
    return branchId + "-sj";
  }

  static List<DemoUser> of(List<Organization> organizations, List<Member> members, SplittableRandom random) {
    List<DemoUser> users = staff(organizations, random);
    users.addAll(secretaries(organizations.stream().filter(o -> o.type() == OrganizationType.BRANCH).toList(),
        members));
    return users;
  }

  /** The fixed posts, and two staff users per recommending unit and per intermediate committee. */
  static List<DemoUser> staff(List<Organization> organizations, SplittableRandom random) {
    ChineseNames names = new ChineseNames(random);
    List<DemoUser> users = new ArrayList<>();
    for (Post post : POSTS) {
      users.add(new DemoUser(post.id(), displayName(names.person(gender(random)), post.office()),
          post.organizationId(), post.role()));
    }
    for (Organization organization : organizations) {
      if (organization.type() == OrganizationType.RECOMMENDING_UNIT
          || organization.type() == OrganizationType.COMMITTEE) {
        users.add(new DemoUser(staffOf(organization.id()),
            displayName(names.person(gender(random)), organization.name() + "工作人员"), organization.id(),
            Role.COMMITTEE_STAFF));
        users.add(new DemoUser(secondStaffOf(organization.id()),
            displayName(names.person(gender(random)), organization.name() + "工作人员"), organization.id(),
            Role.COMMITTEE_STAFF));
      }
    }
    return users;
  }

  /** One secretary per branch, from the branches' members. */
  static List<DemoUser> secretaries(List<Organization> branches, List<Member> members) {
    Map<String, Member> secretaries = secretaries(members);
    List<DemoUser> users = new ArrayList<>();
    for (Organization branch : branches) {
      users.add(new DemoUser(secretaryOf(branch.id()),
          displayName(secretaries.get(branch.id()).name(), branch.name() + "书记"), branch.id(),
          Role.BRANCH_SECRETARY));
    }
    return users;
  }

  /** Each branch's secretary: its first full member still at work (or its first member, if all are retired). */
  private static Map<String, Member> secretaries(List<Member> members) {
    Map<String, Member> result = new LinkedHashMap<>();
    for (Member member : members) {
      Member chosen = result.get(member.organizationId());
      boolean fit = member.membership() == Membership.FULL && member.occupation() != Occupation.RETIRED;
      boolean chosenFit = chosen != null && chosen.membership() == Membership.FULL
          && chosen.occupation() != Occupation.RETIRED;
      if (chosen == null || (fit && !chosenFit)) result.put(member.organizationId(), member);
    }
    return result;
  }

  private static Gender gender(SplittableRandom random) {
    return random.nextInt(100) < 40 ? Gender.FEMALE : Gender.MALE;
  }

  private static String displayName(String person, String office) {
    return person + "（" + office + "）";
  }
}
