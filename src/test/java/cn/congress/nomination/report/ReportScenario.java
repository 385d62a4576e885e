package cn.congress.nomination.report;

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
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reference district of its own (ids start with the prefix): city → district → 23 recommending units; the first unit
 * has two branches (both submitted their meeting), the second one branch (not submitted). Eight members: the first unit
 * filed six of them, the second unit three; the standing committee's confirmed decision fixed five inspection targets
 * (one added against its proposal, one taken off, each with its reason). Users: the district's organization department,
 * the city's, the staff of the first two units, the secretary of the first branch.
 */
public final class ReportScenario {

  public static final String PASSWORD = "secret-reports-1";
  public static final String SUMMARY = "本单位召开动员会，各党支部全部参加推荐，经党委会议研究确定推荐人选。";
  public static final String ADDED_REASON = "经常委会研究，增补一名先进模范人物以满足结构要求";
  public static final String REMOVED_REASON = "本人因工作调动提出不再作为人选";

  public final String prefix;
  public final String city;
  public final String district;
  public final String election;
  public final List<String> units = new ArrayList<>();
  public final String branch1;
  public final String branch2;
  public final String branch3;
  public final List<Member> people = new ArrayList<>();

  public ReportScenario(String prefix) {
    this.prefix = prefix;
    city = prefix + "-city";
    district = prefix + "-eu";
    election = prefix + "-election";
    for (int i = 1; i <= 23; i++) units.add(prefix + "-ru-%02d".formatted(i));
    branch1 = prefix + "-br-1";
    branch2 = prefix + "-br-2";
    branch3 = prefix + "-br-3";
  }

  public String zzb() { return prefix + "-zzb"; }
  public String cityZzb() { return prefix + "-city-zzb"; }
  public String staff(int unit) { return units.get(unit - 1) + "-staff"; }
  public String secretary() { return branch1 + "-sj"; }
  public String person(int i) { return prefix + "-p" + i; }

  /** The five fixed targets, in the decision's order. */
  public List<String> targets() {
    return List.of(person(1), person(2), person(3), person(4), person(7));
  }

  public ReportScenario create(Organizations organizations, OrganizationGroups groups, Members members, UserAccounts accounts,
                        ElectionService elections, ObjectMapper json, JdbcTemplate jdbc) throws Exception {
    String cityPath = "/" + city + "/";
    String districtPath = cityPath + district + "/";
    List<Organization> tree = new ArrayList<>();
    tree.add(new Organization(city, null, "测试市委", OrganizationType.UPPER_COMMITTEE, null, cityPath, 0, 0));
    tree.add(new Organization(district, city, "测试区委", OrganizationType.ELECTORAL_UNIT, null, districtPath, 1, 0));
    for (int i = 0; i < units.size(); i++) {
      tree.add(new Organization(units.get(i), district, "第" + (i + 1) + "党工委", OrganizationType.RECOMMENDING_UNIT,
          "WORKING_COMMITTEE", districtPath + units.get(i) + "/", 2, i));
    }
    String u1 = districtPath + units.get(0) + "/";
    tree.add(new Organization(branch1, units.get(0), "机关第一党支部", OrganizationType.BRANCH, null, u1 + branch1 + "/", 3, 0));
    tree.add(new Organization(branch2, units.get(0), "机关第二党支部", OrganizationType.BRANCH, null, u1 + branch2 + "/", 3, 1));
    tree.add(new Organization(branch3, units.get(1), "街道第一党支部", OrganizationType.BRANCH, null,
        districtPath + units.get(1) + "/" + branch3 + "/", 3, 0));
    organizations.insert(tree);
    groups.sync(tree);

    people.add(member(1, "王建国", Gender.MALE, "汉族", 1968, CadreLevel.BUREAU, Occupation.CIVIL_SERVANT, Education.POSTGRADUATE, HonourLevel.NONE));
    people.add(member(2, "李秀英", Gender.FEMALE, "回族", 1980, CadreLevel.DIVISION, Occupation.CIVIL_SERVANT, Education.UNIVERSITY, HonourLevel.NONE));
    people.add(member(3, "张德明", Gender.MALE, "汉族", 1985, CadreLevel.NONE, Occupation.WORKER, Education.COLLEGE, HonourLevel.PROVINCIAL));
    people.add(member(4, "刘芳", Gender.FEMALE, "汉族", 1990, CadreLevel.NONE, Occupation.PROFESSIONAL_TECHNICAL, Education.POSTGRADUATE, HonourLevel.CITY));
    people.add(member(5, "陈静", Gender.FEMALE, "满族", 1975, CadreLevel.NONE, Occupation.FARMER, Education.HIGH_SCHOOL, HonourLevel.NONE));
    people.add(member(6, "杨志强", Gender.MALE, "汉族", 1972, CadreLevel.BUREAU, Occupation.CIVIL_SERVANT, Education.UNIVERSITY, HonourLevel.NONE));
    people.add(member(7, "赵丽华", Gender.FEMALE, "壮族", 1983, CadreLevel.NONE, Occupation.WORKER, Education.UNIVERSITY, HonourLevel.NATIONAL));
    people.add(member(8, "周明", Gender.MALE, "汉族", 1966, CadreLevel.DIVISION, Occupation.MANAGER, Education.UNIVERSITY, HonourLevel.NONE));
    members.insert(people);

    accounts.provision(zzb(), "区委组织部干事", PASSWORD, List.of(district), Set.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(cityZzb(), "市委组织部干事", PASSWORD, List.of(city), Set.of(Role.UPPER_COMMITTEE));
    accounts.provision(staff(1), "第1党工委工作人员", PASSWORD, List.of(units.get(0)), Set.of(Role.COMMITTEE_STAFF));
    accounts.provision(staff(2), "第2党工委工作人员", PASSWORD, List.of(units.get(1)), Set.of(Role.COMMITTEE_STAFF));
    accounts.provision(secretary(), "支部书记", PASSWORD, List.of(branch1), Set.of(Role.BRANCH_SECRETARY));

    String text = ReferenceElections.json().replace("\"eu-district\"", "\"" + district + "\"")
        .replace("\"ru-", "\"" + prefix + "-ru-").replace("\"el-2025-district\"", "\"" + election + "\"");
    elections.create(json.readValue(text, ElectionConfig.class), Viewer.system("test"));

    Timestamp now = Timestamp.from(Instant.now());
    String[] categories = {"BUREAU_LEADER", "DIVISION_LEADER", "WORKER", "PROFESSIONAL_TECHNICAL", "FARMER",
        "BUREAU_LEADER", "ADVANCED_MODEL", "DIVISION_LEADER"};
    fileList(jdbc, units.get(0), List.of(1, 2, 3, 4, 5, 6), categories, now);
    fileList(jdbc, units.get(1), List.of(3, 7, 8), categories, now);

    submitBranch(jdbc, branch1, 30, 25, 2, 1, 1, 0, 29, now);
    submitBranch(jdbc, branch2, 20, 18, 0, 0, 0, 2, 20, now);

    jdbc.update("insert into meeting_record (election_id, organization_id, kind, status, expected, present, decision, "
        + "recorded_by, recorded_at, confirmed_by, confirmed_at) values (?, ?, 'TARGET_DECISION', 'CONFIRMED', 11, 10, "
        + "'确定考察对象', 'cwh-1', ?, 'cwh-2', ?)", election, district, now, now);
    Long meeting = jdbc.queryForObject("select max(id) from meeting_record where election_id = ?", Long.class, election);
    int order = 0;
    for (String id : targets()) {
      jdbc.update("insert into meeting_vote (meeting_id, member_id, name, votes, selected, rank_position, branches, "
          + "members, sort_order) values (?, ?, null, 10, true, ?, 2, 40, ?)", meeting, id, order + 1, order);
      order++;
    }
    jdbc.update("insert into meeting_vote (meeting_id, member_id, name, votes, selected, departure_reason, "
        + "rank_position, branches, members, sort_order) values (?, ?, null, 0, false, ?, 9, 1, 10, ?)",
        meeting, person(6), REMOVED_REASON, order);
    jdbc.update("insert into target_change (election_id, member_id, change_kind, reason) values (?, ?, 'ADDED', ?)",
        election, person(7), ADDED_REASON);
    jdbc.update("insert into target_change (election_id, member_id, change_kind, reason) values (?, ?, 'REMOVED', ?)",
        election, person(6), REMOVED_REASON);
    return this;
  }

  private Member member(int i, String name, Gender gender, String ethnicity, int birthYear, CadreLevel cadre,
                        Occupation occupation, Education education, HonourLevel honour) {
    return new Member(person(i), branch1, name, gender, ethnicity, LocalDate.of(birthYear, 5, 1),
        LocalDate.of(birthYear + 25, 7, 1), Membership.FULL, education, UnitType.PARTY_GOVERNMENT, "公共管理", cadre,
        occupation, honour, honour == HonourLevel.NONE ? null : "劳动模范", Sanction.NONE, null, false, false, false,
        false);
  }

  private void fileList(JdbcTemplate jdbc, String unit, List<Integer> who, String[] categories, Timestamp now) {
    jdbc.update("insert into unit_list (election_id, unit_id, status, work_summary, filed_by, filed_at) "
        + "values (?, ?, 'FILED', ?, ?, ?)", election, unit, SUMMARY, unit + "-staff", now);
    int rank = 1;
    for (int i : who) {
      jdbc.update("insert into unit_list_entry (election_id, unit_id, member_id, rank_position, identity_category, "
          + "branches, members) values (?, ?, ?, ?, ?, ?, ?)", election, unit, person(i), rank++, categories[i - 1],
          3, 40);
    }
  }

  private void submitBranch(JdbcTemplate jdbc, String branch, int expected, int present, int phone, int letter,
                            int homeVisit, int mobile, int educated, Timestamp now) {
    jdbc.update("insert into branch_submission (election_id, branch_id, status, expected, present_count, phone_count, "
        + "letter_count, home_visit_count, mobile_ballot_box_count, educated, saved_by, saved_at, submitted_by, "
        + "submitted_at, version) values (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, 'sj', ?, 'sj', ?, 1)",
        election, branch, expected, present, phone, letter, homeVisit, mobile, educated, now, now);
  }
}
