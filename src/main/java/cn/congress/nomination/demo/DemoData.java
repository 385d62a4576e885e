package cn.congress.nomination.demo;

import cn.congress.nomination.demo.DemoUsers.DemoUser;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.List;

/** Everything the demo loads, in insertion order (parents before children). */
record DemoData(List<Organization> organizations, List<Member> members, List<DemoUser> users) {

  DemoDistrict.Summary summary() {
    return summary(organizations, members.size());
  }

  /** The size of a district of these organizations and this many members. */
  static DemoDistrict.Summary summary(List<Organization> organizations, long members) {
    List<Organization> units = organizations.stream()
        .filter(o -> o.type() == OrganizationType.RECOMMENDING_UNIT).toList();
    return new DemoDistrict.Summary(units.size(),
        units.stream().filter(u -> DemoScenario.KIND_WORKING_COMMITTEE.equals(u.kind())).count(),
        units.stream().filter(u -> DemoScenario.KIND_PARTY_COMMITTEE.equals(u.kind())).count(),
        organizations.stream().filter(o -> o.type() == OrganizationType.COMMITTEE).count(),
        organizations.stream().filter(Organization::isBranch).count(),
        members);
  }
}
