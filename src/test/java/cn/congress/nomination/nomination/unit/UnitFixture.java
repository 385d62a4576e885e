package cn.congress.nomination.nomination.unit;

import cn.congress.nomination.election.Election;
import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Viewer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small tree for the unit's tests, its ids prefixed so that test classes sharing one database do not collide:
 * city → district (electoral unit) → unit 1 (a committee with two branches, and one branch of its own) and unit 2
 * (no branch at all); and the reference election over it (11 seats per unit, at least 50% margin: 17 names).
 */
public final class UnitFixture {

  public static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  public final String p;
  public final String city;
  public final String district;
  public final String unit;
  public final String emptyUnit;
  public final String committee;
  public final String branchA;
  public final String branchB;
  public final String branchC;
  public final String electionId;
  public final List<Organization> organizations = new ArrayList<>();

  public UnitFixture(String prefix) {
    p = prefix;
    city = p + "uc";
    district = p + "eu";
    unit = p + "ru-1";
    emptyUnit = p + "ru-2";
    committee = p + "com-1";
    branchA = p + "br-1a";
    branchB = p + "br-1b";
    branchC = p + "br-1c";
    electionId = p + "el";
    String cityPath = "/" + city + "/";
    String districtPath = cityPath + district + "/";
    String unitPath = districtPath + unit + "/";
    String committeePath = unitPath + committee + "/";
    organizations.add(new Organization(city, null, "市委", OrganizationType.UPPER_COMMITTEE, null, cityPath, 0, 0));
    organizations.add(new Organization(district, city, "区委", OrganizationType.ELECTORAL_UNIT, null, districtPath, 1, 0));
    organizations.add(new Organization(unit, district, "机关党工委", OrganizationType.RECOMMENDING_UNIT,
        "WORKING_COMMITTEE", unitPath, 2, 0));
    organizations.add(new Organization(emptyUnit, district, "新区党委", OrganizationType.RECOMMENDING_UNIT,
        "PARTY_COMMITTEE", districtPath + emptyUnit + "/", 2, 1));
    organizations.add(new Organization(committee, unit, "教育系统党委", OrganizationType.COMMITTEE, null, committeePath, 3, 0));
    organizations.add(new Organization(branchA, committee, "第一中学党支部", OrganizationType.BRANCH, null,
        committeePath + branchA + "/", 4, 0));
    organizations.add(new Organization(branchB, committee, "第二中学党支部", OrganizationType.BRANCH, null,
        committeePath + branchB + "/", 4, 1));
    organizations.add(new Organization(branchC, unit, "机关第一党支部", OrganizationType.BRANCH, null,
        unitPath + branchC + "/", 3, 1));
  }

  public Organization org(String id) {
    return organizations.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  public void insertTree(Organizations orgs, OrganizationGroups groups) {
    orgs.insert(organizations);
    groups.sync(organizations);
  }

  public Election createElection(ElectionService service) {
    ObjectNode tree = reference();
    tree.put("id", electionId);
    tree.put("electoralUnitId", district);
    ArrayNode seats = tree.putArray("unitSeats");
    for (String u : List.of(unit, emptyUnit)) seats.addObject().put("organizationId", u).put("seats", 11);
    return service.create(JSON.convertValue(tree, ElectionConfig.class), Viewer.system("test"));
  }

  public static ObjectNode reference() {
    try (InputStream in = UnitFixture.class.getResourceAsStream("/elections/district-reference.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
