package cn.congress.nomination.demo;

import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo district as it is in the database: whether it is there, and its size. */
@Component
@ConditionalOnProperty(name = "nomination.demo.enabled", havingValue = "true")
public class DemoDistrict {

  /** The size of the district: recommending units by kind, intermediate committees, branches and members. */
  public record Summary(long recommendingUnits, long workingCommittees, long partyCommittees, long committees,
                        long branches, long members) {}

  private final Organizations organizations;
  private final Members members;

  DemoDistrict(Organizations organizations, Members members) {
    this.organizations = organizations;
    this.members = members;
  }

  public boolean exists() {
    return organizations.find(DemoScenario.DISTRICT_ID).isPresent();
  }

  public Optional<Summary> summary() {
    return organizations.find(DemoScenario.DISTRICT_ID).map(this::summarize);
  }

  private Summary summarize(Organization district) {
    List<Organization> units = organizations.children(district.id()).stream()
        .filter(o -> o.type() == OrganizationType.RECOMMENDING_UNIT).toList();
    return new Summary(units.size(),
        units.stream().filter(u -> DemoScenario.KIND_WORKING_COMMITTEE.equals(u.kind())).count(),
        units.stream().filter(u -> DemoScenario.KIND_PARTY_COMMITTEE.equals(u.kind())).count(),
        organizations.countByTypeWithin(district.path(), OrganizationType.COMMITTEE),
        organizations.countByTypeWithin(district.path(), OrganizationType.BRANCH),
        members.countWithin(district.path()));
  }
}
