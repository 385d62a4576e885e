package cn.congress.nomination.inspection;

import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
import cn.congress.nomination.election.ReferenceElections;
import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A district of its own (ids start with the prefix): city → district (electoral unit) → 23 recommending units, one
 * branch under the first, the reference election, and four fixed inspection targets (the standing committee's
 * confirmed decision): {@link #plain} (no leading cadre, not in an enterprise), {@link #cadre} (bureau-level leading
 * cadre), {@link #enterprise} (enterprise employee) and {@link #banker} (finance employee). Users: the standing
 * committee, the discipline commission, the inspection team, the organization department, the first unit's staff, and
 * {@link #both}: one person who is a standing committee member and in the discipline commission at once.
 */
final class InspectionScenario {

  static final String PASSWORD = "secret-inspection-1";

  final String prefix;
  final String city;
  final String district;
  final String unit;
  final String branch;
  final String election;
  final String plain;
  final String cadre;
  final String enterprise;
  final String banker;
  final String committee;
  final String discipline;
  final String team;
  final String department;
  final String unitStaff;
  final String both;

  InspectionScenario(String prefix) {
    this.prefix = prefix;
    city = prefix + "-city";
    district = prefix + "-eu";
    unit = prefix + "-ru-01";
    branch = prefix + "-br";
    election = prefix + "-election";
    plain = prefix + "-t01";
    cadre = prefix + "-t02";
    enterprise = prefix + "-t03";
    banker = prefix + "-t04";
    committee = prefix + "-cwh";
    discipline = prefix + "-jw";
    team = prefix + "-kcz";
    department = prefix + "-zzb";
    unitStaff = prefix + "-ru-01-staff";
    both = prefix + "-cwh-jw";
  }

  List<String> targets() {
    return List.of(plain, cadre, enterprise, banker);
  }

  InspectionScenario create(Organizations organizations, OrganizationGroups groups, Members members,
                            UserAccounts accounts, ElectionService elections, ObjectMapper json, JdbcTemplate jdbc)
      throws Exception {
    String cityPath = "/" + city + "/";
    String districtPath = cityPath + district + "/";
    List<Organization> tree = new ArrayList<>();
    tree.add(new Organization(city, null, "市委", OrganizationType.UPPER_COMMITTEE, null, cityPath, 0, 0));
    tree.add(new Organization(district, city, "区委", OrganizationType.ELECTORAL_UNIT, null, districtPath, 1, 0));
    for (int i = 1; i <= 23; i++) {
      String id = prefix + "-ru-%02d".formatted(i);
      tree.add(new Organization(id, district, "第" + i + "党工委", OrganizationType.RECOMMENDING_UNIT,
          "WORKING_COMMITTEE", districtPath + id + "/", 2, i));
    }
    tree.add(new Organization(branch, unit, "第一党支部", OrganizationType.BRANCH, null,
        districtPath + unit + "/" + branch + "/", 3, 0));
    organizations.insert(tree);
    groups.sync(tree);

    members.insert(List.of(
        member(plain, "张考察", CadreLevel.NONE, false, false),
        member(cadre, "李考察", CadreLevel.BUREAU, false, false),
        member(enterprise, "王考察", CadreLevel.NONE, true, false),
        member(banker, "赵考察", CadreLevel.NONE, false, true)));

    accounts.provision(committee, "常委甲", PASSWORD, List.of(district), Set.of(Role.STANDING_COMMITTEE));
    accounts.provision(discipline, "纪委书记", PASSWORD, List.of(district), Set.of(Role.DISCIPLINE_COMMISSION));
    accounts.provision(team, "考察组组长", PASSWORD, List.of(district), Set.of(Role.INSPECTION_TEAM));
    accounts.provision(department, "组织部干事", PASSWORD, List.of(district), Set.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(unitStaff, "党工委工作人员", PASSWORD, List.of(unit), Set.of(Role.COMMITTEE_STAFF));
    accounts.provision(both, "兼任常委和纪委书记", PASSWORD, List.of(district),
        Set.of(Role.STANDING_COMMITTEE, Role.DISCIPLINE_COMMISSION));

    String text = ReferenceElections.json().replace("\"eu-district\"", "\"" + district + "\"")
        .replace("\"ru-", "\"" + prefix + "-ru-").replace("\"el-2025-district\"", "\"" + election + "\"");
    elections.create(json.readValue(text, ElectionConfig.class), Viewer.system("test"));
    fixTargets(jdbc);
    return this;
  }

  /** The standing committee's confirmed decision naming the targets: the INSPECTION roster. */
  private void fixTargets(JdbcTemplate jdbc) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into meeting_record (election_id, organization_id, kind, status, expected, present, decision, "
        + "recorded_by, recorded_at, confirmed_by, confirmed_at) values (?, ?, 'TARGET_DECISION', 'CONFIRMED', 11, 10, "
        + "'确定考察对象', ?, ?, ?, ?)", election, district, committee, now, both, now);
    Long meeting = jdbc.queryForObject("select max(id) from meeting_record where election_id = ?", Long.class, election);
    List<String> targets = targets();
    for (int i = 0; i < targets.size(); i++) {
      jdbc.update("insert into meeting_vote (meeting_id, member_id, name, votes, selected, rank_position, branches, "
          + "members, sort_order) values (?, ?, ?, 9, true, ?, 10, 100, ?)", meeting, targets.get(i), "考察对象", i + 1, i);
    }
  }

  private Member member(String id, String name, CadreLevel cadre, boolean enterprise, boolean finance) {
    return new Member(id, branch, name, Gender.FEMALE, "汉族", LocalDate.of(1980, 5, 1), LocalDate.of(2005, 7, 1),
        Membership.FULL, Education.UNIVERSITY, enterprise || finance ? UnitType.ENTERPRISE : UnitType.PUBLIC_INSTITUTION,
        null, cadre, cadre == CadreLevel.NONE ? Occupation.PROFESSIONAL_TECHNICAL : Occupation.CIVIL_SERVANT,
        HonourLevel.NONE, null, Sanction.NONE, null, false, enterprise, finance, false);
  }

  /**
   * Starts the target's CandidateInspectionProcess from processes/candidate-inspection.bpmn (not a stand-in another
   * test may deploy under the same key), as the campaign's call activity would: election, electoral unit, target.
   */
  ProcessInstance start(RepositoryService repository, RuntimeService runtime, String memberId) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(CandidateInspectionProcess.KEY).list().stream()
        .filter(d -> d.getResourceName().endsWith("candidate-inspection.bpmn"))
        .max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
    return runtime.startProcessInstanceById(definition.getId(), election + "/" + memberId, Map.of(
        CandidateInspectionProcess.ELECTION_ID, election, CandidateInspectionProcess.ELECTORAL_UNIT_ID, district,
        CandidateInspectionProcess.MEMBER_ID, memberId));
  }
}
