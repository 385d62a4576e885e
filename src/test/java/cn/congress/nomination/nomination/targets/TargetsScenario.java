package cn.congress.nomination.nomination.targets;

import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.ReferenceElections;
import cn.congress.nomination.organization.Member;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One reference district of its own (ids start with the prefix): city → district (electoral unit) → 23 recommending
 * units, one branch under the first with 25 members: t01…t24 fit the reference structure, t25 is a spare; the first unit
 * filed all 25 ranked by their number, the second filed t01…t05. Users: two standing committee members, the
 * organization department, one staff user per unit, the city's organization department. The reference election.
 */
public final class TargetsScenario {

  public static final String PASSWORD = "secret-targets-1";

  public final String prefix;
  public final String city;
  public final String district;
  public final String branch;
  public final String election;
  public final List<String> units = new ArrayList<>();
  public final String committee;
  public final String committee2;
  public final String orgDepartment;
  public final String cityDepartment;

  public TargetsScenario(String prefix) {
    this.prefix = prefix;
    city = prefix + "-city";
    district = prefix + "-eu";
    branch = prefix + "-br";
    election = prefix + "-election";
    for (int i = 1; i <= 23; i++) units.add(prefix + "-ru-%02d".formatted(i));
    committee = prefix + "-cwh";
    committee2 = prefix + "-cwh-2";
    orgDepartment = prefix + "-zzb";
    cityDepartment = prefix + "-city-zzb";
  }

  /**
   * Starts this election's InspectionTargetsProcess from processes/inspection-targets.bpmn: other tests in the shared
   * engine deploy stand-ins under the same key, so the latest version by key may not be ours.
   */
  org.camunda.bpm.engine.runtime.ProcessInstance start(org.camunda.bpm.engine.RepositoryService repository,
                                                        org.camunda.bpm.engine.RuntimeService runtime) {
    var definition = repository.createProcessDefinitionQuery().processDefinitionKey(InspectionTargetsProcess.KEY).list()
        .stream().filter(d -> d.getResourceName().endsWith("inspection-targets.bpmn"))
        .max(java.util.Comparator.comparingInt(org.camunda.bpm.engine.repository.ProcessDefinition::getVersion))
        .orElseThrow();
    return runtime.startProcessInstanceById(definition.getId(), election,
        java.util.Map.of(InspectionTargetsProcess.ELECTION_ID, election));
  }

  public String staff(String unit) {
    return unit + "-staff";
  }

  public String target(int i) {
    return prefix + "-t%02d".formatted(i);
  }

  public List<String> targets(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) ids.add(target(i));
    return ids;
  }

  public TargetsScenario create(Organizations organizations, OrganizationGroups groups, Members members,
                         UserAccounts accounts, ElectionService elections, ObjectMapper json, JdbcTemplate jdbc,
                         boolean allMen) throws Exception {
    String cityPath = "/" + city + "/";
    String districtPath = cityPath + district + "/";
    List<Organization> tree = new ArrayList<>();
    tree.add(new Organization(city, null, "市委", OrganizationType.UPPER_COMMITTEE, null, cityPath, 0, 0));
    tree.add(new Organization(district, city, "区委", OrganizationType.ELECTORAL_UNIT, null, districtPath, 1, 0));
    for (int i = 0; i < units.size(); i++) {
      tree.add(new Organization(units.get(i), district, "第" + (i + 1) + "党工委", OrganizationType.RECOMMENDING_UNIT,
          "WORKING_COMMITTEE", districtPath + units.get(i) + "/", 2, i));
    }
    tree.add(new Organization(branch, units.get(0), "第一党支部", OrganizationType.BRANCH, null,
        districtPath + units.get(0) + "/" + branch + "/", 3, 0));
    organizations.insert(tree);
    groups.sync(tree);

    List<Targets.Person> people = new ArrayList<>(Targets.reference(prefix, branch));
    people.add(new Targets.Person(Targets.member(target(25), branch, "考察25",
        cn.congress.nomination.organization.MemberAttributes.Gender.FEMALE, "汉族", java.time.LocalDate.of(1988, 1, 1),
        cn.congress.nomination.organization.MemberAttributes.CadreLevel.NONE,
        cn.congress.nomination.organization.MemberAttributes.Occupation.WORKER,
        cn.congress.nomination.organization.MemberAttributes.Membership.FULL), "WORKER"));
    if (allMen) people = new ArrayList<>(Targets.allMen(people));
    members.insert(people.stream().map(Targets.Person::member).toList());

    accounts.provision(committee, "常委甲", PASSWORD, List.of(district), Set.of(Role.STANDING_COMMITTEE));
    accounts.provision(committee2, "常委乙", PASSWORD, List.of(district), Set.of(Role.STANDING_COMMITTEE));
    accounts.provision(orgDepartment, "区委组织部干事", PASSWORD, List.of(district), Set.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(cityDepartment, "市委组织部干事", PASSWORD, List.of(city), Set.of(Role.UPPER_COMMITTEE));
    for (String unit : units) {
      accounts.provision(staff(unit), unit + "工作人员", PASSWORD, List.of(unit), Set.of(Role.COMMITTEE_STAFF));
    }

    String text = ReferenceElections.json().replace("\"eu-district\"", "\"" + district + "\"")
        .replace("\"ru-", "\"" + prefix + "-ru-").replace("\"el-2025-district\"", "\"" + election + "\"");
    elections.create(json.readValue(text, ElectionConfig.class), Viewer.system("test"));

    Timestamp now = Timestamp.from(Instant.now());
    fileList(jdbc, units.get(0), people, 1, 25, now);
    fileList(jdbc, units.get(1), people, 1, 5, now);
    return this;
  }

  private void fileList(JdbcTemplate jdbc, String unit, List<Targets.Person> people, int from, int to, Timestamp now) {
    jdbc.update("insert into unit_list (election_id, unit_id, status, work_summary, filed_by, filed_at) "
        + "values (?, ?, 'FILED', '工作总结', ?, ?)", election, unit, staff(unit), now);
    for (int i = from; i <= to; i++) {
      Targets.Person p = people.get(i - 1);
      jdbc.update("insert into unit_list_entry (election_id, unit_id, member_id, rank_position, identity_category, "
          + "branches, members) values (?, ?, ?, ?, ?, ?, ?)", election, unit, p.member().id(), i, p.category(),
          40 - i, 400 - 10 * i);
    }
  }
}
