package cn.congress.nomination.publicity;

import cn.congress.nomination.organization.Member;
import cn.congress.nomination.organization.MemberAttributes.*;
import cn.congress.nomination.organization.Members;
import cn.congress.nomination.organization.Organization;
import cn.congress.nomination.organization.OrganizationGroups;
import cn.congress.nomination.organization.OrganizationType;
import cn.congress.nomination.organization.Organizations;
import cn.congress.nomination.security.Role;
import cn.congress.nomination.security.UserAccounts;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A district of its own (ids start with the prefix): city → district (electoral unit) → one branch holding five
 * candidates c1…c5; its discipline commission, organization department and a standing committee member; the
 * discipline commission of another district; an election with 5 working days of publicity.
 */
final class PublicityScenario {

  static final String PASSWORD = "secret-publicity-1";

  final String prefix;
  final String city;
  final String district;
  final String otherDistrict;
  final String branch;
  final String election;
  final String discipline;
  final String orgDepartment;
  final String committee;
  final String otherDiscipline;

  PublicityScenario(String prefix) {
    this.prefix = prefix;
    city = prefix + "-city";
    district = prefix + "-eu";
    otherDistrict = prefix + "-eu2";
    branch = prefix + "-br";
    election = prefix + "-election";
    discipline = prefix + "-jw";
    orgDepartment = prefix + "-zzb";
    committee = prefix + "-cwh";
    otherDiscipline = prefix + "-jw2";
  }

  String candidate(int i) {
    return prefix + "-c" + i;
  }

  List<String> candidates() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) ids.add(candidate(i));
    return ids;
  }

  PublicityScenario create(Organizations organizations, OrganizationGroups groups, Members members,
                           UserAccounts accounts, JdbcTemplate jdbc) {
    String cityPath = "/" + city + "/";
    String districtPath = cityPath + district + "/";
    List<Organization> tree = List.of(
        new Organization(city, null, "市委", OrganizationType.UPPER_COMMITTEE, null, cityPath, 0, 0),
        new Organization(district, city, "区委", OrganizationType.ELECTORAL_UNIT, null, districtPath, 1, 0),
        new Organization(otherDistrict, city, "另一区委", OrganizationType.ELECTORAL_UNIT, null,
            cityPath + otherDistrict + "/", 1, 1),
        new Organization(branch, district, "区人民医院党支部", OrganizationType.BRANCH, null,
            districtPath + branch + "/", 2, 0));
    organizations.insert(tree);
    groups.sync(tree);
    List<Member> people = new ArrayList<>();
    String[] names = {"王建国", "李秀英", "张伟", "刘芳", "陈静"};
    for (int i = 1; i <= 5; i++) {
      people.add(new Member(candidate(i), branch, names[i - 1], i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
          i == 3 ? "回族" : "汉族", LocalDate.of(1975 + i, i, 10), LocalDate.of(2000 + i, 7, 1), Membership.FULL,
          Education.UNIVERSITY, UnitType.PUBLIC_INSTITUTION, null, CadreLevel.NONE, Occupation.PROFESSIONAL_TECHNICAL,
          HonourLevel.CITY, i == 1 ? "市劳动模范" : null, Sanction.NONE, null, false, false, false, false));
    }
    members.insert(people);
    accounts.provision(discipline, "区纪委干部", PASSWORD, List.of(district), Set.of(Role.DISCIPLINE_COMMISSION));
    accounts.provision(orgDepartment, "区委组织部干事", PASSWORD, List.of(district), Set.of(Role.ORGANIZATION_DEPARTMENT));
    accounts.provision(committee, "区委常委", PASSWORD, List.of(district), Set.of(Role.STANDING_COMMITTEE));
    accounts.provision(otherDiscipline, "另一区纪委干部", PASSWORD, List.of(otherDistrict),
        Set.of(Role.DISCIPLINE_COMMISSION));
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("""
        insert into election (id, electoral_unit_id, name, congress_name, election_date, seats, nomination_mode,
          publicity_working_days, status, quorum_numerator, quorum_denominator, quorum_strict, threshold_numerator,
          threshold_denominator, threshold_strict, threshold_basis, created_at, created_by, updated_at, updated_by)
        values (?, ?, '区出席市党代会代表选举', '市第十二次党代会', ?, 16, 'FULL_QUOTA', 5, 'ACTIVE', 4, 5, false,
          1, 2, true, 'PRESENT', ?, 'test', ?, 'test')""",
        election, district, LocalDate.of(2027, 4, 10), now, now);
    return this;
  }
}
