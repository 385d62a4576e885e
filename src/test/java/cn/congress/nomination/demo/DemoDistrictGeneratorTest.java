package cn.congress.nomination.demo;

import static cn.congress.nomination.demo.DemoScenario.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import cn.congress.nomination.demo.DemoUsers.DemoUser;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.MemberAttributes.UnitType;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.security.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator alone, in memory: no Spring, no database. */
class DemoDistrictGeneratorTest {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final DemoData DATA = DemoDistrictGenerator.generate(DemoScenario.SEED);

  private final List<Organization> organizations = DATA.organizations();
  private final List<Member> members = DATA.members();
  private final Map<String, Organization> byId = organizations.stream()
      .collect(Collectors.toMap(Organization::id, Function.identity()));

  @Test
  void sameSeed_sameDistrict_otherSeed_otherDistrict() {
    DemoData again = DemoDistrictGenerator.generate(DemoScenario.SEED);
    assertThat(again.organizations()).isEqualTo(organizations);
    assertThat(again.members()).isEqualTo(members);
    assertThat(again.users()).isEqualTo(DATA.users());

    DemoData other = DemoDistrictGenerator.generate(DemoScenario.SEED + 1);
    assertThat(other.members()).isNotEqualTo(members);
  }

  @Test
  void twentyThreeRecommendingUnits_fifteenWorkingCommittees_eightPartyCommittees() {
    List<Organization> units = ofType(OrganizationType.RECOMMENDING_UNIT);
    assertThat(units).hasSize(23).allMatch(u -> u.parentId().equals(DemoScenario.DISTRICT_ID));
    assertThat(units).filteredOn(u -> u.kind().equals(DemoScenario.KIND_WORKING_COMMITTEE)).hasSize(15)
        .allMatch(u -> u.name().endsWith("工委"));
    assertThat(units).filteredOn(u -> u.kind().equals(DemoScenario.KIND_PARTY_COMMITTEE)).hasSize(8)
        .allMatch(u -> u.name().endsWith("党委"));
    assertThat(DATA.summary()).isEqualTo(new DemoDistrict.Summary(23, 15, 8, ofType(OrganizationType.COMMITTEE).size(),
        ofType(OrganizationType.BRANCH).size(), members.size()));
  }

  @Test
  void treeIsWellFormed_idsReadWell_tensOfBranchesPerUnit() {
    assertThat(organizations.get(0).id()).isEqualTo(DemoScenario.UPPER_COMMITTEE_ID);
    Map<String, Integer> position = new HashMap<>();
    for (Organization o : organizations) {
      assertThat(ID.matcher(o.id()).matches()).as(o.id()).isTrue();
      assertThat(position.put(o.id(), position.size())).as("duplicate " + o.id()).isNull();
      Organization parent = o.parentId() == null ? null : byId.get(o.parentId());
      assertThat(o.type().mayHaveParent(parent == null ? null : parent.type())).as(o.id()).isTrue();
      if (parent != null) {
        assertThat(position).as("parent first: " + o.id()).containsKey(parent.id());
        assertThat(o.path()).isEqualTo(parent.path() + o.id() + "/");
        assertThat(o.depth()).isEqualTo(parent.depth() + 1);
      }
    }
    for (Organization unit : ofType(OrganizationType.RECOMMENDING_UNIT)) {
      long branches = organizations.stream().filter(o -> o.isBranch() && o.isWithin(unit.path())).count();
      assertThat(branches).as(unit.name()).isBetween((long) DemoScenario.MIN_BRANCHES_PER_UNIT,
          (long) DemoScenario.MAX_BRANCHES_PER_UNIT);
    }
  }

  @Test
  void someUnitsHaveIntermediateCommittees_someNested_withBranchesBelow() {
    List<Organization> committees = ofType(OrganizationType.COMMITTEE);
    assertThat(committees).isNotEmpty()
        .allMatch(c -> organizations.stream().anyMatch(o -> o.isBranch() && o.isWithin(c.path())));
    assertThat(committees).anyMatch(c -> byId.get(c.parentId()).type() == OrganizationType.COMMITTEE);
    assertThat(committees).extracting(Organization::kind)
        .contains(DemoScenario.KIND_GENERAL_BRANCH, DemoScenario.KIND_GRASSROOTS_COMMITTEE);
    long unitsWithCommittees = ofType(OrganizationType.RECOMMENDING_UNIT).stream()
        .filter(u -> committees.stream().anyMatch(c -> c.isWithin(u.path()))).count();
    assertThat(unitsWithCommittees).isBetween(1L, 22L);
  }

  @Test
  void tensOfThousandsOfMembers_everyBranchHasSome_onlyBranchesHaveAny() {
    assertThat(members.size()).isBetween(20_000, 40_000);
    Map<String, Long> perOrganization = members.stream()
        .collect(Collectors.groupingBy(Member::organizationId, Collectors.counting()));
    assertThat(perOrganization.keySet()).containsExactlyInAnyOrderElementsOf(
        ofType(OrganizationType.BRANCH).stream().map(Organization::id).toList());
    assertThat(members).extracting(Member::id).doesNotHaveDuplicates().allMatch(id -> id.matches("m-\\d{7}"));
  }

  @Test
  void datesAreConsistent() {
    for (Member m : members) {
      assertThat(m.ageOn(AS_OF)).as(m.id()).isBetween(20, 85);
      assertThat(m.joinedOn()).as(m.id()).isAfterOrEqualTo(m.birthDate().plusYears(18)).isBefore(AS_OF);
      if (m.isFullMember()) assertThat(m.joinedOn()).as(m.id()).isBefore(AS_OF.minusYears(1));
      else assertThat(m.joinedOn()).as(m.id()).isAfter(AS_OF.minusYears(1));
    }
    assertThat(share(m -> m.ageOn(AS_OF) >= 60)).isBetween(0.15, 0.40);
    assertThat(members).filteredOn(m -> m.occupation() == Occupation.RETIRED).allMatch(m -> m.ageOn(AS_OF) >= 60);
  }

  @Test
  void compositionIsPlausible() {
    assertThat(share(m -> m.gender() == Gender.FEMALE)).isBetween(0.27, 0.35);
    assertThat(share(Member::isMinority)).isBetween(0.06, 0.10);
    assertThat(members.stream().filter(Member::isMinority).map(Member::ethnicity).distinct().count()).isGreaterThan(5);
    assertThat(share(m -> !m.isFullMember())).isBetween(0.02, 0.04);
    long bureau = count(m -> m.cadreLevel() == CadreLevel.BUREAU);
    long division = count(m -> m.cadreLevel() == CadreLevel.DIVISION);
    assertThat(bureau + division).isBetween(200L, 900L);
    assertThat(bureau).isPositive().isLessThan(division);
    assertThat(count(m -> m.occupation() == Occupation.WORKER)).isPositive();
    assertThat(count(m -> m.occupation() == Occupation.FARMER)).isPositive();
    assertThat(count(m -> m.occupation() == Occupation.PROFESSIONAL_TECHNICAL)).isPositive();
    assertThat(count(m -> m.honourLevel() == HonourLevel.NATIONAL)).isPositive();
    assertThat(count(m -> m.honourLevel() == HonourLevel.PROVINCIAL)).isPositive();
    assertThat(members).filteredOn(m -> m.honourLevel() == HonourLevel.NONE).allMatch(m -> m.honour() == null);
    assertThat(members).filteredOn(m -> m.honourLevel() != HonourLevel.NONE).allMatch(m -> m.honour() != null);
  }

  @Test
  void aHandfulSanctioned_someStillInEffect_oneOrTwoUnderInvestigation() {
    List<Member> sanctioned = members.stream().filter(m -> m.sanction() != Sanction.NONE).toList();
    assertThat(sanctioned).hasSize(DemoScenario.SANCTIONED).allMatch(m -> m.sanctionEndsOn() != null);
    assertThat(sanctioned).anyMatch(m -> m.sanctionedOn(AS_OF)).anyMatch(m -> !m.sanctionedOn(AS_OF));
    assertThat(members).filteredOn(m -> m.sanction() == Sanction.NONE).allMatch(m -> m.sanctionEndsOn() == null);
    assertThat(count(Member::underInvestigation)).isBetween(1L, 2L);
  }

  @Test
  void workplaceFlagsFollowTheUnit() {
    assertThat(members).filteredOn(Member::migrantWorker).isNotEmpty()
        .allMatch(m -> m.occupation() == Occupation.WORKER);
    assertThat(members).filteredOn(Member::enterpriseEmployee).isNotEmpty()
        .allMatch(m -> m.unitType() == UnitType.ENTERPRISE);
    assertThat(members).filteredOn(Member::financeEmployee).isNotEmpty().allMatch(Member::enterpriseEmployee);
    // Streets and towns bring communities and villages; companies bring enterprises.
    assertThat(membersOfBranchesNamed("社区")).isNotEmpty().allMatch(m -> m.unitType() == UnitType.COMMUNITY);
    assertThat(membersOfBranchesNamed("村")).isNotEmpty().allMatch(m -> m.unitType() == UnitType.RURAL);
    assertThat(membersOfBranchesNamed("公司")).isNotEmpty().allMatch(m -> m.unitType() == UnitType.ENTERPRISE);
    assertThat(membersOfBranchesNamed("村")).anyMatch(m -> m.occupation() == Occupation.FARMER);
  }

  @Test
  void everyUnitHasLeadersToNominate() {
    for (Organization unit : ofType(OrganizationType.RECOMMENDING_UNIT)) {
      List<Member> leaders = members.stream().filter(m -> byId.get(m.organizationId()).isWithin(unit.path())
          && m.isFullMember() && m.sanction() == Sanction.NONE && !m.underInvestigation()).toList();
      assertThat(leaders).as(unit.name()).filteredOn(m -> m.cadreLevel() == CadreLevel.BUREAU).hasSizeGreaterThan(6);
      assertThat(leaders).as(unit.name()).filteredOn(m -> m.cadreLevel() == CadreLevel.DIVISION).hasSizeGreaterThan(3);
    }
  }

  @Test
  void usersForEveryLevel_secretaryIsAMemberOfTheirBranch() {
    Map<String, DemoUser> users = DATA.users().stream().collect(Collectors.toMap(DemoUser::id, Function.identity()));
    assertThat(users).hasSameSizeAs(DATA.users());
    assertThat(users.keySet()).allMatch(id -> ID.matcher(id).matches());
    for (DemoUsers.Post post : DemoUsers.POSTS) {
      assertThat(users.get(post.id())).isEqualTo(new DemoUser(post.id(), users.get(post.id()).name(),
          post.organizationId(), post.role()));
    }
    for (Organization o : organizations) {
      switch (o.type()) {
        case RECOMMENDING_UNIT, COMMITTEE -> assertThat(users.get(o.id() + "-staff")).as(o.id())
            .extracting(DemoUser::organizationId, DemoUser::role).containsExactly(o.id(), Role.COMMITTEE_STAFF);
        case BRANCH -> {
          DemoUser secretary = users.get(o.id() + "-sj");
          assertThat(secretary).as(o.id()).extracting(DemoUser::organizationId, DemoUser::role)
              .containsExactly(o.id(), Role.BRANCH_SECRETARY);
          assertThat(members).as(o.id()).anyMatch(m -> m.organizationId().equals(o.id()) && m.isFullMember()
              && secretary.name().equals(m.name() + "（" + o.name() + "书记）"));
        }
        default -> { }
      }
    }
    assertThat(users.get("br-07-012-sj")).isNotNull();
  }

  private List<Organization> ofType(OrganizationType type) {
    return organizations.stream().filter(o -> o.type() == type).toList();
  }

  private List<Member> membersOfBranchesNamed(String word) {
    return members.stream().filter(m -> byId.get(m.organizationId()).name().endsWith(word + "党支部")
        || byId.get(m.organizationId()).name().contains(word + "第")).toList();
  }

  private long count(Predicate<Member> predicate) {
    return members.stream().filter(predicate).count();
  }

  private double share(Predicate<Member> predicate) {
    return (double) count(predicate) / members.size();
  }
}
