package cn.congress.nomination.demo;

import static cn.congress.nomination.demo.DemoScenario.*;

import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The organization tree of the demo: the city committee, the district (the electoral unit), its recommending units,
 * the intermediate committees of some units (党委 of a community or a company, 党总支 of a village or a bureau) and the
 * branches. Ids read well: {@code ru-07}, {@code cm-07-2}, {@code cm-07-2-1}, {@code br-07-012}.
 */
final class DistrictTree {

  /** A branch and what its members are like. The leadership branch is the unit's own office, where its leaders are. */
  record Branch(Organization organization, BranchProfile profile, String sector, boolean leadership) {}

  private enum UnitProfile { STREET, ORGANS, ZONE, NON_PUBLIC, TOWN, EDUCATION, HEALTH, STATE_ASSETS, POLICE, FINANCE }

  /** A recommending unit: its name, kind, and its own office (whose branch holds the unit's leaders). */
  private record UnitSpec(String name, String kind, UnitProfile profile, String office) {}

  /** The 23 recommending units of the scenario: 15 working committees, then 8 party committees. */
  private static final List<UnitSpec> UNITS = List.of(
      street("城关"), street("东湖"), street("西山"), street("南门"), street("北关"), street("解放路"),
      street("人民路"), street("新华"), street("和平里"), street("文化路"), street("长江路"),
      new UnitSpec("区直机关工委", KIND_WORKING_COMMITTEE, UnitProfile.ORGANS, "区直机关工委机关"),
      new UnitSpec("经济技术开发区党工委", KIND_WORKING_COMMITTEE, UnitProfile.ZONE, "经济技术开发区管委会机关"),
      new UnitSpec("高新技术产业园区党工委", KIND_WORKING_COMMITTEE, UnitProfile.ZONE, "高新技术产业园区管委会机关"),
      new UnitSpec("区非公有制经济组织和社会组织党工委", KIND_WORKING_COMMITTEE, UnitProfile.NON_PUBLIC, "区两新组织党工委机关"),
      town("青山"), town("柳河"), town("石桥"),
      new UnitSpec("区教育系统党委", KIND_PARTY_COMMITTEE, UnitProfile.EDUCATION, "区教育委员会机关"),
      new UnitSpec("区卫生健康系统党委", KIND_PARTY_COMMITTEE, UnitProfile.HEALTH, "区卫生健康委员会机关"),
      new UnitSpec("区国资委党委", KIND_PARTY_COMMITTEE, UnitProfile.STATE_ASSETS, "区国资委机关"),
      new UnitSpec("区公安分局党委", KIND_PARTY_COMMITTEE, UnitProfile.POLICE, "区公安分局机关"),
      new UnitSpec("区农村商业银行党委", KIND_PARTY_COMMITTEE, UnitProfile.FINANCE, "区农村商业银行总行机关"));

  static {
    long working = UNITS.stream().filter(u -> u.kind().equals(KIND_WORKING_COMMITTEE)).count();
    if (UNITS.size() != RECOMMENDING_UNITS || working != WORKING_COMMITTEES
        || UNITS.size() - working != PARTY_COMMITTEES) {
      throw new IllegalStateException("the demo's units do not match the scenario's 15 + 8");
    }
  }

  /** The mean of the scenario's draw of branches per unit: committees scale with a unit's branches against it. */
  private static final int AVERAGE_BRANCHES_PER_UNIT = (MIN_BRANCHES_PER_UNIT + MAX_BRANCHES_PER_UNIT) / 2;

  private static final List<String> HOSPITALS = List.of("区人民医院", "区中医医院", "区妇幼保健院");
  private static final List<String> HOSPITAL_DEPARTMENTS = List.of("内科", "外科", "医技", "护理", "行政后勤", "离退休");
  private static final List<String> HEALTH_AGENCIES = List.of("区疾病预防控制中心", "区急救中心", "区卫生健康监督所");

  private final SplittableRandom random;
  private final PlaceNames places;
  private final List<Organization> organizations = new ArrayList<>();
  private final List<Branch> branches = new ArrayList<>();
  private final Map<String, Integer> children = new HashMap<>();
  /** Branches wanted in all (0: the scenario's own draw of 20–60 per unit). */
  private final int branchesWanted;

  private DistrictTree(SplittableRandom random, int branchesWanted) {
    this.random = random;
    this.places = new PlaceNames(random);
    this.branchesWanted = branchesWanted;
  }

  static DistrictTree generate(SplittableRandom random) {
    return generate(random, 0);
  }

  /**
   * The district with about {@code branches} branches (exactly that many; at least one per recommending unit): the
   * same 23 units, each with its share of the branches, its committees in proportion (0: the scenario's own size).
   */
  static DistrictTree generate(SplittableRandom random, int branches) {
    if (branches != 0 && branches < UNITS.size()) {
      throw new IllegalArgumentException("at least " + UNITS.size() + " branches (one per recommending unit)");
    }
    DistrictTree tree = new DistrictTree(random, branches);
    Organization city = tree.add(null, UPPER_COMMITTEE_ID, UPPER_COMMITTEE_NAME, OrganizationType.UPPER_COMMITTEE,
        KIND_PARTY_COMMITTEE);
    Organization district = tree.add(city, DISTRICT_ID, DISTRICT_NAME, OrganizationType.ELECTORAL_UNIT,
        KIND_PARTY_COMMITTEE);
    for (int i = 0; i < UNITS.size(); i++) tree.new UnitBuilder(district, i + 1, UNITS.get(i)).build();
    return tree;
  }

  List<Organization> organizations() {
    return List.copyOf(organizations);
  }

  List<Branch> branches() {
    return List.copyOf(branches);
  }

  private Organization add(Organization parent, String id, String name, OrganizationType type, String kind) {
    int order = parent == null ? 0 : children.merge(parent.id(), 1, Integer::sum);
    Organization organization = new Organization(id, parent == null ? null : parent.id(), name, type, kind,
        (parent == null ? "/" : parent.path()) + id + "/", parent == null ? 0 : parent.depth() + 1, order);
    organizations.add(organization);
    return organization;
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private static UnitSpec street(String name) {
    return new UnitSpec(name + "街道党工委", KIND_WORKING_COMMITTEE, UnitProfile.STREET, name + "街道办事处机关");
  }

  private static UnitSpec town(String name) {
    return new UnitSpec(name + "镇党委", KIND_PARTY_COMMITTEE, UnitProfile.TOWN, name + "镇机关");
  }

  /** Builds one recommending unit: its office's branch, its committees with their branches, then direct branches. */
  private final class UnitBuilder {
    private final UnitSpec spec;
    private final String number;
    private final Organization unit;
    private final int target;
    private int branchCount;
    private int directCount;

    UnitBuilder(Organization district, int no, UnitSpec spec) {
      this.spec = spec;
      this.number = "%02d".formatted(no);
      this.unit = add(district, "ru-" + number, spec.name(), OrganizationType.RECOMMENDING_UNIT, spec.kind());
      int drawn = between(MIN_BRANCHES_PER_UNIT, MAX_BRANCHES_PER_UNIT);
      this.target = scaled() ? branchesWanted / UNITS.size() + (no <= branchesWanted % UNITS.size() ? 1 : 0) : drawn;
    }

    void build() {
      BranchProfile office = spec.profile() == UnitProfile.FINANCE ? BranchProfile.FINANCE : BranchProfile.ORGAN;
      branch(unit, spec.office() + "党支部", office, office.sector, true);
      int committees = committeeCount();
      if (scaled() && committees > 0) {
        // In proportion: the scenario's committees bring about a fifth of a unit's 40 branches on average.
        committees = Math.max(1, (int) Math.round(committees * target / (double) AVERAGE_BRANCHES_PER_UNIT));
        for (int c = 1; c <= committees && branchCount < target - 1; c++) committee("cm-" + number + "-" + c, c);
      } else {
        // A committee brings at most 9 branches (nested ones included): start one only where it fits the target.
        for (int c = 1; c <= committees && branchCount < target - 10; c++) committee("cm-" + number + "-" + c, c);
      }
      while (branchCount < target) directBranch();
    }

    private boolean scaled() {
      return branchesWanted > 0;
    }

    /** Whether a nested committee still gets a branch (always, at the scenario's own size). */
    private boolean roomLeft() {
      return !scaled() || branchCount < target;
    }

    private int committeeCount() {
      return switch (spec.profile()) {
        case STREET -> random.nextInt(100) < 40 ? between(1, 3) : 0;
        case NON_PUBLIC -> 0;
        case POLICE, FINANCE -> 1;
        case HEALTH -> 2;
        case ORGANS, EDUCATION -> between(2, 3);
        case ZONE, TOWN -> between(2, 4);
        case STATE_ASSETS -> between(3, 4);
      };
    }

    private void committee(String id, int ordinal) {
      String grassroots = KIND_GRASSROOTS_COMMITTEE;
      String general = KIND_GENERAL_BRANCH;
      switch (spec.profile()) {
        case STREET -> {
          String community = places.community();
          numbered(committee(unit, id, community + "党委", grassroots), between(3, 6), community,
              BranchProfile.COMMUNITY);
        }
        case ORGANS -> {
          String bureau = places.bureau();
          numbered(committee(unit, id, bureau + "机关党总支", general), between(2, 4), bureau, BranchProfile.ORGAN);
        }
        case ZONE -> {
          String group = places.group();
          Organization committee = committee(unit, id, group + "党委", grassroots);
          numbered(committee, between(3, 6), group, BranchProfile.ENTERPRISE);
          // One level deeper: the tree has any depth.
          if (ordinal == 1 && roomLeft()) {
            Organization centre = committee(committee, id + "-1", group + "研发中心党总支", general);
            numbered(centre, between(2, 3), group + "研发中心", BranchProfile.ENTERPRISE);
          }
        }
        case TOWN -> {
          String village = places.village();
          numbered(committee(unit, id, village + "党总支", general), between(2, 4), village, BranchProfile.VILLAGE);
        }
        case EDUCATION -> {
          String school = places.school();
          numbered(committee(unit, id, school + "党总支", general), between(3, 5), school, BranchProfile.SCHOOL);
        }
        case HEALTH -> {
          String hospital = places.fixed(HOSPITALS.get((ordinal - 1) % HOSPITALS.size()));
          Organization committee = committee(unit, id, hospital + "党委", grassroots);
          branches(committee, between(4, HOSPITAL_DEPARTMENTS.size()),
              n -> hospital + HOSPITAL_DEPARTMENTS.get(n - 1) + "党支部", BranchProfile.HOSPITAL);
        }
        case STATE_ASSETS -> {
          String company = places.stateCompany();
          Organization committee = committee(unit, id, company + "党委", grassroots);
          numbered(committee, between(3, 6), company, BranchProfile.STATE_ENTERPRISE);
          if (ordinal == 1 && roomLeft()) {
            Organization office = committee(committee, id + "-1", company + "第一分公司党总支", general);
            numbered(office, between(2, 3), company + "第一分公司", BranchProfile.STATE_ENTERPRISE);
          }
        }
        case POLICE -> numbered(committee(unit, id, "区公安分局交通支队党总支", general), between(3, 5),
            "区公安分局交通支队", BranchProfile.POLICE);
        case FINANCE -> numbered(committee(unit, id, "区农村商业银行总行机关党总支", general), between(3, 5),
            "区农村商业银行总行机关", BranchProfile.FINANCE);
        case NON_PUBLIC -> throw new IllegalStateException("no committees in " + spec.name());
      }
    }

    private void directBranch() {
      int direct = directCount++;
      int roll = random.nextInt(100);
      switch (spec.profile()) {
        case STREET -> {
          if (roll < 70) branch(unit, places.community() + "党支部", BranchProfile.COMMUNITY);
          else if (roll < 88) company();
          else branch(unit, places.socialOrganization() + "党支部", BranchProfile.SOCIAL_ORGANIZATION);
        }
        case ORGANS -> {
          if (roll < 80) branch(unit, places.bureau() + "党支部", BranchProfile.ORGAN);
          else branch(unit, places.institution() + "党支部", BranchProfile.INSTITUTION);
        }
        case ZONE -> company();
        case NON_PUBLIC -> {
          if (roll < 60) company();
          else if (roll < 70) branch(unit, places.local("商务楼宇") + "联合党支部", BranchProfile.ENTERPRISE);
          else branch(unit, places.socialOrganization() + "党支部", BranchProfile.SOCIAL_ORGANIZATION);
        }
        case TOWN -> branch(unit, (roll < 85 ? places.village() : places.local("农民专业合作社")) + "党支部",
            BranchProfile.VILLAGE);
        case EDUCATION -> branch(unit, places.school() + "党支部", BranchProfile.SCHOOL);
        case HEALTH -> branch(unit, (direct < HEALTH_AGENCIES.size() ? places.fixed(HEALTH_AGENCIES.get(direct))
            : places.local("社区卫生服务中心")) + "党支部", BranchProfile.HOSPITAL);
        case STATE_ASSETS -> branch(unit, places.stateCompany() + "党支部", BranchProfile.STATE_ENTERPRISE);
        case POLICE -> branch(unit, places.local("派出所") + "党支部", BranchProfile.POLICE);
        case FINANCE -> branch(unit, places.local("支行") + "党支部", BranchProfile.FINANCE);
      }
    }

    private void company() {
      PlaceNames.Place company = places.company();
      branch(unit, company.name() + "党支部", BranchProfile.ENTERPRISE, company.sector(), false);
    }

    private Organization committee(Organization parent, String id, String name, String kind) {
      return add(parent, id, name, OrganizationType.COMMITTEE, kind);
    }

    /** Branches named "…第一党支部", "…第二党支部" under a committee. */
    private void numbered(Organization parent, int count, String base, BranchProfile profile) {
      branches(parent, count, n -> base + "第" + Numerals.of(n) + "党支部", profile);
    }

    private void branches(Organization parent, int count, IntFunction<String> name, BranchProfile profile) {
      // scaled down, a committee takes no more than the unit's target leaves (at least one branch)
      int fits = scaled() ? Math.min(count, target - branchCount) : count;
      for (int n = 1; n <= fits; n++) branch(parent, name.apply(n), profile);
    }

    private void branch(Organization parent, String name, BranchProfile profile) {
      branch(parent, name, profile, profile.sector, false);
    }

    private void branch(Organization parent, String name, BranchProfile profile, String sector, boolean leadership) {
      branchCount++;
      String id = "br-" + number + "-" + "%03d".formatted(branchCount);
      Organization branch = add(parent, id, name, OrganizationType.BRANCH, KIND_BRANCH);
      branches.add(new Branch(branch, profile, sector, leadership));
    }
  }
}
