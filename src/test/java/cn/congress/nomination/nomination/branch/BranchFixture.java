package cn.congress.nomination.nomination.branch;

import cn.congress.nomination.election.ElectionConfig;
import cn.congress.nomination.election.ElectionService;
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
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tree of its own (ids start with the prefix: test classes share one application context): city → district
 * (electoral unit) → a street working committee → branches A and B; a second district with one branch. Members of
 * branch A cover the nominee rules; users for each role the branch API distinguishes; an election per test.
 */
final class BranchFixture {

  static final String PASSWORD = "secret-pass-1";
  static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  final String p;
  final String upper;
  final String unit;
  final String recommendingUnit;
  final String branchA;
  final String branchB;
  final String otherUnit;
  final String otherBranch;
  final String secretaryA;
  final String secretaryB;
  final String unitStaff;
  final String orgDepartment;
  final String supervisor;
  /** Full members of branch A in good standing. */
  final List<String> good = new ArrayList<>();
  final String probationary;
  final String sanctioned;
  final String investigated;
  final String cadre;
  final String outsider;

  BranchFixture(String prefix) {
    p = prefix;
    upper = p + "-uc";
    unit = p + "-eu";
    recommendingUnit = p + "-ru";
    branchA = p + "-br-a";
    branchB = p + "-br-b";
    otherUnit = p + "-eu2";
    otherBranch = p + "-br-x";
    secretaryA = p + "-sec-a";
    secretaryB = p + "-sec-b";
    unitStaff = p + "-ru-staff";
    orgDepartment = p + "-orgdept";
    supervisor = p + "-supervisor";
    probationary = p + "-m-prob";
    sanctioned = p + "-m-sanct";
    investigated = p + "-m-inv";
    cadre = p + "-m-cadre";
    outsider = p + "-m-out";
  }

  BranchFixture create(Organizations organizations, OrganizationGroups groups, Members members, UserAccounts accounts) {
    String pUpper = "/" + upper + "/";
    String pUnit = pUpper + unit + "/";
    String pRu = pUnit + recommendingUnit + "/";
    String pOther = pUpper + otherUnit + "/";
    List<Organization> tree = List.of(
        new Organization(upper, null, "市委", OrganizationType.UPPER_COMMITTEE, "PARTY_COMMITTEE", pUpper, 0, 0),
        new Organization(unit, upper, "区委", OrganizationType.ELECTORAL_UNIT, "PARTY_COMMITTEE", pUnit, 1, 0),
        new Organization(recommendingUnit, unit, "东城街道党工委", OrganizationType.RECOMMENDING_UNIT, "WORKING_COMMITTEE",
            pRu, 2, 0),
        new Organization(branchA, recommendingUnit, "和平社区党支部", OrganizationType.BRANCH, null,
            pRu + branchA + "/", 3, 0),
        new Organization(branchB, recommendingUnit, "建设社区党支部", OrganizationType.BRANCH, null,
            pRu + branchB + "/", 3, 1),
        new Organization(otherUnit, upper, "县委", OrganizationType.ELECTORAL_UNIT, "PARTY_COMMITTEE", pOther, 1, 1),
        new Organization(otherBranch, otherUnit, "县直第一党支部", OrganizationType.BRANCH, null,
            pOther + otherBranch + "/", 2, 0));
    organizations.insert(tree);
    groups.sync(tree);
    List<Member> people = new ArrayList<>();
    String[] names = {"王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"};
    for (int i = 0; i < names.length; i++) {
      String id = p + "-m" + (i + 1);
      good.add(id);
      people.add(member(id, branchA, names[i], Membership.FULL, CadreLevel.NONE, Sanction.NONE, null, false));
    }
    for (int i = 1; i <= 3; i++) {
      people.add(member(p + "-b" + i, branchB, "赵" + "一二三".charAt(i - 1) + "民", Membership.FULL, CadreLevel.NONE,
          Sanction.NONE, null, false));
    }
    people.add(member(probationary, branchA, "孙小红", Membership.PROBATIONARY, CadreLevel.NONE, Sanction.NONE, null,
        false));
    people.add(member(sanctioned, branchA, "周大海", Membership.FULL, CadreLevel.NONE, Sanction.WARNING,
        LocalDate.of(2099, 1, 1), false));
    people.add(member(investigated, branchA, "吴审查", Membership.FULL, CadreLevel.NONE, Sanction.NONE, null, true));
    people.add(member(cadre, branchA, "郑处长", Membership.FULL, CadreLevel.DIVISION, Sanction.NONE, null, false));
    people.add(member(outsider, otherBranch, "冯外县", Membership.FULL, CadreLevel.NONE, Sanction.NONE, null, false));
    members.insert(people);
    accounts.provision(secretaryA, "和平书记", PASSWORD, List.of(branchA), List.of(Role.BRANCH_SECRETARY));
    accounts.provision(secretaryB, "建设书记", PASSWORD, List.of(branchB), List.of(Role.BRANCH_SECRETARY));
    accounts.provision(unitStaff, "党工委干事", PASSWORD, List.of(recommendingUnit), List.of(Role.COMMITTEE_STAFF));
    accounts.provision(orgDepartment, "组织部干事", PASSWORD, List.of(unit), List.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(supervisor, "督导员", PASSWORD, List.of(unit), List.of(Role.SUPERVISION));
    return this;
  }

  static Member member(String id, String branch, String name, Membership membership, CadreLevel cadre,
                       Sanction sanction, LocalDate sanctionEnds, boolean investigated) {
    return new Member(id, branch, name, Gender.FEMALE, "汉族", LocalDate.of(1975, 3, 1), LocalDate.of(2000, 7, 1),
        membership, Education.UNIVERSITY, UnitType.COMMUNITY, null, cadre, Occupation.WORKER, HonourLevel.NONE, null,
        sanction, sanctionEnds, investigated, false, false, false);
  }

  /** A valid election on this fixture's electoral unit; identity categories LEADER, FRONTLINE_WORKER and OTHER. */
  String election(ElectionService elections, String id) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", id).put("electoralUnitId", unit).put("name", "选举出席市第十三次党代会代表")
        .put("congressName", "中国共产党市第十三次代表大会").put("electionDate", "2027-06-18").put("seats", 3)
        .put("nominationMode", "FULL_QUOTA").put("publicityWorkingDays", 5);
    ArrayNode margins = e.putArray("margins");
    margins.addObject().put("stage", "RECOMMENDATION").put("kind", "MIN_COUNT").put("count", 4);
    margins.addObject().put("stage", "ELECTION").put("kind", "RATIO").put("ratio", 0.2).put("strict", false);
    ArrayNode categories = e.putArray("identityCategories");
    categories.addObject().put("code", "LEADER").put("name", "领导干部").put("kind", "LEADER").put("evidenceRequired", false);
    categories.addObject().put("code", "FRONTLINE_WORKER").put("name", "一线职工").put("kind", "FRONTLINE");
    categories.addObject().put("code", "OTHER").put("name", "其他").put("kind", "OTHER");
    e.putArray("structureRules");
    ArrayNode schedule = e.putArray("schedule");
    schedule.addObject().put("step", "NOMINATION").put("dueOn", "2027-05-10");
    schedule.addObject().put("step", "ELECTION").put("dueOn", "2027-06-20");
    e.putObject("quorum").put("numerator", 4).put("denominator", 5).put("strict", true);
    e.putObject("threshold").put("numerator", 1).put("denominator", 2).put("strict", true).put("basis", "PRESENT");
    elections.create(JSON.convertValue(e, ElectionConfig.class), Viewer.system("branch-fixture"));
    return id;
  }

  /** A valid record: 30 expected, 26 present + 2 by phone + 1 mobile ballot box; three nominees, two backed. */
  static MeetingRequest validMeeting(List<String> nominees) {
    List<MeetingRequest.NomineeRow> rows = new ArrayList<>();
    int[] votes = {25, 20, 10};
    for (int i = 0; i < nominees.size(); i++) {
      rows.add(new MeetingRequest.NomineeRow(nominees.get(i), votes[i % 3], votes[i % 3] - 1, null));
    }
    return new MeetingRequest(30, Map.of(cn.congress.nomination.nomination.ParticipationChannel.PRESENT, 26,
        cn.congress.nomination.nomination.ParticipationChannel.PHONE, 2,
        cn.congress.nomination.nomination.ParticipationChannel.MOBILE_BALLOT_BOX, 1), 28, rows);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
