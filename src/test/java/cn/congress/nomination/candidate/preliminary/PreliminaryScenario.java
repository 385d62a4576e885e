package cn.congress.nomination.candidate.preliminary;

import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.ReferenceElections;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.CadreLevel;
import cn.congress.nomination.organization.MemberAttributes.Education;
import cn.congress.nomination.organization.MemberAttributes.Gender;
import cn.congress.nomination.organization.MemberAttributes.HonourLevel;
import cn.congress.nomination.organization.MemberAttributes.Membership;
import cn.congress.nomination.organization.MemberAttributes.Occupation;
import cn.congress.nomination.organization.MemberAttributes.Sanction;
import cn.congress.nomination.organization.MemberAttributes.UnitType;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import cn.congress.nomination.security.Viewer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reference district of its own (ids start with the prefix): city → district (electoral unit, 16 seats, the
 * reference election) → 23 recommending units, one branch holding 22 initial candidates c01…c22 with their identity
 * categories assigned. c01…c21 fit the reference structure (c01–c06 bureau, c07–c09 division leaders, c10–c13 advanced
 * models who are workers, c14–c18 professional-technical, c19–c21 workers; even numbers are women, every fifth is of a
 * minority, every third was born in 1970); c22 is one more woman worker. Users: two plenary members, the
 * organization department, the discipline commission, the city's organization department.
 */
public final class PreliminaryScenario {

  public static final String PASSWORD = "secret-preliminary-1";

  private static final String[][] PEOPLE = {
      // number range, category, cadre level, occupation
      {"1", "6", "BUREAU_LEADER", "BUREAU", "CIVIL_SERVANT"},
      {"7", "9", "DIVISION_LEADER", "DIVISION", "CIVIL_SERVANT"},
      {"10", "13", "ADVANCED_MODEL", "NONE", "WORKER"},
      {"14", "18", "PROFESSIONAL_TECHNICAL", "NONE", "PROFESSIONAL_TECHNICAL"},
      {"19", "22", "WORKER", "NONE", "WORKER"}};

  public final String prefix;
  public final String city;
  public final String district;
  public final String branch;
  public final String election;
  public final String plenary;
  public final String plenary2;
  public final String orgDepartment;
  public final String discipline;
  public final String cityDepartment;

  public PreliminaryScenario(String prefix) {
    this.prefix = prefix;
    city = prefix + "-city";
    district = prefix + "-eu";
    branch = prefix + "-br";
    election = prefix + "-election";
    plenary = prefix + "-qwh";
    plenary2 = prefix + "-qwh-2";
    orgDepartment = prefix + "-zzb";
    discipline = prefix + "-jw";
    cityDepartment = prefix + "-city-zzb";
  }

  /**
   * Starts this election's PreliminaryCandidatesProcess from processes/preliminary-candidates.bpmn: other tests in the
   * shared engine may deploy stand-ins under the same key, so the latest version by key may not be this one.
   */
  public ProcessInstance start(RepositoryService repository, RuntimeService runtime) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PreliminaryCandidatesProcess.KEY).list().stream()
        .filter(d -> d.getResourceName().endsWith("preliminary-candidates.bpmn"))
        .max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
    return runtime.startProcessInstanceById(definition.getId(), election, Map.of(
        PreliminaryCandidatesProcess.ELECTION_ID, election, PreliminaryCandidatesProcess.ELECTORAL_UNIT_ID, district));
  }

  public String candidate(int i) {
    return prefix + "-c%02d".formatted(i);
  }

  public List<String> candidates(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) ids.add(candidate(i));
    return ids;
  }

  /** The 22 people c01…c22 (see the class comment), members of the branch. */
  public static List<Member> people(String prefix, String branch) {
    List<Member> people = new ArrayList<>();
    for (String[] row : PEOPLE) {
      for (int i = Integer.parseInt(row[0]); i <= Integer.parseInt(row[1]); i++) {
        people.add(new Member(prefix + "-c%02d".formatted(i), branch, "候选" + i, i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
            i % 5 == 0 ? "回族" : "汉族", LocalDate.of(i % 3 == 0 ? 1970 : 1985, 5, 1), LocalDate.of(2008, 7, 1),
            Membership.FULL, Education.UNIVERSITY, UnitType.ENTERPRISE, null, CadreLevel.valueOf(row[3]),
            Occupation.valueOf(row[4]), HonourLevel.NONE, null, Sanction.NONE, null, false, false, false, false));
      }
    }
    return people;
  }

  /** Their identity categories in the reference election, by member id. */
  public static Map<String, String> categories(String prefix) {
    Map<String, String> categories = new LinkedHashMap<>();
    for (String[] row : PEOPLE) {
      for (int i = Integer.parseInt(row[0]); i <= Integer.parseInt(row[1]); i++) {
        categories.put(prefix + "-c%02d".formatted(i), row[2]);
      }
    }
    return categories;
  }

  /** Builds the district, its members, users and election; the initial list is c01…c{initial}. */
  public PreliminaryScenario create(Organizations organizations, OrganizationGroups groups, Members members,
                                    UserAccounts accounts, ElectionService elections, ObjectMapper json,
                                    JdbcTemplate jdbc, int initial) throws Exception {
    String districtPath = "/" + city + "/" + district + "/";
    List<Organization> tree = new ArrayList<>(List.of(
        new Organization(city, null, "市委", OrganizationType.UPPER_COMMITTEE, null, "/" + city + "/", 0, 0),
        new Organization(district, city, "区委", OrganizationType.ELECTORAL_UNIT, null, districtPath, 1, 0)));
    for (int u = 1; u <= 23; u++) {
      String unit = prefix + "-ru-%02d".formatted(u);
      tree.add(new Organization(unit, district, "第" + u + "党委", OrganizationType.RECOMMENDING_UNIT, "PARTY_COMMITTEE",
          districtPath + unit + "/", 2, u));
    }
    tree.add(new Organization(branch, prefix + "-ru-01", "机关第一党支部", OrganizationType.BRANCH, null,
        districtPath + prefix + "-ru-01/" + branch + "/", 3, 0));
    organizations.insert(tree);
    groups.sync(tree);

    String text = ReferenceElections.json().replace("\"eu-district\"", "\"" + district + "\"")
        .replace("\"ru-", "\"" + prefix + "-ru-").replace("\"el-2025-district\"", "\"" + election + "\"");
    elections.create(json.readValue(text, ElectionConfig.class), Viewer.system("test"));

    List<Member> people = people(prefix, branch);
    Map<String, String> categories = categories(prefix);
    members.insert(people);
    Timestamp now = Timestamp.from(Instant.now());
    for (Member m : people) {
      jdbc.update("insert into election_identity (election_id, member_id, category_code, evidence, assigned_by, "
          + "assigned_at) values (?, ?, ?, ?, 'test', ?)", election, m.id(), categories.get(m.id()), "任职文件", now);
    }
    TestInitialCandidates.set(election, candidates(1, initial));

    accounts.provision(plenary, "区委委员甲", PASSWORD, List.of(district), Set.of(Role.PLENARY));
    accounts.provision(plenary2, "区委委员乙", PASSWORD, List.of(district), Set.of(Role.PLENARY));
    accounts.provision(orgDepartment, "区委组织部干事", PASSWORD, List.of(district), Set.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(discipline, "区纪委干部", PASSWORD, List.of(district), Set.of(Role.DISCIPLINE_COMMISSION));
    accounts.provision(cityDepartment, "市委组织部干事", PASSWORD, List.of(city), Set.of(Role.UPPER_COMMITTEE));
    return this;
  }
}
